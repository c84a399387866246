using IcpBadge.Localization;
using IcpBadge.Verification.Browser;
using IcpBadge.Verification.Fetching;

namespace IcpBadge.Audits.Evidence;

/// <summary>
/// Keeps the evidence of an audit in a content-addressed folder (<see cref="EvidenceDirectory"/>): per target the
/// HTML exactly as received, a PNG of the page scrolled to its footer (Chromium; skipped with a note when there is
/// none), and an <c>evidence.json</c> with the URL, final URL, fetch time (<c>+08:00</c>), HTTP status, selected
/// headers and the SHA-256 of each file. Safe to call from several fetches at once.
/// </summary>
/// <example>
/// <code>
/// await using var evidence = EvidenceCollector.Create("evidence", browserPath: null);
/// var options = new VerificationOptions
/// {
///     PageFetched = async (target, fetched, ct) => kept[target] = await evidence.CollectAsync(fetched, ct),
/// };
/// </code>
/// </example>
public sealed class EvidenceCollector : IAsyncDisposable
{
    private readonly ChromiumRenderer? _renderer;
    private readonly bool _ownsRenderer;
    private readonly TimeProvider _time;
    private readonly bool _allowPrivateNetworks;

    /// <summary>
    /// A collector writing to <paramref name="directory"/>, taking screenshots with <paramref name="renderer"/>
    /// (null: none, each evidence says so). The renderer stays the caller's.
    /// </summary>
    /// <param name="directory">The evidence folder.</param>
    /// <param name="renderer">The run's browser, or null.</param>
    /// <param name="timeProvider">The clock for a fetch that has no receive time (it failed before a response). Default the system clock.</param>
    /// <param name="allowPrivateNetworks">
    /// Whether a screenshot may load from private networks. False (the default, as for a page fetch): the browser's
    /// requests go through the fetcher's private-network guard, so a page whose fetch was allowed cannot pull the
    /// browser to an internal address by a redirect or a sub-resource.
    /// </param>
    public EvidenceCollector(EvidenceDirectory directory, ChromiumRenderer? renderer = null, TimeProvider? timeProvider = null, bool allowPrivateNetworks = false)
        : this(directory, renderer, ownsRenderer: false, timeProvider, allowPrivateNetworks)
    {
    }

    private EvidenceCollector(EvidenceDirectory directory, ChromiumRenderer? renderer, bool ownsRenderer, TimeProvider? timeProvider, bool allowPrivateNetworks)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = directory;
        _renderer = renderer;
        _ownsRenderer = ownsRenderer;
        _time = timeProvider ?? TimeProvider.System;
        _allowPrivateNetworks = allowPrivateNetworks;
    }

    /// <summary>The folder the evidence goes to.</summary>
    public EvidenceDirectory Directory { get; }

    /// <summary>
    /// <c>CHROMIUM_PATH</c>: the browser for screenshots when no path is given. Pointing it at a file that does not exist
    /// turns screenshots off (each evidence says so) instead of falling back to <c>PATH</c>.
    /// </summary>
    public const string ChromiumPathVariable = "CHROMIUM_PATH";

    /// <summary>Whether screenshots are taken (a browser was found).</summary>
    public bool TakesScreenshots => _renderer is not null;

    /// <summary>
    /// A collector writing to <paramref name="directory"/> (created if needed) with its own Chromium, found as
    /// <see cref="ChromiumRenderer.FindBrowser"/> finds it (<paramref name="browserPath"/>, <c>CHROMIUM_PATH</c>, then
    /// <c>PATH</c>); without one, evidence is kept without screenshots. Disposing it stops its browser.
    /// </summary>
    /// <param name="directory">The evidence folder.</param>
    /// <param name="browserPath">The browser; found as above when null.</param>
    /// <param name="timeProvider">The clock for a fetch that has no receive time. Default the system clock.</param>
    /// <param name="allowPrivateNetworks">Whether a screenshot may load from private networks (see the constructor).</param>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be created.</exception>
    public static EvidenceCollector Create(string directory, string? browserPath = null, TimeProvider? timeProvider = null, bool allowPrivateNetworks = false)
    {
        var folder = new EvidenceDirectory(directory);
        var browser = ChromiumRenderer.FindBrowser(browserPath ?? Environment.GetEnvironmentVariable(ChromiumPathVariable));
        return new EvidenceCollector(folder, browser is null ? null : new ChromiumRenderer(browser), ownsRenderer: true, timeProvider, allowPrivateNetworks);
    }

    /// <summary>
    /// Keeps the evidence of one fetched target: the received bytes, a footer screenshot of its final URL, and its
    /// <c>evidence.json</c>. A failed fetch still gets a record (status and headers, when a response came) without
    /// a page or screenshot.
    /// </summary>
    /// <exception cref="IOException">A file could not be written.</exception>
    public async Task<TargetEvidence> CollectAsync(PageFetchResult fetched, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        var fetchedAt = fetched.ReceivedAt ?? _time.GetUtcNow();
        var html = fetched.Succeeded ? Directory.Put("html", "html", fetched.Body.Span) : null;
        EvidenceFile? screenshot = null;
        LocalizedText? note = null;
        if (!fetched.Succeeded)
        {
            note = AuditsText.Get("Evidence.NotFetched");
        }
        else if (_renderer is null)
        {
            note = AuditsText.Get("Evidence.NoBrowser");
        }
        else
        {
            try
            {
                var png = await _renderer.ScreenshotFooterAsync(fetched.FinalUrl, _allowPrivateNetworks, cancellationToken).ConfigureAwait(false);
                screenshot = Directory.Put("png", "png", png);
            }
            catch (ChromiumRenderException exception)
            {
                note = AuditsText.Format("Evidence.ScreenshotFailed", (object?)exception.Text ?? exception.Message);
            }
        }

        var files = new[] { html, screenshot }.OfType<EvidenceFile>().ToList();
        var record = Directory.Put("json", "json", EvidenceRecord.Write(fetched.RequestedUrl, fetched.FinalUrl, fetchedAt, fetched.StatusCode, fetched.Headers, files, note));
        return new TargetEvidence(fetched.RequestedUrl, fetched.FinalUrl, fetchedAt.ToOffset(TimeSpan.FromHours(8)), fetched.StatusCode, fetched.Headers, html, screenshot, note, record);
    }

    /// <summary>Stops the collector's own browser, if it started one.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_ownsRenderer && _renderer is not null)
        {
            await _renderer.DisposeAsync().ConfigureAwait(false);
        }
    }
}

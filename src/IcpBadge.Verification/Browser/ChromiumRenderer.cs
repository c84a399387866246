using IcpBadge.Verification.Fetching;

namespace IcpBadge.Verification.Browser;

/// <summary>
/// Loads pages in the machine's headless Chromium (run as a child process, never downloaded or bundled) and returns
/// each page's DOM after scripts ran, so footers built by JavaScript can be inspected like static markup. ONE browser
/// serves every page of the renderer: it starts with the first page, with its own temporary profile folder, and each
/// page is a tab driven over the DevTools protocol with its own time limit. Disposing the renderer kills the browser
/// with every process it started and deletes the profile. A tab whose renderer crashes fails that page only.
/// Chromium keeps its sandbox unless the process is root or <see cref="ChromiumSandbox.EnvironmentVariable"/> is 1.
/// </summary>
public sealed class ChromiumRenderer : IAsyncDisposable, IDisposable
{
    /// <summary>The executables looked up on <c>PATH</c> when no browser is given, in order.</summary>
    public static IReadOnlyList<string> DefaultBrowserNames { get; } = ["chromium", "chromium-browser", "google-chrome"];

    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private ChromiumBrowser? _browser;
    private ChromiumRenderException? _launchFailure;
    private int _launches;
    private bool _disposed;

    /// <summary>Creates a renderer for the browser executable at <paramref name="browserPath"/>.</summary>
    /// <param name="browserPath">The Chromium (or Chrome) executable.</param>
    public ChromiumRenderer(string browserPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(browserPath);
        BrowserPath = browserPath;
    }

    /// <summary>The browser executable.</summary>
    public string BrowserPath { get; }

    /// <summary>The longest a page may take, browser start-up included (default 30 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long scripts and timers may run in virtual time before the DOM is taken (default 3 s).</summary>
    public TimeSpan VirtualTimeBudget { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The largest rendered DOM accepted, in UTF-16 characters (default 5 M).</summary>
    public int MaxOutputChars { get; init; } = 5 * 1024 * 1024;

    /// <summary>
    /// Finds the browser: <paramref name="configured"/> when given (an existing file, or a name looked up on
    /// <c>PATH</c>), otherwise the first of <see cref="DefaultBrowserNames"/> on <c>PATH</c>.
    /// </summary>
    /// <param name="configured">The value of <c>--browser</c>, or <see langword="null"/>.</param>
    /// <returns>The full path, or <see langword="null"/> when no browser was found.</returns>
    public static string? FindBrowser(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (configured.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || configured.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
            {
                return File.Exists(configured) ? Path.GetFullPath(configured) : null;
            }

            return FindOnPath(configured);
        }

        foreach (var name in DefaultBrowserNames)
        {
            var found = FindOnPath(name);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>How Chromium's sandbox is set (default: decided from this process's user and environment).</summary>
    public ChromiumSandboxMode Sandbox { get; init; } = ChromiumSandbox.ForCurrentProcess();

    /// <summary>How many times this renderer started a browser (1 for a whole run unless the browser died).</summary>
    public int Launches => Volatile.Read(ref _launches);

    /// <summary>The running browser's process id, or <see langword="null"/> before the first page or after disposal.</summary>
    public int? BrowserProcessId => _browser?.ProcessId;

    /// <summary>Loads <paramref name="url"/> (http, https or file) in a new tab and returns the serialized DOM after scripts ran.</summary>
    /// <param name="url">The page to load; files are passed as <c>file://</c> URLs.</param>
    /// <param name="cancellationToken">Stops this page.</param>
    /// <returns>The rendered HTML.</returns>
    /// <exception cref="ChromiumRenderException">The browser could not start, the page failed, crashed, timed out, or is too large.</exception>
    public Task<string> RenderAsync(Uri url, CancellationToken cancellationToken = default) => RenderAsync(url, guard: null, cancellationToken);

    /// <summary>
    /// Renders <paramref name="url"/> with every request the page makes (the document, each redirect, every
    /// sub-resource) checked by <paramref name="guard"/> — the page fetcher's private-network guard — and refused when
    /// it refuses; a refused document fails the page with the guard's reason, and no script of the page gets a
    /// WebSocket (the guard cannot see one). No guard: nothing is checked.
    /// </summary>
    internal async Task<string> RenderAsync(Uri url, PrivateNetworkGuard? guard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var browser = await GetBrowserAsync(timeout.Token).ConfigureAwait(false);
            return await new ChromiumPage(browser.Connection, MaxOutputChars, guard).RenderAsync(url, VirtualTimeBudget, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChromiumRenderException(VerificationText.Format("Render.TimedOut", Timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// Loads <paramref name="url"/> in a new tab with a 1280×900 viewport, scrolls to the bottom of the page (where the
    /// footer with the filing numbers is) and returns a PNG screenshot of the view: evidence that the numbers were shown.
    /// Unless <paramref name="allowPrivateNetworks"/> is true, the page fetcher's private-network guard checks every
    /// request of the tab (the page, each redirect, every sub-resource): one going to a private, loopback or link-local
    /// address is refused, and a refused page fails with the guard's reason, as a fetch of it would
    /// (<see cref="PageFetchOptions.AllowPrivateNetworks"/>). The browser's request interception never sees a WebSocket
    /// handshake, so while the guard is on no script of the page (nor of its frames or workers) gets a WebSocket.
    /// </summary>
    /// <param name="url">The page to load (http, https or file).</param>
    /// <param name="allowPrivateNetworks">Whether the page may reach private networks.</param>
    /// <param name="cancellationToken">Stops this page.</param>
    /// <returns>The PNG bytes.</returns>
    /// <exception cref="ChromiumRenderException">The browser could not start, or the page was refused, failed, crashed or timed out.</exception>
    public async Task<byte[]> ScreenshotFooterAsync(Uri url, bool allowPrivateNetworks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var browser = await GetBrowserAsync(timeout.Token).ConfigureAwait(false);
            var guard = allowPrivateNetworks ? null : new PrivateNetworkGuard(new NetworkAddressPolicy([]), resolver: null);
            return await new ChromiumPage(browser.Connection, MaxOutputChars, guard).ScreenshotFooterAsync(url, 1280, 900, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChromiumRenderException(VerificationText.Format("Render.TimedOut", Timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Starts the browser now, unless it runs already, so a browser that cannot start fails once, before any page.</summary>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <exception cref="ChromiumRenderException">The browser could not start (for example, its sandbox could not).</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await GetBrowserAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChromiumRenderException(VerificationText.Format("Render.TimedOut", Timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Kills the browser with every process it started and deletes its profile folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await _launchLock.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            if (_browser is not null)
            {
                await _browser.DisposeAsync().ConfigureAwait(false);
                _browser = null;
            }
        }
        finally
        {
            _launchLock.Release();
        }
    }

    /// <summary>Kills the browser with every process it started and deletes its profile folder.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The running browser, started on first use; a start that failed fails every later page the same way.</summary>
    private async Task<ChromiumBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        await _launchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_launchFailure is not null)
            {
                throw _launchFailure;
            }

            if (_browser is { IsGone: true })
            {
                await _browser.DisposeAsync().ConfigureAwait(false);
                _browser = null;
            }

            if (_browser is null)
            {
                Interlocked.Increment(ref _launches);
                try
                {
                    _browser = await ChromiumBrowser.LaunchAsync(BrowserPath, Sandbox, cancellationToken).ConfigureAwait(false);
                }
                catch (ChromiumRenderException exception)
                {
                    _launchFailure = exception;
                    throw;
                }
            }

            return _browser;
        }
        finally
        {
            _launchLock.Release();
        }
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe"))
            {
                return candidate + ".exe";
            }
        }

        return null;
    }
}

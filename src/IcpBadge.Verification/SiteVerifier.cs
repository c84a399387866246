using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using IcpBadge.Verification.Browser;
using IcpBadge.Verification.Fetching;
using IcpBadge.Verification.Sitemaps;
using NodaTime;

namespace IcpBadge.Verification;

/// <summary>
/// Verifies a site the way <c>icp-badge verify</c> does: expands the targets (files, folders, URLs, bare domains,
/// sitemaps), reads or fetches every page (or renders it in Chromium), inspects it against every rule and returns
/// one report whose writers print what the command prints. Without a fetcher, URL targets and remote sitemaps are
/// fetched with the verifier's own, created on first use and disposed with the verifier. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// await using var verifier = new SiteVerifier();
/// var report = await verifier.VerifyAsync(["public", "example.cn"], new VerificationOptions { Profile = profile });
/// report.WriteJson(Console.OpenStandardOutput());
/// </code>
/// </example>
public sealed class SiteVerifier : IDisposable, IAsyncDisposable
{
    private readonly PageFetcher? _fetcher;
    private readonly IClock _clock;
    private readonly PageInspector _inspector;
    private readonly Lazy<HttpClient> _guardedClient = new(() => CreateClient(allowPrivateNetworks: false), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<HttpClient> _openClient = new(() => CreateClient(allowPrivateNetworks: true), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a verifier.</summary>
    /// <param name="fetcher">Fetches URL targets and remote sitemaps (its own limits apply); the verifier's own when null.</param>
    /// <param name="clock">Where "today" in China comes from (D3, PRE001); the system clock when null.</param>
    public SiteVerifier(PageFetcher? fetcher = null, IClock? clock = null)
    {
        _fetcher = fetcher;
        _clock = clock ?? SystemClock.Instance;
        _inspector = new PageInspector(_clock);
    }

    /// <summary>
    /// Verifies what <c>verify</c> accepts as TARGET arguments (see <see cref="VerificationTarget.Expand"/>), judged
    /// against <see cref="VerificationOptions.Profile"/>, then the pages of <see cref="VerificationOptions.Sitemaps"/>.
    /// </summary>
    /// <exception cref="InvalidTargetException">A target is neither a file, a folder, an http(s) URL nor a domain.</exception>
    /// <exception cref="SitemapException">A sitemap could not be fetched, read or parsed, or passed a cap.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Both overloads are the documented entry points (docs/architecture.md); they differ in the target type, never ambiguous.")]
    public async Task<VerificationReport> VerifyAsync(IEnumerable<string> targets, VerificationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        var expanded = VerificationTarget.Expand(targets, options.Profile);
        return await VerifyAsync(expanded, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Verifies <paramref name="targets"/>, each against its own profile (e.g. from
    /// <see cref="VerificationTarget.FromInventory"/>), then the pages of <see cref="VerificationOptions.Sitemaps"/>;
    /// the whole list is sharded, then <see cref="VerificationOptions.AllPages"/> applied. Unreachable pages are
    /// NET001 findings, never exceptions.
    /// </summary>
    /// <exception cref="SitemapException">A sitemap could not be fetched, read or parsed, or passed a cap.</exception>
    /// <exception cref="InvalidOperationException"><see cref="VerificationOptions.Render"/> is set and no browser was found.</exception>
    /// <exception cref="Browser.ChromiumRenderException"><see cref="VerificationOptions.Render"/> is set and the browser could not start.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Both overloads are the documented entry points (docs/architecture.md); they differ in the target type, never ambiguous.")]
    public async Task<VerificationReport> VerifyAsync(IEnumerable<VerificationTarget> targets, VerificationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1, nameof(options));
        if (options.Shard is { } shard && (shard.Count < 1 || shard.Index < 0 || shard.Index >= shard.Count))
        {
            throw new ArgumentException($"the shard {shard.Index}/{shard.Count} is out of range.", nameof(options));
        }

        var renderer = options.Render ? CreateRenderer(options.BrowserPath) : null;
        PageFetcher? runFetcher = null;
        PageFetcher Fetcher() => runFetcher ??= _fetcher ?? new PageFetcher(
            options.AllowPrivateNetworks ? _openClient.Value : _guardedClient.Value,
            new PageFetchOptions { Timeout = options.Timeout, AllowPrivateNetworks = options.AllowPrivateNetworks, MaxConcurrentRequestsPerHost = options.MaxConcurrentRequestsPerHost });

        var all = targets.ToList();
        var sitemaps = new List<SitemapPages>();
        foreach (var location in options.Sitemaps)
        {
            var sitemap = await SitemapLoader.LoadAsync(location, Fetcher, cancellationToken: cancellationToken).ConfigureAwait(false);
            sitemaps.Add(sitemap);
            VerificationTarget.AddSitemapPages(sitemap.Pages, options.Profile, all);
        }

        var selected = options.Shard is null ? all : [.. options.Shard.Select(all)];
        if (options.AllPages)
        {
            selected = [.. selected.Select(t => t with { IsHomePage = true })];
        }

        var reader = new TargetReader(_inspector, ChinaTime.Today(_clock));
        var progress = new ProgressCounter(options.Progress, selected.Count);
        if (renderer is null)
        {
            var read = await ReadAllAsync(selected, reader, Fetcher, options, progress, cancellationToken).ConfigureAwait(false);
            return new VerificationReport(read, sitemaps);
        }

        // One browser for the whole run; it dies with its helpers when the run ends, fails or is cancelled.
        await using (renderer.ConfigureAwait(false))
        {
            var rendered = await RenderAllAsync(selected, reader, Fetcher(), renderer, progress, cancellationToken).ConfigureAwait(false);
            return new VerificationReport(rendered, sitemaps);
        }
    }

    /// <summary>Disposes the verifier's own HTTP clients, if it made any (never a fetcher it was given).</summary>
    public void Dispose()
    {
        foreach (var client in new[] { _guardedClient, _openClient }.Where(c => c.IsValueCreated))
        {
            client.Value.Dispose();
        }
    }

    /// <summary>Disposes the verifier's own HTTP client, if it made one (never a fetcher it was given).</summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A client of the verifier's own fetcher: the handler <see cref="PageFetcher"/> expects, no client-wide timeout.
    /// One per guard setting, so a connection opened without the guard is never reused by a guarded run.
    /// </summary>
    private static HttpClient CreateClient(bool allowPrivateNetworks) =>
        new(PageFetcher.CreateHandler(new PageFetchOptions { AllowPrivateNetworks = allowPrivateNetworks }), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    private static ChromiumRenderer CreateRenderer(string? browserPath) =>
        ChromiumRenderer.FindBrowser(browserPath) is { } found
            ? new ChromiumRenderer(found)
            : throw new InvalidOperationException(browserPath is null
                ? "Rendering needs Chromium, but none of " + string.Join(", ", ChromiumRenderer.DefaultBrowserNames) + " is on PATH."
                : $"The browser {browserPath} was not found.");

    /// <summary>
    /// Fetches the URL targets first (each distinct one once, at most <see cref="VerificationOptions.Concurrency"/> at once), then
    /// reads and inspects the files across the cores; reports keep the targets' order.
    /// </summary>
    private static async Task<TargetReport[]> ReadAllAsync(
        List<VerificationTarget> targets, TargetReader reader, Func<PageFetcher> fetcher, VerificationOptions options, ProgressCounter progress, CancellationToken cancellationToken)
    {
        var copies = targets.Where(t => t.Url is not null).CountBy(t => t).ToDictionary();
        var fetched = new ConcurrentDictionary<VerificationTarget, TargetReport>();
        if (copies.Count > 0)
        {
            var pageFetcher = fetcher();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(copies.Keys, parallel, async (target, token) =>
            {
                fetched[target] = await reader.FetchAsync(pageFetcher, target, options.PageFetched, token).ConfigureAwait(false);
                progress.Add(copies[target]);
            }).ConfigureAwait(false);
        }

        var reports = new TargetReport[targets.Count];
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, targets.Count, cores, i =>
        {
            var target = targets[i];
            if (target.Url is not null)
            {
                reports[i] = fetched[target];
                return;
            }

            reports[i] = reader.Read(target);
            progress.Add(1);
        });
        return reports;
    }

    /// <summary>
    /// Renders every target in Chromium, as many at once as there are cores, under <paramref name="fetcher"/>'s policy
    /// (private-network guard, per-host cap, retries); reports keep the targets' order.
    /// </summary>
    private static async Task<TargetReport[]> RenderAllAsync(
        List<VerificationTarget> targets, TargetReader reader, PageFetcher fetcher, ChromiumRenderer renderer, ProgressCounter progress, CancellationToken cancellationToken)
    {
        var reports = new TargetReport[targets.Count];
        if (targets.Count > 0)
        {
            // A browser that cannot start is one failure of the run, not the same finding on every page.
            await renderer.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, targets.Count, cores, async (i, token) =>
        {
            reports[i] = await reader.RenderAsync(fetcher, renderer, targets[i], token).ConfigureAwait(false);
            progress.Add(1);
        }).ConfigureAwait(false);
        return reports;
    }

    /// <summary>Counts finished targets for <see cref="VerificationOptions.Progress"/>, from any thread.</summary>
    private sealed class ProgressCounter(IProgress<VerificationProgress>? progress, int total)
    {
        private int _completed;

        public void Add(int count)
        {
            var completed = Interlocked.Add(ref _completed, count);
            progress?.Report(new VerificationProgress(completed, total));
        }
    }
}

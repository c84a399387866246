using IcpBadge.Configuration;

namespace IcpBadge.Verification;

/// <summary>How <see cref="SiteVerifier"/> runs: the expectations, which pages, and the limits of the run.</summary>
public sealed class VerificationOptions
{
    /// <summary>
    /// The configuration string targets and sitemap pages are judged against; null skips the rules that need one.
    /// Targets given as <see cref="VerificationTarget"/> carry their own profile.
    /// </summary>
    public SiteProfile? Profile { get; init; }

    /// <summary>Judge every target as a home page (presence rules everywhere), as <c>verify --all-pages</c>.</summary>
    public bool AllPages { get; init; }

    /// <summary>
    /// Sitemaps whose pages are checked after the targets (paths, <c>file:</c> URIs or http(s) URLs; an index's
    /// child sitemaps are followed), as <c>verify --sitemap</c>. One that cannot be used stops the run with a
    /// <see cref="Sitemaps.SitemapException"/> before any page is checked.
    /// </summary>
    public IReadOnlyList<string> Sitemaps { get; init; } = [];

    /// <summary>How many URL targets are fetched at once. Default 8.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>
    /// The time allowed per URL target, redirects and body included (default 20 s), when the verifier fetches with
    /// its own fetcher; a fetcher given to <see cref="SiteVerifier"/> keeps its own limits.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Whether the verifier's own fetcher may reach private networks (loopback, 10/8, 172.16/12, 192.168/16,
    /// 100.64/10, link-local, unique-local…; see <see cref="Fetching.PageFetchOptions.AllowPrivateNetworks"/>). Default
    /// false: such targets are NET001 findings. The <c>icp-badge</c> command line sets it true unless
    /// <c>--deny-private</c> is given. A fetcher passed to <see cref="SiteVerifier"/> keeps its own setting.
    /// </summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>
    /// Load every target in the machine's headless Chromium and inspect the DOM after scripts ran, as
    /// <c>verify --render</c>; see <see cref="BrowserPath"/>.
    /// </summary>
    public bool Render { get; init; }

    /// <summary>
    /// The Chromium or Chrome executable for <see cref="Render"/>: a path, or a name looked up on <c>PATH</c>; null
    /// for the first of <see cref="Browser.ChromiumRenderer.DefaultBrowserNames"/> on <c>PATH</c>.
    /// </summary>
    public string? BrowserPath { get; init; }

    /// <summary>Check only this shard of the expanded targets (sitemap pages included), as <c>verify --shard I/N</c>.</summary>
    public VerificationShard? Shard { get; init; }

    /// <summary>Told each time a target is done; reports may come from several threads at once.</summary>
    public IProgress<VerificationProgress>? Progress { get; init; }

    /// <summary>
    /// Called once for each distinct URL target after it was fetched (not when rendered), with what the server sent,
    /// before the page is inspected: an audit keeps its evidence from here, so the evidence is the page that was judged.
    /// Called from the fetching tasks, up to <see cref="Concurrency"/> at once; an exception it throws fails the run.
    /// </summary>
    public Func<VerificationTarget, Fetching.PageFetchResult, CancellationToken, ValueTask>? PageFetched { get; init; }
}

namespace IcpBadge.Verification.Fetching;

/// <summary>One URL checked by <see cref="LivePageVerifier"/>.</summary>
public sealed class LivePageReport
{
    internal LivePageReport(Uri url, Uri finalUrl, bool reachable, bool isHomePage, IReadOnlyList<InspectionFinding> findings)
    {
        Url = url;
        FinalUrl = finalUrl;
        Reachable = reachable;
        IsHomePage = isHomePage;
        Findings = findings;
    }

    /// <summary>The URL checked.</summary>
    public Uri Url { get; }

    /// <summary>The URL after redirects.</summary>
    public Uri FinalUrl { get; }

    /// <summary>Whether the page was fetched (status <c>ok</c>); false means <c>unreachable</c> with a NET001 finding.</summary>
    public bool Reachable { get; }

    /// <summary>Whether the page was judged as a home page.</summary>
    public bool IsHomePage { get; }

    /// <summary>NET001, NET002, or the findings of <see cref="PageInspector"/>.</summary>
    public IReadOnlyList<InspectionFinding> Findings { get; }
}

/// <summary>Fetches live pages and inspects them: NET001 when unreachable, NET002 for a block page, else every rule.</summary>
public sealed class LivePageVerifier
{
    private readonly PageFetcher _fetcher;
    private readonly PageInspector _inspector;

    /// <summary>Creates a verifier fetching with <paramref name="fetcher"/> and inspecting with <paramref name="inspector"/>.</summary>
    public LivePageVerifier(PageFetcher fetcher, PageInspector inspector)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(inspector);
        _fetcher = fetcher;
        _inspector = inspector;
    }

    /// <summary>
    /// Checks <paramref name="url"/>. The page is a home page when the requested or the final URL path is <c>/</c>,
    /// <c>/index.html</c> or <c>/index.htm</c> (or <paramref name="allPages"/>); the final host goes to
    /// <see cref="PageContext.Host"/> so a domain's own number applies.
    /// </summary>
    public async Task<LivePageReport> VerifyAsync(Uri url, PageContext context, bool allPages = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(context);
        var fetched = await _fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        var home = allPages || UrlTargets.IsHomePage(url) || UrlTargets.IsHomePage(fetched.FinalUrl);
        if (!fetched.Succeeded)
        {
            return new LivePageReport(url, fetched.FinalUrl, false, home, [fetched.Failure!]);
        }

        if (BlockPageDetector.Detect(fetched.Html!) is { } blocked)
        {
            return new LivePageReport(url, fetched.FinalUrl, true, home, [blocked]);
        }

        var pageContext = new PageContext { IsHomePage = home, Host = fetched.FinalUrl.IdnHost, Profile = context.Profile, Today = context.Today };
        return new LivePageReport(url, fetched.FinalUrl, true, home, _inspector.Inspect(fetched.Html!, pageContext));
    }
}

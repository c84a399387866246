namespace IcpBadge.Verification.Sitemaps;

/// <summary>
/// How far <see cref="SitemapLoader"/> goes. The defaults are the sitemaps.org limits where it sets one (50,000
/// entries and 50 MB uncompressed per file) and bounds on the walk where it does not, so a hostile or broken index
/// cannot make a run fetch without end.
/// </summary>
public sealed record SitemapLimits
{
    /// <summary>The limits of <c>verify --sitemap</c>.</summary>
    public static SitemapLimits Default { get; } = new();

    /// <summary>How many levels of sitemap index may nest: an index found deeper than this is refused. Default 3.</summary>
    public int MaxDepth { get; init; } = 3;

    /// <summary>The most page URLs one run takes from all its sitemaps together. Default 50,000.</summary>
    public int MaxPages { get; init; } = 50_000;

    /// <summary>The most entries one sitemap file may list (sitemaps.org). Default 50,000.</summary>
    public int MaxEntriesPerFile { get; init; } = 50_000;

    /// <summary>The most sitemap files (indexes included) one run reads. Default 1,000.</summary>
    public int MaxSitemaps { get; init; } = 1_000;

    /// <summary>The most bytes of XML one sitemap file may hold, after gzip (sitemaps.org). Default 50 MB.</summary>
    public long MaxXmlBytes { get; init; } = 50 * 1024 * 1024;
}

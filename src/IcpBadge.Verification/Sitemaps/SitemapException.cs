namespace IcpBadge.Verification.Sitemaps;

/// <summary>
/// A sitemap could not be used (not fetched, not read, not a sitemap, too big, too many); the message says which
/// sitemap and why, ready to follow <c>--sitemap = 'X': </c>.
/// </summary>
public sealed class SitemapException : Exception
{
    /// <summary>Creates the exception without a message.</summary>
    public SitemapException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public SitemapException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the error that caused it.</summary>
    public SitemapException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The top-level sitemap the run was given (as given), when known.</summary>
    public string? Location { get; init; }
}

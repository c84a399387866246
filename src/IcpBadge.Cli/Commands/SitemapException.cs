namespace IcpBadge.Cli.Commands;

/// <summary>
/// A sitemap of <c>--sitemap</c> could not be used (not fetched, not read, not a sitemap, too big, too many); the
/// message says which sitemap and why, ready to follow <c>--sitemap = 'X': </c>.
/// </summary>
internal sealed class SitemapException : Exception
{
    public SitemapException()
    {
    }

    public SitemapException(string message)
        : base(message)
    {
    }

    public SitemapException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

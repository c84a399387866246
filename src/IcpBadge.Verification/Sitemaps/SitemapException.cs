using IcpBadge.Localization;

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
        Text = new LocalizedText(Message, Message);
    }

    /// <summary>Creates the exception with the reason, in English only.</summary>
    public SitemapException(string message)
        : base(message)
    {
        Text = new LocalizedText(Message, Message);
    }

    /// <summary>Creates the exception with the reason and the error that caused it, in English only.</summary>
    public SitemapException(string message, Exception innerException)
        : base(message, innerException)
    {
        Text = new LocalizedText(Message, Message);
    }

    /// <summary>Creates the exception with the reason in both languages; <see cref="Exception.Message"/> is the English.</summary>
    public SitemapException(LocalizedText text)
        : base(text?.En)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Creates the exception with the reason in both languages and the error that caused it.</summary>
    public SitemapException(LocalizedText text, Exception innerException)
        : base(text?.En, innerException)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The reason in Chinese and English, to show in the run's language.</summary>
    public LocalizedText Text { get; }

    /// <summary>The top-level sitemap the run was given (as given), when known.</summary>
    public string? Location { get; init; }
}

using IcpBadge.Localization;

namespace IcpBadge.Verification.Sitemaps;

/// <summary>The XML is not a sitemap; a <see cref="FormatException"/> whose reason is also given in Chinese.</summary>
internal sealed class SitemapFormatException : FormatException
{
    public SitemapFormatException(LocalizedText text)
        : base(text.En)
    {
        Text = text;
    }

    public SitemapFormatException(LocalizedText text, Exception innerException)
        : base(text.En, innerException)
    {
        Text = text;
    }

    /// <summary>The reason in both languages.</summary>
    public LocalizedText Text { get; }
}

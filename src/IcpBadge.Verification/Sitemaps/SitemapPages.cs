using IcpBadge.Localization;

namespace IcpBadge.Verification.Sitemaps;

/// <summary>What <see cref="SitemapLoader"/> found in one sitemap and everything it leads to.</summary>
/// <param name="Location">The sitemap as given: a path, a <c>file:</c> URI or an http(s) URL.</param>
/// <param name="Pages">The page URLs of every urlset reached, in document order (depth first through indexes).</param>
/// <param name="Notes">Things worth a <c>note:</c> line on stderr, in Chinese and English: sitemaps listed twice, entries skipped.</param>
public sealed record SitemapPages(string Location, IReadOnlyList<string> Pages, IReadOnlyList<LocalizedText> Notes);

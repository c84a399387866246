namespace IcpBadge.Verification.Sitemaps;

/// <summary>The entries of one sitemap file.</summary>
/// <param name="IsIndex">Whether it is a sitemap index (its locs are sitemaps) rather than a urlset (its locs are pages).</param>
/// <param name="Locs">The <c>loc</c> of each entry, trimmed, in document order; entries without one are left out.</param>
/// <param name="MoreThanMax">Whether reading stopped because the file lists more entries than allowed.</param>
internal sealed record SitemapEntries(bool IsIndex, IReadOnlyList<string> Locs, bool MoreThanMax);

namespace IcpBadge.Cli.Commands;

/// <summary>What <see cref="SitemapLoader"/> found.</summary>
/// <param name="Pages">The page URLs of every urlset reached, in document order (depth first through indexes).</param>
/// <param name="Notes">Things worth a <c>note:</c> line on stderr: sitemaps listed twice, entries skipped.</param>
internal sealed record SitemapPages(IReadOnlyList<string> Pages, IReadOnlyList<string> Notes);

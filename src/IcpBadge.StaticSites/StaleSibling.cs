using IcpBadge.Localization;

namespace IcpBadge.StaticSites;

/// <summary>
/// A precompressed copy of a page (<c>page.html.gz</c>, <c>.br</c>, <c>.zst</c>) that no longer matches the page and
/// that the run could not rewrite: a web server sending it would serve the page without its current footer.
/// </summary>
/// <param name="Path">The copy's path relative to the site folder, with '/' separators.</param>
/// <param name="Reason">Why it was not rewritten and what to do, in both languages.</param>
public sealed record StaleSibling(string Path, LocalizedText Reason);

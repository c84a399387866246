namespace IcpBadge.StaticSites;

/// <summary>What <see cref="SiteInjector.InjectPage"/> did to one page held in memory.</summary>
/// <param name="Result">The outcome: changed, unchanged, or skipped with its reason (never failed: nothing is read or written).</param>
/// <param name="Content">The page's bytes afterwards: the new bytes when it changed, else the bytes it was given.</param>
public sealed record InjectedPage(PageResult Result, byte[] Content);

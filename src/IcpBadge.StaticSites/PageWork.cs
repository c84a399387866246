namespace IcpBadge.StaticSites;

/// <summary>What processing one page did: the page's result and what happened to its precompressed copies.</summary>
/// <param name="Page">The page's own result.</param>
/// <param name="RewrittenSiblings">How many <c>.gz</c>/<c>.br</c> copies were rewritten (or would be, in a dry run).</param>
/// <param name="StaleSiblings">Copies left stale, each with its reason.</param>
internal sealed record PageWork(PageResult Page, int RewrittenSiblings, IReadOnlyList<StaleSibling> StaleSiblings)
{
    public static PageWork Of(PageResult page) => new(page, 0, []);
}

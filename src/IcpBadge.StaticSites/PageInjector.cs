using IcpBadge.Localization;
namespace IcpBadge.StaticSites;

/// <summary>Splices the footer block into one page's bytes; everything outside the block is copied as it was.</summary>
internal static class PageInjector
{
    /// <returns>The new page, or null when it is unchanged or must be skipped (then <paramref name="problem"/> says why).</returns>
    public static byte[]? Inject(byte[] page, FooterBlocks blocks, int depth, out Placement placement, out LocalizedText? problem) =>
        Inject(page, blocks, depth, out placement, out problem, out _);

    /// <returns>
    /// The new page, or null when it is unchanged or must be skipped (then <paramref name="problem"/> says why);
    /// <paramref name="warning"/> is set when the page shows filing numbers outside its block (a theme's own footer).
    /// </returns>
    public static byte[]? Inject(
        byte[] page, FooterBlocks blocks, int depth, out Placement placement, out LocalizedText? problem, out LocalizedText? warning)
    {
        placement = Placement.EndOfFile;
        warning = null;
        var plan = PageScanner.Plan(page, out var planProblem);

        // The charset is the page's own, read without the old block the page may carry: a rerun then reads the very
        // same bytes (the page outside the block) and writes the very same block, even when the old block held a
        // <meta charset> or pushed the page's own past the prescan window.
        var encoding = PageEncoding.Detect(plan is { } p && p.End > p.Start ? [.. page.AsSpan(0, p.Start), .. page.AsSpan(p.End)] : page, out problem);
        if (encoding is null)
        {
            return null;
        }

        if (plan is null)
        {
            problem = planProblem;
            return null;
        }

        placement = plan.Value.Placement;
        var block = blocks.For(encoding, PageScanner.PrefersCrLf(page), plan.Value.InsideFooter, depth);
        var (start, end) = (plan.Value.Start, plan.Value.End);
        warning = ExistingNumbers.Warn(page, start, end, encoding);
        if (end - start == block.Length && page.AsSpan(start, block.Length).SequenceEqual(block))
        {
            return null;
        }

        var result = new byte[page.Length - (end - start) + block.Length];
        page.AsSpan(0, start).CopyTo(result);
        block.CopyTo(result.AsSpan(start));
        page.AsSpan(end).CopyTo(result.AsSpan(start + block.Length));
        return result;
    }

    /// <summary>The marker an earlier block gives way to: a later run for a host that shows the footer puts it back there.</summary>
    private static readonly byte[] Marker = "<!-- icp-badge -->"u8.ToArray();

    /// <summary>
    /// Takes out the block of an earlier run, for a host that shows no footer (<c>Site:UnlistedHosts: Hide</c>), leaving
    /// the <c>&lt;!-- icp-badge --&gt;</c> marker in its place; everything else is copied as it was.
    /// </summary>
    /// <returns>The new page, or null when the page has no block (nothing to take out).</returns>
    public static byte[]? Remove(byte[] page)
    {
        if (PageScanner.Plan(page, out _) is not { Placement: Placement.ExistingBlock } plan)
        {
            return null;
        }

        return [.. page.AsSpan(0, plan.Start), .. Marker, .. page.AsSpan(plan.End)];
    }
}

using IcpBadge.Localization;
namespace IcpBadge.StaticSites;

/// <summary>
/// Reads one page, splices the footer block into it and replaces it atomically when it changed. Its precompressed copies
/// (<c>.gz</c>, <c>.br</c>) that don't hold the page's new bytes are rewritten first and the page last, so a run killed
/// in between leaves copies ahead of their page, never a new page with old copies that a rerun would not notice; a rerun
/// checks the copies of unchanged pages too, and repairs them.
/// </summary>
internal sealed class PageWriter(FooterBlocks blocks, InjectionOptions options)
{
    /// <summary>Injects the footer into <paramref name="file"/>, or, when <paramref name="hidden"/> says the host shows none, takes out an earlier block.</summary>
    /// <param name="file">The page.</param>
    /// <param name="hidden">Why the host shows no footer; null when it shows one.</param>
    public PageWork Process(SiteFile file, LocalizedText? hidden = null)
    {
        byte[] page;
        try
        {
            page = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return PageWork.Of(Result(file, PageOutcome.Failed, Placement.EndOfFile, StaticSitesText.Format("Page.CannotRead", exception.Message)));
        }

        byte[]? updated;
        Placement placement;
        LocalizedText? problem, warning = null;
        if (hidden is null)
        {
            updated = PageInjector.Inject(page, blocks, file.Depth, out placement, out problem, out warning);
        }
        else
        {
            // No footer on this host: a page without a block is skipped as before; one with a block loses it.
            updated = PageInjector.Remove(page);
            (placement, problem) = updated is null ? (Placement.EndOfFile, hidden) : (Placement.RemovedBlock, null);
        }

        if (updated is null && problem is not null)
        {
            return PageWork.Of(Result(file, PageOutcome.Skipped, placement, problem));
        }

        var changed = updated is not null;
        if (changed && !options.DryRun && IsReadOnly(file.FullPath))
        {
            return PageWork.Of(Result(file, PageOutcome.Failed, placement, StaticSitesText.Get("Page.ReadOnly")));
        }

        var stale = new List<StaleSibling>();
        var rewritten = 0;
        foreach (var format in PrecompressedFormat.Rewritable)
        {
            var sibling = file.FullPath + format.Suffix;
            var failure = RepairSibling(format, sibling, updated ?? page, ref rewritten);
            if (failure is null)
            {
                continue;
            }

            if (changed)
            {
                // The page stays old rather than going out with a copy that still holds the old bytes.
                var reason = StaticSitesText.Format("Sibling.CannotWrite", Path.GetFileName(sibling), failure);
                return new PageWork(Result(file, PageOutcome.Failed, placement, reason), rewritten, stale);
            }

            stale.Add(new StaleSibling(file.RelativePath + format.Suffix, failure));
        }

        if (changed && !options.DryRun)
        {
            try
            {
                AtomicFile.Replace(file.FullPath, updated, options.BeforeRename, options.WrapTemporary);
                options.AfterWrite?.Invoke(file.FullPath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return new PageWork(
                    Result(file, PageOutcome.Failed, placement, StaticSitesText.Format("Page.CannotWrite", exception.Message)), rewritten, stale);
            }
        }

        AddUnwritableSiblings(file, changed, stale);
        return new PageWork(Result(file, changed ? PageOutcome.Changed : PageOutcome.Unchanged, placement) with { Warning = warning }, rewritten, stale);
    }

    /// <summary>Rewrites <paramref name="sibling"/> from <paramref name="page"/> when it exists and holds anything else.</summary>
    /// <returns>Null when the copy is current now (or would be, in a dry run), else why it could not be rewritten.</returns>
    private LocalizedText? RepairSibling(PrecompressedFormat format, string sibling, byte[] page, ref int rewritten)
    {
        var info = new FileInfo(sibling);
        if (!info.Exists || (info.LinkTarget is null && format.HoldsExactly(sibling, page)))
        {
            return null;
        }

        if (info.LinkTarget is not null)
        {
            return StaticSitesText.Get("Sibling.Link");
        }

        if (options.DryRun)
        {
            rewritten++;
            return null;
        }

        if (IsReadOnly(sibling))
        {
            return StaticSitesText.Get("Page.ReadOnly");
        }

        try
        {
            AtomicFile.Replace(sibling, format.Compress(page), options.BeforeRename, options.WrapTemporary);
            options.AfterWrite?.Invoke(sibling);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return StaticSitesText.Format("Page.CannotWrite", exception.Message);
        }

        rewritten++;
        return null;
    }

    /// <summary>
    /// Reports the copies no run can rewrite (<c>.zst</c>) once they are stale: when the page changed now, or when it was
    /// written after them (by an earlier run).
    /// </summary>
    private static void AddUnwritableSiblings(SiteFile file, bool changed, List<StaleSibling> stale)
    {
        foreach (var suffix in PrecompressedFormat.Unwritable)
        {
            var sibling = new FileInfo(file.FullPath + suffix);
            if (sibling.Exists && (changed || sibling.LastWriteTimeUtc < File.GetLastWriteTimeUtc(file.FullPath)))
            {
                stale.Add(new StaleSibling(file.RelativePath + suffix, StaticSitesText.Format("Sibling.Unwritable", Path.GetFileName(file.FullPath))));
            }
        }
    }

    private static bool IsReadOnly(string path) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    private static PageResult Result(SiteFile file, PageOutcome outcome, Placement placement, LocalizedText? reason = null) =>
        new(file.RelativePath, outcome, placement, reason);
}

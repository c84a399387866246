using IcpBadge.Localization;
namespace IcpBadge.StaticSites;

/// <summary>Reads one page, splices the footer block into it and replaces it atomically when it changed.</summary>
internal sealed class PageWriter(FooterBlocks blocks, InjectionOptions options)
{
    public PageResult Process(SiteFile file)
    {
        byte[] page;
        try
        {
            page = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Result(file, PageOutcome.Failed, Placement.EndOfFile, StaticSitesText.Format("Page.CannotRead", exception.Message));
        }

        var updated = PageInjector.Inject(page, blocks, file.Depth, out var placement, out var problem);
        if (updated is null)
        {
            return problem is null ? Result(file, PageOutcome.Unchanged, placement) : Result(file, PageOutcome.Skipped, placement, problem);
        }

        if (options.DryRun)
        {
            return Result(file, PageOutcome.Changed, placement);
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(file.FullPath) & UnixFileMode.UserWrite) == 0)
        {
            return Result(file, PageOutcome.Failed, placement, StaticSitesText.Get("Page.ReadOnly"));
        }

        try
        {
            AtomicFile.Replace(file.FullPath, updated, options.BeforeRename);
            options.AfterWrite?.Invoke(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Result(file, PageOutcome.Failed, placement, StaticSitesText.Format("Page.CannotWrite", exception.Message));
        }

        return Result(file, PageOutcome.Changed, placement);
    }

    private static PageResult Result(SiteFile file, PageOutcome outcome, Placement placement, LocalizedText? reason = null) =>
        new(file.RelativePath, outcome, placement, reason);
}

namespace IcpBadge.Cli.Injection;

/// <summary>Puts the footer block into every page of a built site, in parallel, one atomic write per changed page.</summary>
internal sealed class SiteInjector(FooterBlocks blocks, InjectionOptions options)
{
    /// <summary>Called once per page with its outcome, e.g. to advance a progress bar or list a dry run.</summary>
    public event Action<SiteFile, PageOutcome, Placement, string?>? PageDone;

    public InjectionSummary Run(IReadOnlyList<(SiteFile File, string? SkipReason)> files, CancellationToken cancellationToken)
    {
        var summary = new InjectionSummary();
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.DryRun ? 1 : Environment.ProcessorCount,
        };
        Parallel.ForEach(files, parallel, entry =>
        {
            var (outcome, placement, reason) = entry.SkipReason is null ? Process(entry.File) : (PageOutcome.Skipped, Placement.EndOfFile, entry.SkipReason);
            summary.Add(outcome, entry.File.RelativePath, reason);
            PageDone?.Invoke(entry.File, outcome, placement, reason);
        });
        return summary;
    }

    private (PageOutcome, Placement, string?) Process(SiteFile file)
    {
        byte[] page;
        try
        {
            page = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (PageOutcome.Failed, Placement.EndOfFile, "can't read: " + exception.Message);
        }

        var updated = PageInjector.Inject(page, blocks, file.Depth, out var placement, out var problem);
        if (updated is null)
        {
            return problem is null ? (PageOutcome.Unchanged, placement, null) : (PageOutcome.Skipped, placement, problem);
        }

        if (options.DryRun)
        {
            return (PageOutcome.Changed, placement, null);
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(file.FullPath) & UnixFileMode.UserWrite) == 0)
        {
            return (PageOutcome.Failed, placement, "the file is read-only");
        }

        try
        {
            AtomicFile.Replace(file.FullPath, updated, options.BeforeRename);
            options.AfterWrite?.Invoke(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (PageOutcome.Failed, placement, "can't write: " + exception.Message);
        }

        return (PageOutcome.Changed, placement, null);
    }
}

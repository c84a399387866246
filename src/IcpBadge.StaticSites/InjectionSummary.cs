namespace IcpBadge.StaticSites;

/// <summary>
/// What a <see cref="SiteInjector.Run"/> did: counts of changed and unchanged pages, and every page skipped or failed
/// with its reason (changed pages are only counted; <see cref="IProgress{T}"/> reports each of them).
/// </summary>
public sealed class InjectionSummary
{
    internal InjectionSummary(
        string directory, bool dryRun, int changed, int unchanged, IReadOnlyList<PageResult> skipped, IReadOnlyList<PageResult> failed,
        IReadOnlyList<string> removedTemporaryFiles)
    {
        Directory = directory;
        DryRun = dryRun;
        Changed = changed;
        Unchanged = unchanged;
        Skipped = skipped;
        Failed = failed;
        RemovedTemporaryFiles = removedTemporaryFiles;
    }

    /// <summary>The site folder, as a full path without a trailing separator.</summary>
    public string Directory { get; }

    /// <summary>Whether this was a dry run: <see cref="Changed"/> then counts the pages that would change.</summary>
    public bool DryRun { get; }

    /// <summary>Pages whose block was added or updated (or would be, in a dry run).</summary>
    public int Changed { get; }

    /// <summary>Pages that already had the current block; nothing was written to them.</summary>
    public int Unchanged { get; }

    /// <summary>Pages left alone (a symbolic link, an unsupported encoding, a broken old block…), ordered by path.</summary>
    public IReadOnlyList<PageResult> Skipped { get; }

    /// <summary>Pages that could not be read or written (the page keeps its old bytes), ordered by path.</summary>
    public IReadOnlyList<PageResult> Failed { get; }

    /// <summary>Every page the run looked at: changed, unchanged, skipped and failed.</summary>
    public int Total => Changed + Unchanged + Skipped.Count + Failed.Count;

    /// <summary>
    /// Temporary files an earlier, interrupted run left (<c>.page.html.XXXXXXXX.icp-badge.tmp</c>), removed before this
    /// run wrote anything; paths relative to <see cref="Directory"/>, in the order they were found. Empty in a dry run.
    /// </summary>
    public IReadOnlyList<string> RemovedTemporaryFiles { get; }

    /// <summary>
    /// Precompressed copies (<c>page.html.gz</c>, <c>page.html.br</c>) rewritten from their pages because they no
    /// longer matched them (or that would be, in a dry run): those of changed pages, and stale ones of unchanged pages
    /// that an interrupted or older run left.
    /// </summary>
    public int RewrittenSiblings { get; internal init; }

    /// <summary>
    /// Precompressed copies still stale after the run, ordered by path: formats IcpBadge can't write (<c>.zst</c>) and
    /// copies that could not be rewritten. A web server sending them serves the page without its current footer.
    /// </summary>
    public IReadOnlyList<StaleSibling> StaleSiblings { get; internal init; } = [];

    /// <summary>
    /// Pages changed or unchanged that carry a <see cref="PageResult.Warning"/> (they already show a filing number
    /// outside their block, so the footer shows it twice), ordered by path.
    /// </summary>
    public IReadOnlyList<PageResult> Warnings { get; internal init; } = [];
}

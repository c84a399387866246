using System.Collections.Concurrent;

namespace IcpBadge.StaticSites;

/// <summary>Counts page results as parallel workers finish them; <see cref="ToSummary"/> freezes the counts.</summary>
internal sealed class InjectionTally
{
    private readonly ConcurrentQueue<PageResult> _skipped = new();
    private readonly ConcurrentQueue<PageResult> _failed = new();
    private readonly ConcurrentQueue<StaleSibling> _staleSiblings = new();
    private readonly ConcurrentQueue<PageResult> _warned = new();
    private int _changed;
    private int _unchanged;
    private int _completed;
    private int _rewrittenSiblings;

    /// <returns>How many pages are done, this one included.</returns>
    public int Add(PageWork work)
    {
        Interlocked.Add(ref _rewrittenSiblings, work.RewrittenSiblings);
        foreach (var stale in work.StaleSiblings)
        {
            _staleSiblings.Enqueue(stale);
        }

        var page = work.Page;
        if (page.Warning is not null)
        {
            _warned.Enqueue(page);
        }

        switch (page.Outcome)
        {
            case PageOutcome.Changed:
                Interlocked.Increment(ref _changed);
                break;
            case PageOutcome.Unchanged:
                Interlocked.Increment(ref _unchanged);
                break;
            case PageOutcome.Skipped:
                _skipped.Enqueue(page);
                break;
            default:
                _failed.Enqueue(page);
                break;
        }

        return Interlocked.Increment(ref _completed);
    }

    public InjectionSummary ToSummary(string directory, bool dryRun, IReadOnlyList<string> removedTemporaryFiles) =>
        new(directory, dryRun, _changed, _unchanged, ByPath(_skipped), ByPath(_failed), removedTemporaryFiles)
        {
            RewrittenSiblings = _rewrittenSiblings,
            StaleSiblings = [.. _staleSiblings.OrderBy(s => s.Path, StringComparer.Ordinal)],
            Warnings = ByPath(_warned),
        };

    private static PageResult[] ByPath(IEnumerable<PageResult> pages) => [.. pages.OrderBy(p => p.Path, StringComparer.Ordinal)];
}

using System.Collections.Concurrent;

namespace IcpBadge.Cli.Injection;

/// <summary>Counts of what happened, plus the pages skipped or failed with their reasons (changed pages are only counted).</summary>
internal sealed class InjectionSummary
{
    private int _changed;
    private int _unchanged;

    public int Changed => _changed;

    public int Unchanged => _unchanged;

    public ConcurrentQueue<(string Path, string Reason)> Skipped { get; } = new();

    public ConcurrentQueue<(string Path, string Reason)> Failed { get; } = new();

    public int Total => Changed + Unchanged + Skipped.Count + Failed.Count;

    public void Add(PageOutcome outcome, string path, string? reason)
    {
        switch (outcome)
        {
            case PageOutcome.Changed:
                Interlocked.Increment(ref _changed);
                break;
            case PageOutcome.Unchanged:
                Interlocked.Increment(ref _unchanged);
                break;
            case PageOutcome.Skipped:
                Skipped.Enqueue((path, reason ?? "skipped"));
                break;
            default:
                Failed.Enqueue((path, reason ?? "failed"));
                break;
        }
    }
}

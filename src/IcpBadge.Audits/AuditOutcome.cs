using IcpBadge.Audits.History;

namespace IcpBadge.Audits;

/// <summary>What <see cref="AuditRunner.RunAsync"/> gives back: the run, and the history's failure if it had one (the run is complete either way).</summary>
/// <param name="Run">The run: every site's obligations, pages and changes.</param>
/// <param name="HistoryFailure">Why the history could not be read or the run not stored; null when it was (or there is no history).</param>
public sealed record AuditOutcome(AuditRun Run, AuditHistoryException? HistoryFailure)
{
    /// <summary>
    /// The exit code of <c>icp-badge audit</c>: 2 when the history refused the run (a shard written twice…), 3 when the
    /// history failed, else 1 when anything is overdue or a page has an error, else 0.
    /// </summary>
    public int ExitCode => HistoryFailure?.Failure switch
    {
        AuditHistoryFailure.Refused => 2,
        AuditHistoryFailure.Unavailable => 3,
        _ => Run.HasProblems ? 1 : 0,
    };
}

using IcpBadge.Localization;

namespace IcpBadge.Audits.History;

/// <summary>A history store failed or refused an operation; <see cref="Problem"/> says which, in one line, in both languages. Nothing was half-written.</summary>
public sealed class AuditHistoryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Whether the store failed or refused.</param>
    /// <param name="problem">One clear line, in both languages.</param>
    /// <param name="innerException">The driver's exception, if any.</param>
    public AuditHistoryException(AuditHistoryFailure failure, LocalizedText problem, Exception? innerException = null)
        : base(problem?.En, innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Failure = failure;
        Problem = problem;
    }

    /// <summary>Whether the store failed (exit 3) or refused (exit 2).</summary>
    public AuditHistoryFailure Failure { get; }

    /// <summary>One clear line, in both languages.</summary>
    public LocalizedText Problem { get; }

    /// <summary>The exit code of <c>icp-badge audit</c> and <c>history</c> for it: 2 when refused, 3 when the store failed.</summary>
    public int ExitCode => Failure == AuditHistoryFailure.Refused ? 2 : 3;
}

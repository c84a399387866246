namespace IcpBadge.Audits;

/// <summary>What changed for a site since its last completed run in the history.</summary>
public enum AuditChangeKind
{
    /// <summary>A finding (by its fingerprint) that the last run did not have.</summary>
    NewFinding,

    /// <summary>A finding of the last run that is gone while its page was read both times.</summary>
    FixedFinding,

    /// <summary>An obligation's state changed (<c>from</c>/<c>to</c> are state names), or a finding's severity did.</summary>
    StateChanged,

    /// <summary>A home page that could not be read last time can be read now.</summary>
    BecameReachable,

    /// <summary>A home page that was read last time (or is new) cannot be read now.</summary>
    BecameUnreachable,
}

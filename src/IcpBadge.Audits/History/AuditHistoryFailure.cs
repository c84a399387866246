namespace IcpBadge.Audits.History;

/// <summary>Why a history store refused or failed an operation; the CLI maps it to an exit code.</summary>
public enum AuditHistoryFailure
{
    /// <summary>The store could not be opened, read or written (missing, read-only, unreachable, corrupt): exit 3.</summary>
    Unavailable,

    /// <summary>
    /// The request contradicts what is stored or what the store can do: a shard already written for that run id, a run
    /// id reused with another shard count, a shard asked of a store with one writer (SQLite), a store written by a newer
    /// version: exit 2.
    /// </summary>
    Refused,
}

namespace IcpBadge.Verification;

/// <summary>Whether a target could be read; written <c>ok</c> or <c>unreachable</c> in the reports.</summary>
public enum TargetStatus
{
    /// <summary>The page was read (fetched, loaded or rendered) and inspected.</summary>
    Ok,

    /// <summary>
    /// The page could not be read: connection error, time-out, non-2xx, not HTML, too large, too many redirects, an
    /// unreadable file or a failed rendering — always with a NET001 finding saying which.
    /// </summary>
    Unreachable,
}

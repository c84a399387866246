using IcpBadge.Verification;
using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>A finding of a site's last run, with when it was first seen in the unbroken streak of runs that had it.</summary>
/// <param name="Rule">The verifier rule.</param>
/// <param name="Target">The home page.</param>
/// <param name="Severity">Its severity in the last run.</param>
/// <param name="Evidence">The text on the page it is about.</param>
/// <param name="Fingerprint">Its stable fingerprint (<see cref="FindingFingerprint"/>).</param>
/// <param name="FirstSeen">When the first run of the streak started.</param>
/// <param name="FirstSeenRunId">That run's id.</param>
public sealed record OpenFinding(string Rule, string Target, FindingSeverity Severity, string Evidence, string Fingerprint, Instant FirstSeen, string FirstSeenRunId);

using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>An evidence file known to the history, by content hash.</summary>
/// <param name="Sha256">The SHA-256 of its bytes, 64 lower-case hex digits.</param>
/// <param name="Bytes">Its length.</param>
/// <param name="FirstStored">When a run first recorded it.</param>
public sealed record EvidenceHash(string Sha256, long Bytes, Instant FirstStored);

namespace IcpBadge.Audits.History;

/// <summary>What <see cref="AuditHistoryStore.PruneAsync"/> removed.</summary>
/// <param name="Runs">Runs removed (with their site results, obligations, findings, changes and evidence rows).</param>
/// <param name="EvidenceHashes">The SHA-256 of evidence files no remaining run references, removed from the store: their files in an evidence folder may be deleted too.</param>
public sealed record PruneResult(int Runs, IReadOnlyList<string> EvidenceHashes);

namespace IcpBadge.Audits.History;

/// <summary>One step of the history's schema: applied once, in one transaction with the others a store lacks.</summary>
/// <param name="Version">Its number, from 1, without gaps.</param>
/// <param name="Name">What it adds.</param>
/// <param name="Statements">Its SQL statements, in the dialect both stores accept.</param>
public sealed record AuditHistoryMigration(int Version, string Name, IReadOnlyList<string> Statements);

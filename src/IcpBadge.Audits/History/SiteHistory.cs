using IcpBadge.Deadlines;

namespace IcpBadge.Audits.History;

/// <summary>What the history says about one site (<c>icp-badge history</c>).</summary>
/// <param name="Id">The site's id.</param>
/// <param name="Name">Its display name in its last run.</param>
/// <param name="LastRun">The last run that audited it.</param>
/// <param name="LastCleanRun">The last run where it was clean (<see cref="SiteAudit.IsClean"/>); null when never.</param>
/// <param name="OpenFindings">The findings of its last run, each with when it was first seen.</param>
/// <param name="Obligations">Its obligations in its last run.</param>
public sealed record SiteHistory(
    string Id,
    string Name,
    RunReference LastRun,
    RunReference? LastCleanRun,
    IReadOnlyList<OpenFinding> OpenFindings,
    IReadOnlyList<Obligation> Obligations)
{
    /// <summary>The evidence kept in its last run (<c>audit --evidence</c>): per page its files with their SHA-256; empty without evidence.</summary>
    public IReadOnlyList<EvidenceEntry> Evidence { get; init; } = [];
}

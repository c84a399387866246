using IcpBadge.Deadlines;
using IcpBadge.Verification;

namespace IcpBadge.Audits;

/// <summary>
/// One site in an audit run: its obligations on the run's day, the verification of its home pages against its own
/// configuration, and the evidence kept for them.
/// </summary>
public sealed class SiteAudit
{
    /// <summary>Creates the result of one site.</summary>
    /// <param name="id">The site's id (<c>Site.Id</c>: by default its first domain, else its name); it keys the site in the history.</param>
    /// <param name="name">The site's display name.</param>
    /// <param name="obligations">Its applicable obligations (the state is never <see cref="ObligationState.NotApplicable"/>), in D1–D10 order.</param>
    /// <param name="targets">One report per home page, in the order they were derived.</param>
    /// <param name="evidence">The evidence kept per target; empty without <c>--evidence</c>.</param>
    public SiteAudit(string id, string name, IReadOnlyList<Obligation> obligations, IReadOnlyList<TargetReport> targets, IReadOnlyList<EvidenceEntry>? evidence = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(obligations);
        ArgumentNullException.ThrowIfNull(targets);
        Id = id;
        Name = name;
        Obligations = obligations;
        Targets = targets;
        Evidence = evidence ?? [];
    }

    /// <summary>The site's id; it keys the site in the history, so a renamed site keeps its past.</summary>
    public string Id { get; }

    /// <summary>The site's display name (<c>Site.Name</c>, else its ICP number).</summary>
    public string Name { get; }

    /// <summary>The site's 0-based place in the inventory (file order), so shards of one run put the sites back in order.</summary>
    public int Position { get; init; }

    /// <summary>Its applicable obligations, in D1–D10 order.</summary>
    public IReadOnlyList<Obligation> Obligations { get; }

    /// <summary>One report per home page.</summary>
    public IReadOnlyList<TargetReport> Targets { get; }

    /// <summary>The evidence kept per target; empty without evidence.</summary>
    public IReadOnlyList<EvidenceEntry> Evidence { get; }

    /// <summary>Overdue obligations.</summary>
    public int Overdue => Obligations.Count(o => o.State == ObligationState.Overdue);

    /// <summary>Obligations due soon.</summary>
    public int DueSoon => Obligations.Count(o => o.State == ObligationState.DueSoon);

    /// <summary>Error findings over its targets.</summary>
    public int Errors => Targets.Sum(t => t.Count(FindingSeverity.Error));

    /// <summary>Warning findings over its targets.</summary>
    public int Warnings => Targets.Sum(t => t.Count(FindingSeverity.Warning));

    /// <summary>Targets that could not be read.</summary>
    public int Unreachable => Targets.Count(t => t.Status == TargetStatus.Unreachable);

    /// <summary>
    /// Whether the site passed: nothing overdue and no error finding (an unreachable page is a NET001 error) — what
    /// makes <c>audit</c> exit 0. The history's "last clean run" is the last run where this held.
    /// </summary>
    public bool IsClean => Overdue == 0 && Errors == 0;
}

using IcpBadge.Deadlines;
using IcpBadge.Verification;

namespace IcpBadge.Audits;

/// <summary>What changed for a site between two runs: obligation states, findings by fingerprint, and reachability.</summary>
public static class AuditChanges
{
    private const string Unreachable = "NET001";

    /// <summary>
    /// The changes of <paramref name="current"/> since <paramref name="previous"/> (none when the site was never
    /// audited): obligation state changes first, then per page its reachability and its findings. Findings of a page
    /// that could not be read now, or last time, are not reported as fixed: the reachability change says it.
    /// </summary>
    public static IReadOnlyList<AuditChange> Compare(SiteAudit current, SiteAudit? previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        var changes = new List<AuditChange>();
        if (previous is null)
        {
            return changes;
        }

        CompareObligations(current, previous, changes);
        var before = previous.Targets.GroupBy(t => t.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var target in current.Targets)
        {
            before.TryGetValue(target.Target, out var earlier);
            CompareTarget(current, target, earlier, changes);
        }

        return changes;
    }

    private static void CompareObligations(SiteAudit current, SiteAudit previous, List<AuditChange> changes)
    {
        var before = new Dictionary<string, Obligation>(StringComparer.Ordinal);
        foreach (var obligation in previous.Obligations)
        {
            before.TryAdd(Key(obligation), obligation);
        }

        foreach (var obligation in current.Obligations)
        {
            var had = before.Remove(Key(obligation), out var earlier);
            if (!had || earlier!.State != obligation.State)
            {
                changes.Add(Change(current, AuditChangeKind.StateChanged, null, obligation.Id, null, earlier?.State.ToString(), obligation.State.ToString()));
            }
        }

        foreach (var gone in before.Values)
        {
            changes.Add(Change(current, AuditChangeKind.StateChanged, null, gone.Id, null, gone.State.ToString(), null));
        }
    }

    private static void CompareTarget(SiteAudit site, TargetReport target, TargetReport? earlier, List<AuditChange> changes)
    {
        var ok = target.Status == TargetStatus.Ok;
        var wasOk = earlier?.Status == TargetStatus.Ok;
        if (earlier is not null && ok != wasOk)
        {
            changes.Add(ok
                ? Change(site, AuditChangeKind.BecameReachable, Unreachable, null, target.Target, "unreachable", "ok")
                : Change(site, AuditChangeKind.BecameUnreachable, Unreachable, null, target.Target, "ok", "unreachable"));
        }
        else if (earlier is null && !ok)
        {
            changes.Add(Change(site, AuditChangeKind.BecameUnreachable, Unreachable, null, target.Target, null, "unreachable"));
        }

        if (!ok)
        {
            return;
        }

        var before = new Dictionary<string, InspectionFinding>(StringComparer.Ordinal);
        if (earlier is not null && wasOk)
        {
            foreach (var finding in earlier.Findings)
            {
                before.TryAdd(Fingerprint(site, target, finding), finding);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in target.Findings)
        {
            var fingerprint = Fingerprint(site, target, finding);
            if (!seen.Add(fingerprint))
            {
                continue;
            }

            if (!before.Remove(fingerprint, out var had))
            {
                changes.Add(Change(site, AuditChangeKind.NewFinding, finding.Rule, null, target.Target, null, AuditNames.Severity(finding.Severity)));
            }
            else if (had.Severity != finding.Severity)
            {
                changes.Add(Change(site, AuditChangeKind.StateChanged, finding.Rule, null, target.Target, AuditNames.Severity(had.Severity), AuditNames.Severity(finding.Severity)));
            }
        }

        foreach (var fixedFinding in before.Values)
        {
            changes.Add(Change(site, AuditChangeKind.FixedFinding, fixedFinding.Rule, null, target.Target, AuditNames.Severity(fixedFinding.Severity), null));
        }
    }

    private static string Key(Obligation obligation) => obligation.Id + "\n" + obligation.Subject?.En;

    private static string Fingerprint(SiteAudit site, TargetReport target, InspectionFinding finding) =>
        FindingFingerprint.Of(site.Id, target.Target, finding.Rule, finding.Evidence);

    private static AuditChange Change(SiteAudit site, AuditChangeKind kind, string? rule, string? obligation, string? target, string? from, string? to) =>
        new(site.Id, site.Name, kind, rule, obligation, target, from, to);
}

using IcpBadge.Deadlines;
using IcpBadge.Localization;
using IcpBadge.Verification;

namespace IcpBadge.Audits.Reports;

/// <summary>What every report shows of a run, worked out once: sites by worst state, their findings and changes.</summary>
internal sealed class ReportView
{
    /// <summary>The rule id of "the page could not be read".</summary>
    public const string UnreachableRule = "NET001";

    /// <summary>How far ahead the timeline of due dates looks.</summary>
    public const int TimelineDays = 90;

    public ReportView(AuditRun run, IReadOnlyList<int> missingShards)
    {
        Run = run;
        MissingShards = missingShards;
        var changes = run.Changes.ToLookup(c => c.SiteId, StringComparer.Ordinal);
        Sites = [.. run.Sites
            .Select(site => new SiteView(site, Standing(site), [.. changes[site.Id]]))
            .OrderBy(s => s.Standing)
            .ThenByDescending(s => s.Site.Overdue + s.Site.Errors)
            .ThenBy(s => s.Site.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Site.Id, StringComparer.Ordinal)];
    }

    public AuditRun Run { get; }

    public AuditSummary Summary => Run.Summary;

    public IReadOnlyList<int> MissingShards { get; }

    public bool IsComplete => MissingShards.Count == 0;

    /// <summary>Worst first; then the most problems; then by name.</summary>
    public IReadOnlyList<SiteView> Sites { get; }

    /// <summary>Error findings on pages that were read (an unreachable page is counted apart).</summary>
    public int VerificationErrors => Run.Sites.Sum(s => s.Targets.Sum(t => t.Findings.Count(IsVerificationError)));

    /// <summary>The run's overall state: the worst of its sites.</summary>
    public SiteStanding Overall => Sites.Count == 0 ? SiteStanding.Ok : Sites[0].Standing;

    /// <summary>Open obligations with a due date before the end of the timeline (overdue ones too), soonest first.</summary>
    public IReadOnlyList<(SiteAudit Site, Obligation Obligation)> UpcomingDues() =>
        [.. Run.Sites
            .SelectMany(site => site.Obligations.Where(o => o.IsOpen && o.Due is { } due && due <= Run.Today.PlusDays(TimelineDays)).Select(o => (site, o)))
            .OrderBy(x => x.o.Due)
            .ThenBy(x => x.site.Name, StringComparer.Ordinal)];

    public static bool IsVerificationError(InspectionFinding finding) =>
        finding.Severity == FindingSeverity.Error && finding.Rule != UnreachableRule;

    public static SiteStanding Standing(SiteAudit site)
    {
        if (site.Overdue > 0)
        {
            return SiteStanding.Overdue;
        }

        if (site.Targets.Any(t => t.Findings.Any(IsVerificationError)))
        {
            return SiteStanding.Error;
        }

        if (site.Unreachable > 0)
        {
            return SiteStanding.Unreachable;
        }

        return site.DueSoon > 0 ? SiteStanding.DueSoon : site.Warnings > 0 ? SiteStanding.Warning : SiteStanding.Ok;
    }

    public static LocalizedText Word(SiteStanding standing) => AuditsText.Get("Report.Standing." + standing);

    /// <summary>"D1 overdue by 3 days", "due in 5 days", "done on …": an obligation's state in words.</summary>
    public static LocalizedText ObligationStatus(Obligation obligation) => obligation.State switch
    {
        ObligationState.Overdue => AuditsText.Format("Report.Obligation.Overdue", obligation.DaysLate ?? 0),
        ObligationState.DueSoon or ObligationState.Pending when obligation.DaysLeft is { } left => AuditsText.Format("Report.Obligation.DaysLeft", left),
        _ => obligation.State.Text(),
    };

    /// <summary>A change in words: "new finding ICP006 on https://…", "D1: Pending → Overdue".</summary>
    public static LocalizedText Describe(AuditChange change)
    {
        var subject = change.Obligation ?? change.Rule ?? "";

        // A state change of an obligation has no page; one of a finding names it after the rule.
        var target = change.Kind == AuditChangeKind.StateChanged ? (change.Target is { } page ? " " + page : "") : change.Target ?? "";
        return AuditsText.Format(
            "Report.Change." + change.Kind,
            subject,
            target,
            StateWord(change.From),
            StateWord(change.To));
    }

    /// <summary>A stored state name (<c>Overdue</c>, <c>error</c>, <c>ok</c>…) in words; "—" for none.</summary>
    public static LocalizedText StateWord(string? state) =>
        state is null ? new LocalizedText("—", "—")
        : Enum.TryParse<ObligationState>(state, ignoreCase: false, out var obligation) ? obligation.Text()
        : state switch
        {
            "error" or "warning" or "info" or "ok" or "unreachable" => AuditsText.Get("Report.State." + state),
            _ => new LocalizedText(state, state),
        };
}

/// <summary>One site in a report: its result, its worst state and its changes since the last run.</summary>
internal sealed record SiteView(SiteAudit Site, SiteStanding Standing, IReadOnlyList<AuditChange> Changes)
{
    public string Anchor { get; } = "site-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Site.Id)).AsSpan(0, 6)).ToLowerInvariant();
}

using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using IcpBadge.Verification;

namespace IcpBadge.Audits;

/// <summary>
/// <c>audit --format text</c>, in one language: a header, then per site its open obligations (overdue, due soon), its
/// pages with their status and findings, then the changes since the last run and a summary line.
/// </summary>
internal static class AuditTextWriter
{
    public static void Write(TextWriter output, AuditRun run, Language language)
    {
        string T(string key, params object?[] arguments) => AuditsText.Format(key, arguments).In(language);

        output.WriteLine(T("Audit.Text.Header", run.RunId, IsoDate.Format(run.Today)));
        foreach (var site in run.Sites)
        {
            output.WriteLine();
            output.WriteLine(T("Audit.Text.Site", site.Name, site.Id));
            foreach (var obligation in site.Obligations.Where(o => o.State is ObligationState.Overdue or ObligationState.DueSoon))
            {
                var title = obligation.Subject is { } subject ? $"{obligation.Definition.Title.In(language)} ({subject.In(language)})" : obligation.Definition.Title.In(language);
                var due = obligation.Due is { } day ? IsoDate.Format(day) : string.Empty;
                var detail = obligation.State == ObligationState.Overdue
                    ? T("Audit.Text.DaysLate", obligation.DaysLate)
                    : T("Audit.Text.DaysLeft", obligation.DaysLeft);
                output.WriteLine($"  {obligation.State.Text().In(language)}  {obligation.Id} {title}  {due}  {detail}");
            }

            foreach (var target in site.Targets)
            {
                var status = target.Status == TargetStatus.Ok ? T("Audit.Text.Reachable") : T("Audit.Text.Unreachable");
                output.WriteLine($"  {target.Target}  {status}");
                foreach (var finding in target.Findings)
                {
                    var evidence = finding.Evidence.Length == 0 ? string.Empty : $" [{finding.Evidence}]";
                    output.WriteLine($"    {finding.Rule} {T("Audit.Text.Severity." + AuditNames.Severity(finding.Severity))}: {finding.Message.In(language)}{evidence}");
                }
            }

            if (site.Targets.Count == 0)
            {
                output.WriteLine("  " + T("Audit.Text.NoPages"));
            }
        }

        output.WriteLine();
        if (run.Changes.Count == 0)
        {
            output.WriteLine(T("Audit.Text.NoChanges"));
        }
        else
        {
            output.WriteLine(T("Audit.Text.Changes"));
            foreach (var change in run.Changes)
            {
                var about = change.Obligation ?? change.Rule ?? string.Empty;
                var where = change.Target is null ? string.Empty : " " + change.Target;
                output.WriteLine($"  {change.Site} ({change.SiteId})  {T("Audit.Text.Kind." + change.Kind)}  {about}{where}  {change.From ?? "-"} → {change.To ?? "-"}");
            }
        }

        var s = run.Summary;
        output.WriteLine(T("Audit.Text.Summary", s.Sites, s.Overdue, s.DueSoon, s.Errors, s.Warnings, s.Unreachable));
    }
}

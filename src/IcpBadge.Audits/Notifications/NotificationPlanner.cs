using IcpBadge.Audits.History;
using IcpBadge.Audits.Reports;
using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using IcpBadge.Verification;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// Works out what a channel has not been told yet. Each site has subjects — an obligation (<c>obligation:D1</c>), a
/// page (<c>page:URL</c>), an error finding (<c>finding:FINGERPRINT:RULE:URL</c>) — and the notifications table
/// holds the state last notified for each. Needing action (overdue, due soon, an error, unreachable) and not yet
/// notified in that state: sent. Notified as needing action and now resolved: sent as fixed. Nothing else.
/// </summary>
internal static class NotificationPlanner
{
    public static IReadOnlyList<NotificationItem> Plan(AuditRun run, IReadOnlyList<NotificationRecord> notified, bool all)
    {
        var last = notified.ToDictionary(r => (r.SiteId, r.Subject), r => r.State);
        var items = new List<NotificationItem>();
        foreach (var site in run.Sites)
        {
            var current = Current(site).ToList();
            var subjects = current.Select(c => c.Subject).ToHashSet(StringComparer.Ordinal);
            foreach (var item in current.Where(c => c.Urgency < Resolved))
            {
                var known = last.TryGetValue((site.Id, item.Subject), out var state);
                if (all || !known || state != item.State)
                {
                    items.Add(known && item.Change.Kind == AuditChangeKind.StateChanged ? item with { Change = item.Change with { From = state } } : item);
                }
            }

            // Resolved: what was notified as needing action and needs none now.
            foreach (var item in current.Where(c => c.Urgency == Resolved))
            {
                if (last.TryGetValue((site.Id, item.Subject), out var state) && NeedsAction(state))
                {
                    items.Add(item with { Change = item.Change with { From = state } });
                }
            }

            foreach (var ((siteId, subject), state) in last)
            {
                if (siteId == site.Id && state == Error && !subjects.Contains(subject) && Fixed(site, subject) is { } fixedItem)
                {
                    items.Add(fixedItem);
                }
            }
        }

        return [.. items.OrderBy(i => i.Urgency).ThenBy(i => i.SiteId, StringComparer.Ordinal).ThenBy(i => i.Subject, StringComparer.Ordinal)];
    }

    private const int Resolved = 9;
    private const string Error = "error";
    private const string Unreachable = "unreachable";

    private static bool NeedsAction(string state) =>
        state is nameof(ObligationState.Overdue) or nameof(ObligationState.DueSoon) or Error or Unreachable;

    /// <summary>Every subject of a site now: those needing action (urgency 0–3) and those that do not (<see cref="Resolved"/>).</summary>
    private static IEnumerable<NotificationItem> Current(SiteAudit site)
    {
        var name = MarkdownReportWriter.Escape(site.Name);
        var id = MarkdownReportWriter.Escape(site.Id);
        foreach (var obligation in site.Obligations)
        {
            var state = obligation.State.ToString();
            var due = obligation.Due is { } d ? IsoDate.Format(d) : "—";
            var title = obligation.Definition.Title;
            var change = new AuditChange(site.Id, site.Name, AuditChangeKind.StateChanged, null, obligation.Id, null, null, state);
            var subject = "obligation:" + obligation.Id;
            yield return obligation.State switch
            {
                ObligationState.Overdue => new(site.Id, subject, state, change, AuditsText.Format("Notify.Line.Overdue", name, id, obligation.Id, title, due, obligation.DaysLate ?? 0), 0),
                ObligationState.DueSoon => new(site.Id, subject, state, change, AuditsText.Format("Notify.Line.DueSoon", name, id, obligation.Id, title, due, obligation.DaysLeft ?? 0), 3),
                _ => new(site.Id, subject, state, change, AuditsText.Format("Notify.Line.Resolved", name, id, obligation.Id, title, obligation.State.Text()), Resolved),
            };
        }

        foreach (var target in site.Targets)
        {
            var url = MarkdownReportWriter.Escape(target.Target);
            var subject = "page:" + target.Target;
            if (target.Status == TargetStatus.Unreachable)
            {
                yield return new(site.Id, subject, Unreachable, new AuditChange(site.Id, site.Name, AuditChangeKind.BecameUnreachable, ReportView.UnreachableRule, null, target.Target, null, Unreachable),
                    AuditsText.Format("Notify.Line.Unreachable", name, id, url), 2);
                continue;
            }

            yield return new(site.Id, subject, "ok", new AuditChange(site.Id, site.Name, AuditChangeKind.BecameReachable, ReportView.UnreachableRule, null, target.Target, Unreachable, "ok"),
                AuditsText.Format("Notify.Line.Reachable", name, id, url), Resolved);
            foreach (var finding in target.Findings.Where(ReportView.IsVerificationError))
            {
                var fingerprint = FindingFingerprint.Of(site.Id, target.Target, finding.Rule, finding.Evidence);
                yield return new(site.Id, $"finding:{fingerprint}:{finding.Rule}:{target.Target}", Error,
                    new AuditChange(site.Id, site.Name, AuditChangeKind.NewFinding, finding.Rule, null, target.Target, null, Error),
                    AuditsText.Format("Notify.Line.Error", name, id, finding.Rule, Escape(finding.Message), url), 1);
            }
        }
    }

    /// <summary>A finding notified before and gone now — unless its page could not be read this time, which says nothing.</summary>
    private static NotificationItem? Fixed(SiteAudit site, string subject)
    {
        var parts = subject.Split(':', 4);
        if (parts.Length != 4 || parts[0] != "finding")
        {
            return null;
        }

        var (rule, target) = (parts[2], parts[3]);
        if (site.Targets.FirstOrDefault(t => t.Target == target) is not { Status: TargetStatus.Ok })
        {
            return null;
        }

        return new(site.Id, subject, "fixed", new AuditChange(site.Id, site.Name, AuditChangeKind.FixedFinding, rule, null, target, Error, null),
            AuditsText.Format("Notify.Line.Fixed", MarkdownReportWriter.Escape(site.Name), MarkdownReportWriter.Escape(site.Id), rule, MarkdownReportWriter.Escape(target)), Resolved);
    }

    private static LocalizedText Escape(LocalizedText text) => new(MarkdownReportWriter.Escape(text.Zh), MarkdownReportWriter.Escape(text.En));
}

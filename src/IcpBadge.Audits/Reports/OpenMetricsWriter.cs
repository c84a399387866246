using System.Globalization;
using System.Text;
using IcpBadge.Verification;

namespace IcpBadge.Audits.Reports;

/// <summary>
/// The run as OpenMetrics text for node_exporter's textfile collector (and any Prometheus scraper): days left per
/// open obligation, findings per site, rule and severity, reachability per page, and when the audit finished; HELP
/// and TYPE lines for every family, label values escaped, and <c># EOF</c>.
/// </summary>
internal static class OpenMetricsWriter
{
    public static string Write(ReportView view)
    {
        var text = new StringBuilder();
        Family(text, "icpbadge_obligation_days_left", "Days until an open filing obligation is due; negative when overdue.");
        foreach (var site in view.Run.Sites)
        {
            foreach (var obligation in site.Obligations.Where(o => o.IsOpen && o.Due is not null))
            {
                var days = obligation.State == Deadlines.ObligationState.Overdue ? -(obligation.DaysLate ?? 0) : obligation.DaysLeft ?? 0;
                Sample(text, "icpbadge_obligation_days_left", [("site", site.Id), ("obligation", obligation.Id), ("state", obligation.State.ToString())], days.ToString(CultureInfo.InvariantCulture));
            }
        }

        Family(text, "icpbadge_findings", "Findings of the latest audit on a site's home pages, by rule and severity.");
        foreach (var site in view.Run.Sites)
        {
            var counts = site.Targets.SelectMany(t => t.Findings)
                .GroupBy(f => (f.Rule, Severity: AuditNames.Severity(f.Severity)))
                .OrderBy(g => g.Key.Rule, StringComparer.Ordinal).ThenBy(g => g.Key.Severity, StringComparer.Ordinal);
            foreach (var group in counts)
            {
                Sample(text, "icpbadge_findings", [("site", site.Id), ("rule", group.Key.Rule), ("severity", group.Key.Severity)], group.Count().ToString(CultureInfo.InvariantCulture));
            }
        }

        Family(text, "icpbadge_site_reachable", "Whether a home page could be read in the latest audit (1) or not (0).");
        foreach (var site in view.Run.Sites)
        {
            foreach (var target in site.Targets)
            {
                Sample(text, "icpbadge_site_reachable", [("site", site.Id), ("target", target.Target)], target.Status == TargetStatus.Ok ? "1" : "0");
            }
        }

        Family(text, "icpbadge_last_audit_timestamp_seconds", "When the latest audit run finished, in Unix seconds.");
        var finished = view.Run.FinishedAt.ToUnixTimeTicks() / (double)TimeSpan.TicksPerSecond;
        Sample(text, "icpbadge_last_audit_timestamp_seconds", [], finished.ToString("0.###", CultureInfo.InvariantCulture));
        text.Append("# EOF\n");
        return text.ToString();
    }

    private static void Family(StringBuilder text, string name, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(" gauge\n");

    private static void Sample(StringBuilder text, string name, (string Name, string Value)[] labels, string value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{');
            for (var i = 0; i < labels.Length; i++)
            {
                text.Append(i == 0 ? "" : ",").Append(labels[i].Name).Append("=\"").Append(EscapeLabel(labels[i].Value)).Append('"');
            }

            text.Append('}');
        }

        text.Append(' ').Append(value).Append('\n');
    }

    /// <summary>A label value as OpenMetrics writes it: <c>\</c>, <c>"</c> and line feeds escaped.</summary>
    public static string EscapeLabel(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

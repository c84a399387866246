using System.Text.Encodings.Web;
using System.Text.Json;
using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using IcpBadge.Deadlines.Reports;
using IcpBadge.Localization;

namespace IcpBadge.Audits.History;

/// <summary>What <c>icp-badge history</c> prints: per site its last run, last clean run, open findings with when each was first seen, and obligations.</summary>
/// <example>
/// <code>
/// var sites = await history.GetSiteHistoryAsync();
/// SiteHistoryReport.WriteJson(Console.OpenStandardOutput(), sites);
/// </code>
/// </example>
public static class SiteHistoryReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes <c>{ "sites": [ { "site", "id", "lastRun", "lastCleanRun", "openFindings": [ { "rule", "target",
    /// "severity", "evidence", "firstSeen", "firstSeenRun" } ], "obligations": [ … as deadlines … ], "evidence": [ … as
    /// audit … ] } ] }</c> and a newline; a run is
    /// <c>{ "runId", "today", "startedAt" }</c> or <c>null</c>, times with <c>+08:00</c>.
    /// </summary>
    public static void WriteJson(Stream output, IReadOnlyList<SiteHistory> sites)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sites);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("sites");
            foreach (var site in sites)
            {
                json.WriteStartObject();
                json.WriteString("site", site.Name);
                json.WriteString("id", site.Id);
                WriteRun(json, "lastRun", site.LastRun);
                WriteRun(json, "lastCleanRun", site.LastCleanRun);
                json.WriteStartArray("openFindings");
                foreach (var finding in site.OpenFindings)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", finding.Rule);
                    json.WriteString("target", finding.Target);
                    json.WriteString("severity", AuditNames.Severity(finding.Severity));
                    json.WriteString("evidence", finding.Evidence);
                    json.WriteString("firstSeen", AuditTime.Format(finding.FirstSeen));
                    json.WriteString("firstSeenRun", finding.FirstSeenRunId);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("obligations");
                foreach (var obligation in site.Obligations)
                {
                    DeadlinesJsonWriter.WriteObligation(json, obligation);
                }

                json.WriteEndArray();
                AuditJsonWriter.WriteEvidence(json, site.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes <paramref name="sites"/> in <paramref name="format"/> onto <paramref name="output"/>: what <c>history --format text|json</c> prints.</summary>
    public static void Write(TextWriter output, IReadOnlyList<SiteHistory> sites, AuditReportFormat format, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == AuditReportFormat.Json)
        {
            JsonOntoText.Write(output, stream => WriteJson(stream, sites));
        }
        else
        {
            WriteText(output, sites, language);
        }
    }

    /// <summary>Writes one block per site in <paramref name="language"/>: last run, last clean run, open findings since when, open obligations.</summary>
    public static void WriteText(TextWriter output, IReadOnlyList<SiteHistory> sites, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sites);
        string T(string key, params object?[] arguments) => AuditsText.Format(key, arguments).In(language);
        if (sites.Count == 0)
        {
            output.WriteLine(T("History.Text.Empty"));
            return;
        }

        foreach (var site in sites)
        {
            output.WriteLine(T("Audit.Text.Site", site.Name, site.Id));
            output.WriteLine("  " + T("History.Text.LastRun", IsoDate.Format(site.LastRun.Today), site.LastRun.RunId));
            output.WriteLine("  " + (site.LastCleanRun is { } clean
                ? T("History.Text.LastClean", IsoDate.Format(clean.Today), clean.RunId)
                : T("History.Text.NeverClean")));
            foreach (var finding in site.OpenFindings)
            {
                var since = IsoDate.Format(finding.FirstSeen.InZone(ChinaTime.Zone).Date);
                output.WriteLine("  " + T("History.Text.Finding", finding.Rule, T("Audit.Text.Severity." + AuditNames.Severity(finding.Severity)), finding.Target, since));
            }

            foreach (var obligation in site.Obligations.Where(o => o.IsOpen))
            {
                var due = obligation.Due is { } day ? IsoDate.Format(day) : string.Empty;
                output.WriteLine($"  {obligation.State.Text().In(language)}  {obligation.Id} {obligation.Definition.Title.In(language)}  {due}");
            }
        }
    }

    private static void WriteRun(Utf8JsonWriter json, string name, RunReference? run)
    {
        if (run is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("runId", run.RunId);
        json.WriteString("today", IsoDate.Format(run.Today));
        json.WriteString("startedAt", AuditTime.Format(run.StartedAt));
        json.WriteEndObject();
    }
}

using System.Text.Json;

namespace IcpBadge.Verification;

/// <summary>
/// One target as <c>verify --format json</c> writes it — <c>target</c>, <c>finalUrl</c>, <c>status</c> and
/// <c>findings</c> (each with <c>rule</c>, <c>severity</c>, <c>message</c>, <c>messages</c> and <c>evidence</c>) —
/// for documents that embed targets (audits).
/// </summary>
public static class TargetReportJson
{
    /// <summary>Writes <paramref name="report"/> as one JSON object (an array item) on <paramref name="json"/>.</summary>
    public static void Write(Utf8JsonWriter json, TargetReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        json.WriteStartObject();
        json.WriteString("target", report.Target);
        json.WriteString("finalUrl", report.FinalUrl);
        json.WriteString("status", ReportNames.Status(report.Status));
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", finding.Rule);
            json.WriteString("severity", ReportNames.Severity(finding.Severity));
            json.WriteString("message", finding.MessageEn);
            json.WriteStartObject("messages");
            json.WriteString("zh", finding.MessageZh);
            json.WriteString("en", finding.MessageEn);
            json.WriteEndObject();
            json.WriteString("evidence", finding.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}

using System.Text.Json;

namespace IcpBadge.Verification;

/// <summary><c>verify --format json</c>: targets with their findings (each message in English, and in both languages under <c>messages</c>), a summary, then a newline.</summary>
/// <remarks>
/// A site of thousands of pages makes megabytes of JSON: it is written straight to the stream as it is produced, and
/// the writer hands its bytes on at <see cref="FlushBytes"/>, so its own buffer never grows with the number of targets.
/// </remarks>
internal static class JsonReportWriter
{
    private const int FlushBytes = 1 << 16;

    public static void Write(Stream output, IReadOnlyList<TargetReport> reports)
    {
        using (var json = new Utf8JsonWriter(output, ReportJson.Options))
        {
            WriteReport(json, reports);
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteReport(Utf8JsonWriter json, IReadOnlyList<TargetReport> reports)
    {
        var errors = 0;
        var warnings = 0;
        json.WriteStartObject();
        json.WriteStartArray("targets");
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                errors += finding.Severity == FindingSeverity.Error ? 1 : 0;
                warnings += finding.Severity == FindingSeverity.Warning ? 1 : 0;
            }

            TargetReportJson.Write(json, report);
            if (json.BytesPending >= FlushBytes)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("targets", reports.Count);
        json.WriteNumber("errors", errors);
        json.WriteNumber("warnings", warnings);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}

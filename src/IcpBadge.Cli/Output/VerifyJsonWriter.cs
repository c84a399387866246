using System.Text;
using System.Text.Json;
using IcpBadge.Verification;

namespace IcpBadge.Cli.Output;

/// <summary><c>verify --format json</c>, exactly the shape of SPEC §5.</summary>
/// <remarks>
/// A site of thousands of pages makes megabytes of JSON. On standard output (a UTF-8 <see cref="StreamWriter"/>) it is
/// written straight to the stream as it is produced, instead of into a byte buffer that becomes a string that is
/// encoded again; the bytes are the same either way.
/// </remarks>
internal static class VerifyJsonWriter
{
    // The writer hands its bytes on at this size, so its own buffer never grows with the number of targets.
    private const int FlushBytes = 1 << 16;

    public static void Write(TextWriter output, IReadOnlyList<VerifyTargetReport> reports)
    {
        if (output is StreamWriter { Encoding: UTF8Encoding } stdout)
        {
            stdout.Flush();
            using (var json = new Utf8JsonWriter(stdout.BaseStream, NumberJsonWriter.Options))
            {
                WriteReport(json, reports);
            }

            stdout.BaseStream.WriteByte((byte)'\n');
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, NumberJsonWriter.Options))
        {
            WriteReport(json, reports);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    private static void WriteReport(Utf8JsonWriter json, IReadOnlyList<VerifyTargetReport> reports)
    {
        var errors = 0;
        var warnings = 0;
        json.WriteStartObject();
        json.WriteStartArray("targets");
        foreach (var report in reports)
        {
            json.WriteStartObject();
            json.WriteString("target", report.Target);
            json.WriteString("finalUrl", report.FinalUrl);
            json.WriteString("status", report.Status);
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                errors += finding.Severity == FindingSeverity.Error ? 1 : 0;
                warnings += finding.Severity == FindingSeverity.Warning ? 1 : 0;
                json.WriteStartObject();
                json.WriteString("rule", finding.Rule);
                json.WriteString("severity", VerifyTextWriter.SeverityName(finding.Severity));
                json.WriteString("message", finding.MessageEn);
                json.WriteString("evidence", finding.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
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

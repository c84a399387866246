using System.Text.Encodings.Web;
using System.Text.Json;
using IcpBadge.Configuration;
using IcpBadge.Deadlines.Reports;
using IcpBadge.Verification;

namespace IcpBadge.Audits;

/// <summary><c>audit --format json</c>: the run, its sites (obligations as <c>deadlines</c>, targets as <c>verify</c>, evidence), changes and summary.</summary>
internal static class AuditJsonWriter
{
    private const int FlushBytes = 1 << 16;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, AuditRun run)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("runId", run.RunId);
            json.WriteString("startedAt", AuditTime.Format(run.StartedAt));
            json.WriteString("finishedAt", AuditTime.Format(run.FinishedAt));
            json.WriteString("today", IsoDate.Format(run.Today));
            if (run.Shard is { } shard)
            {
                json.WriteStartObject("shard");
                json.WriteNumber("index", shard.Index);
                json.WriteNumber("count", shard.Count);
                json.WriteEndObject();
            }

            json.WriteStartArray("sites");
            foreach (var site in run.Sites)
            {
                WriteSite(json, site);
                if (json.BytesPending >= FlushBytes)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("changes");
            foreach (var change in run.Changes)
            {
                WriteChange(json, change);
            }

            json.WriteEndArray();
            var summary = run.Summary;
            json.WriteStartObject("summary");
            json.WriteNumber("sites", summary.Sites);
            json.WriteNumber("overdue", summary.Overdue);
            json.WriteNumber("dueSoon", summary.DueSoon);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("unreachable", summary.Unreachable);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteSite(Utf8JsonWriter json, SiteAudit site)
    {
        json.WriteStartObject();
        json.WriteString("site", site.Name);
        json.WriteString("id", site.Id);
        json.WriteStartArray("obligations");
        foreach (var obligation in site.Obligations)
        {
            DeadlinesJsonWriter.WriteObligation(json, obligation);
        }

        json.WriteEndArray();
        json.WriteStartArray("targets");
        foreach (var target in site.Targets)
        {
            TargetReportJson.Write(json, target);
        }

        json.WriteEndArray();
        WriteEvidence(json, site.Evidence);
        json.WriteEndObject();
    }

    /// <summary>The <c>evidence</c> array: per target its files (kind, path, SHA-256, size) and notes; <c>history --format json</c> writes the same.</summary>
    internal static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<EvidenceEntry> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var entry in evidence)
        {
            json.WriteStartObject();
            json.WriteString("target", entry.Target);
            json.WriteStartArray("files");
            foreach (var file in entry.Files)
            {
                json.WriteStartObject();
                json.WriteString("kind", file.Kind);
                json.WriteString("path", file.Path);
                json.WriteString("sha256", file.Sha256);
                json.WriteNumber("bytes", file.Bytes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in entry.Notes)
            {
                json.WriteStartObject();
                json.WriteString("zh", note.Zh);
                json.WriteString("en", note.En);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>One change as the <c>changes</c> array holds it (the notify webhook sends the same objects).</summary>
    internal static void WriteChange(Utf8JsonWriter json, AuditChange change)
    {
        json.WriteStartObject();
        json.WriteString("site", change.Site);
        json.WriteString("id", change.SiteId);
        json.WriteString("kind", change.Kind.ToString());
        if (change.Obligation is { } obligation)
        {
            json.WriteString("obligation", obligation);
        }
        else
        {
            WriteStringOrNull(json, "rule", change.Rule);
        }

        WriteStringOrNull(json, "target", change.Target);
        WriteStringOrNull(json, "from", change.From);
        WriteStringOrNull(json, "to", change.To);
        json.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}

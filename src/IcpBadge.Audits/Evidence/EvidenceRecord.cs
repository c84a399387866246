using System.Globalization;
using System.Text.Json;
using IcpBadge.Localization;

namespace IcpBadge.Audits.Evidence;

/// <summary>Writes a target's <c>evidence.json</c>: what was asked, what came back, and the hash of each file kept.</summary>
internal static class EvidenceRecord
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The time as <c>2026-12-03T17:30:05+08:00</c>: China time, to the second.</summary>
    public static string ChinaTimestamp(DateTimeOffset time) =>
        time.ToOffset(ChinaOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static byte[] Write(Uri url, Uri finalUrl, DateTimeOffset fetchedAt, int? status, IReadOnlyDictionary<string, string> headers, IReadOnlyList<EvidenceFile> files, LocalizedText? screenshotNote)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("url", url.AbsoluteUri);
            writer.WriteString("finalUrl", finalUrl.AbsoluteUri);
            writer.WriteString("fetchedAt", ChinaTimestamp(fetchedAt));
            if (status is { } code)
            {
                writer.WriteNumber("status", code);
            }
            else
            {
                writer.WriteNull("status");
            }

            writer.WriteStartObject("headers");
            foreach (var (name, value) in headers.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
            writer.WritePropertyName("files");
            WriteFiles(writer, files);
            writer.WritePropertyName("screenshotNote");
            WriteText(writer, screenshotNote);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static void WriteFiles(Utf8JsonWriter writer, IReadOnlyList<EvidenceFile> files)
    {
        writer.WriteStartArray();
        foreach (var file in files)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", file.Kind);
            writer.WriteString("name", file.Name);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteNumber("bytes", file.Length);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteText(Utf8JsonWriter writer, LocalizedText? text)
    {
        if (text is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("zh", text.Zh);
        writer.WriteString("en", text.En);
        writer.WriteEndObject();
    }
}

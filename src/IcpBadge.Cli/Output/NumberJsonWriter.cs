using System.Text.Encodings.Web;
using System.Text.Json;

namespace IcpBadge.Cli.Output;

/// <summary>Writes <c>icp-badge number --format json</c>: an array, one object per input, in input order.</summary>
internal static class NumberJsonWriter
{
    /// <summary>Chinese stays readable; the output is data, never embedded in HTML.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, IEnumerable<NumberExplanation> explanations)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var item in explanations)
            {
                WriteOne(json, item);
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteOne(Utf8JsonWriter json, NumberExplanation item)
    {
        json.WriteStartObject();
        json.WriteString("input", item.Input);
        json.WriteBoolean("valid", item.Valid);
        json.WriteStringOrNull("kind", item.Kind?.ToString());
        if (item.Province is { } province)
        {
            json.WriteStartObject("province");
            json.WriteString("code", province.CodeText);
            json.WriteString("name", province.Name);
            json.WriteString("icpAbbr", province.IcpAbbreviation.ToString());
            json.WriteString("policeAbbr", province.PoliceAbbreviation.ToString());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("province");
        }

        json.WriteStringOrNull("canonical", item.Canonical);
        json.WriteStringOrNull("main", item.Main);
        json.WriteStringOrNull("link", item.Link?.AbsoluteUri);
        json.WriteStartArray("normalizations");
        foreach (var normalization in item.Normalizations)
        {
            json.WriteStringValue(normalization.ToString());
        }

        json.WriteEndArray();
        json.WriteStringOrNull("error", item.Error);
        json.WriteEndObject();
    }
}

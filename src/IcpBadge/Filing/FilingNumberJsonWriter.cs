using System.Text.Json;

namespace IcpBadge.Filing;

/// <summary>
/// Explanations of numbers as JSON (what <c>icp-badge number --format json</c> writes): an array, one object per input
/// in input order, with <c>input</c>, <c>valid</c>, <c>kind</c>, <c>province</c> (<c>code</c>, <c>name</c>,
/// <c>icpAbbr</c>, <c>policeAbbr</c>), <c>canonical</c>, <c>main</c>, <c>link</c>, <c>normalizations</c> and
/// <c>error</c>; every key is present, null when it does not apply.
/// </summary>
/// <example>
/// <code>
/// FilingNumberJsonWriter.Write(stream, ["京ICP备12345678号-1", "粤B2-20190762"].Select(FilingNumberExplanation.For));
/// </code>
/// </example>
public static class FilingNumberJsonWriter
{
    /// <summary>Writes the array to <paramref name="output"/> (no newline after it), which stays open.</summary>
    public static void Write(Stream output, IEnumerable<FilingNumberExplanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(explanations);
        using var json = new Utf8JsonWriter(output, JsonOutput.Options);
        json.WriteStartArray();
        foreach (var item in explanations)
        {
            WriteOne(json, item);
        }

        json.WriteEndArray();
    }

    private static void WriteOne(Utf8JsonWriter json, FilingNumberExplanation item)
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

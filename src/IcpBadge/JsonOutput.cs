using System.Text.Encodings.Web;
using System.Text.Json;

namespace IcpBadge;

/// <summary>What the core's JSON documents share: one writer setting and the "key present, value null" convention.</summary>
internal static class JsonOutput
{
    /// <summary>Indented; Chinese written as itself, not as <c>\u</c> escapes: the output is data, never embedded in HTML.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a string property, or <c>null</c> when there is no value (keys stay present, as the documented shapes promise).</summary>
    public static void WriteStringOrNull(this Utf8JsonWriter json, string name, string? value)
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

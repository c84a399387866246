using System.Text.Json;

namespace IcpBadge.Cli.Output;

/// <summary>Small helpers the JSON outputs share.</summary>
internal static class JsonWriterExtensions
{
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

using System.Text.Json;

namespace IcpBadge.Cli.Output;

/// <summary>Writes a starter configuration: the fields given, plus the dates still to fill in as nulls so they are easy to find.</summary>
internal static class InitFileWriter
{
    public static byte[] Write(IcpBadgeOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, NumberJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteStartObject(IcpBadgeOptions.SectionName);

            json.WriteStartObject("Site");
            Write(json, "Name", options.Site.Name);
            Write(json, "Province", options.Site.Province);
            Write(json, "LaunchedOn", options.Site.LaunchedOn);
            json.WriteBoolean("Commercial", false);
            json.WriteEndObject();

            json.WriteStartObject("Icp");
            Write(json, "Number", options.Icp.Number);
            Write(json, "ApprovedOn", null);
            Write(json, "Display", options.Icp.Display);
            Write(json, "DisplayedOn", options.Icp.DisplayedOn);
            json.WriteEndObject();

            json.WriteStartObject("Police");
            Write(json, "Number", options.Police.Number);
            Write(json, "SubmittedOn", null);
            Write(json, "ApprovedOn", null);
            Write(json, "DisplayedOn", null);
            Write(json, "Icon", options.Police.Icon);
            json.WriteEndObject();

            json.WriteStartObject("Copyright");
            Write(json, "Holder", options.Copyright.Holder);
            if (options.Copyright.Since is { } since)
            {
                json.WriteNumber("Since", since);
            }

            json.WriteEndObject();

            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter json, string name, string? value)
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

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
            json.WriteStringOrNull("Name", options.Site.Name);
            json.WriteStringOrNull("Province", options.Site.Province);
            json.WriteStringOrNull("LaunchedOn", options.Site.LaunchedOn);
            json.WriteBoolean("Commercial", false);
            json.WriteEndObject();

            json.WriteStartObject("Icp");
            json.WriteStringOrNull("Number", options.Icp.Number);
            json.WriteStringOrNull("ApprovedOn", null);
            json.WriteStringOrNull("Display", options.Icp.Display);
            json.WriteStringOrNull("DisplayedOn", options.Icp.DisplayedOn);
            json.WriteEndObject();

            json.WriteStartObject("Police");
            json.WriteStringOrNull("Number", options.Police.Number);
            json.WriteStringOrNull("SubmittedOn", null);
            json.WriteStringOrNull("ApprovedOn", null);
            json.WriteStringOrNull("DisplayedOn", null);
            json.WriteStringOrNull("Icon", options.Police.Icon);
            json.WriteEndObject();

            json.WriteStartObject("Copyright");
            json.WriteStringOrNull("Holder", options.Copyright.Holder);
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
}

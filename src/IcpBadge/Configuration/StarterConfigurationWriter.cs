using System.Text.Json;

namespace IcpBadge.Configuration;

/// <summary>
/// A starter <c>icpbadge.json</c> (what <c>icp-badge init</c> writes): the <c>IcpBadge</c> section with the fields
/// given, and the dates still to fill in written as nulls so they are easy to find.
/// </summary>
/// <example>
/// <code>
/// using var file = File.Create("icpbadge.json");
/// StarterConfigurationWriter.Write(file, new IcpBadgeOptions { Icp = { Number = "京ICP备12345678号-1" } });
/// </code>
/// </example>
public static class StarterConfigurationWriter
{
    /// <summary>Writes the configuration file, ending with a newline, to <paramref name="output"/>, which stays open.</summary>
    public static void Write(Stream output, IcpBadgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using (var json = new Utf8JsonWriter(output, JsonOutput.Options))
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
            json.WriteStringOrNull("ApprovedOn", options.Police.ApprovedOn);
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

        output.WriteByte((byte)'\n');
    }
}

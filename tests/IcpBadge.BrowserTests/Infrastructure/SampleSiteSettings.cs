using System.Text.Json;

namespace IcpBadge.BrowserTests.Infrastructure;

/// <summary>The expected footer values, read from the <c>appsettings.json</c> the running sample site uses.</summary>
public sealed record SampleSiteSettings(string IcpNumber, string PoliceNumber, string CopyrightHolder)
{
    /// <summary>The digits of the police filing number: the <c>code</c> of its public record.</summary>
    public string PoliceCode => string.Concat(PoliceNumber.Where(char.IsAsciiDigit));

    /// <summary>Reads <c>IcpBadge:Icp:Number</c>, <c>IcpBadge:Police:Number</c> and <c>IcpBadge:Copyright:Holder</c>.</summary>
    public static SampleSiteSettings Load(string appSettingsPath)
    {
        using var document = JsonDocument.Parse(
            File.ReadAllText(appSettingsPath),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var section = document.RootElement.GetProperty("IcpBadge");
        return new SampleSiteSettings(
            Read(section, "Icp", "Number"),
            Read(section, "Police", "Number"),
            Read(section, "Copyright", "Holder"));

        string Read(JsonElement element, string group, string name) =>
            element.GetProperty(group).GetProperty(name).GetString() is { Length: > 0 } value
                ? value
                : throw new InvalidDataException($"IcpBadge:{group}:{name} is empty in {appSettingsPath}.");
    }
}

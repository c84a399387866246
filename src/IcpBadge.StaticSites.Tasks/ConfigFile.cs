using System.Text;
using System.Text.Json;
using IcpBadge.Configuration;
using IcpBadge.Localization;

namespace IcpBadge.StaticSites.Tasks;

/// <summary>
/// Reads <c>icpbadge.json</c> (its <c>IcpBadge</c> section, as <c>icp-badge inject --config</c> reads it) into a
/// validated profile, through the core's one inventory reader: the section becomes a one-site inventory, so the file
/// accepts exactly what the configuration binder and every other front-end accept.
/// </summary>
internal static class ConfigFile
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The profile, or one line per problem (naming the file and the field) in <paramref name="language"/>.</summary>
    public static SiteProfile? Load(string path, Language language, out IReadOnlyList<string> problems)
    {
        problems = [];
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            problems = [StaticSitesText.Format("Build.ConfigMissing", fullPath).In(language)];
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(fullPath), Lenient);
            var section = document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().FirstOrDefault(p => p.NameEquals(IcpBadgeOptions.SectionName) || string.Equals(p.Name, IcpBadgeOptions.SectionName, StringComparison.OrdinalIgnoreCase))
                : default;
            if (section.Value.ValueKind != JsonValueKind.Object)
            {
                problems = [StaticSitesText.Format("Build.ConfigNoSection", fullPath, IcpBadgeOptions.SectionName).In(language)];
                return null;
            }

            using var inventory = new MemoryStream(Encoding.UTF8.GetBytes($$"""{ "Sites": [ {{section.Value.GetRawText()}} ] }"""));
            var result = SiteInventory.Read(inventory, Path.GetDirectoryName(fullPath), fullPath).Single();
            if (result.Success)
            {
                return result.Profile;
            }

            // "[site 0 "name"] Sites:0:Icp:Number" is the inventory's path; in this file the field is "IcpBadge:Icp:Number".
            problems = [.. result.Problems.Select(p => $"{fullPath}: {Field(p.Path)}: {p.Text.In(language)}")];
            return null;
        }
        catch (Exception exception) when (exception is JsonException or InventoryFormatException or IOException or UnauthorizedAccessException)
        {
            problems = [$"{fullPath}: {exception.Message}"];
            return null;
        }
    }

    private static string Field(string inventoryPath)
    {
        const string Site = "Sites:0";
        var at = inventoryPath.IndexOf(Site, StringComparison.Ordinal);
        return at < 0 ? inventoryPath : IcpBadgeOptions.SectionName + inventoryPath[(at + Site.Length)..];
    }
}

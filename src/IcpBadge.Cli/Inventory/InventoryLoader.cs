using System.Text.Json;
using IcpBadge.Configuration;

namespace IcpBadge.Cli.Inventory;

/// <summary>
/// Reads an inventory and validates every site, collecting every problem of every site (index and name, field path,
/// value, rule) before reporting failure.
/// </summary>
internal static class InventoryLoader
{
    public static (List<InventorySite> Sites, List<string> Problems) Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var sites = new List<InventorySite>();
        var problems = new List<string>();
        if (!File.Exists(fullPath))
        {
            problems.Add($"--inventory = '{path}': the inventory file {fullPath} does not exist.");
            return (sites, problems);
        }

        InventoryDocument? document;
        try
        {
            using var stream = File.OpenRead(fullPath);
            document = JsonSerializer.Deserialize(stream, InventoryJsonContext.Default.InventoryDocument);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
            problems.Add($"--inventory = '{path}': not a valid inventory{where}: {ToConfigurationPath(exception.Path)}{exception.Message.Split(" Path:")[0]}");
            return (sites, problems);
        }

        if (document is null || document.Sites.Count == 0)
        {
            problems.Add($"--inventory = '{path}': no sites: the file must look like {{ \"Sites\": [ {{ \"Icp\": {{ \"Number\": \"京ICP备12345678号-1\" }} }} ] }}.");
            return (sites, problems);
        }

        var baseDirectory = Path.GetDirectoryName(fullPath);
        for (var i = 0; i < document.Sites.Count; i++)
        {
            var options = document.Sites[i] ?? new IcpBadgeOptions();
            var result = SiteProfile.Create(options, $"Sites:{i}", baseDirectory);
            if (result.Success)
            {
                sites.Add(new InventorySite(fullPath, i, result.Profile));
                continue;
            }

            var name = string.IsNullOrWhiteSpace(options.Site?.Name) ? string.Empty : $" \"{options.Site.Name.Trim()}\"";
            problems.AddRange(result.Problems.Select(p => $"[site {i}{name}] {p}"));
        }

        return (sites, problems);
    }

    /// <summary><c>$.Sites[3].Icp.Number</c> → <c>Sites:3:Icp:Number: </c>.</summary>
    private static string ToConfigurationPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$"
            ? string.Empty
            : jsonPath.TrimStart('$', '.').Replace("[", ":", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', ':') + ": ";
}

using System.Text.Json;
using IcpBadge.Configuration;

namespace IcpBadge.Cli.Inventory;

/// <summary>
/// Reads an inventory and validates every site, collecting every problem of every site (index and name, field path,
/// value, rule) before reporting failure. Sites are read one at a time, so a large inventory never holds every
/// site's raw options at once.
/// </summary>
internal static class InventoryLoader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Every valid site of the inventory, and every problem.</summary>
    public static (List<InventorySite> Sites, List<string> Problems) Load(string path)
    {
        var sites = new List<InventorySite>();
        var problems = new List<string>();
        Read(path, sites.Add, problems);
        return (sites, problems);
    }

    /// <summary>
    /// Hands each valid site to <paramref name="onSite"/> as soon as it is read and adds every problem to
    /// <paramref name="problems"/>. A file that is not valid JSON gives that one problem alone.
    /// </summary>
    public static void Read(string path, Action<InventorySite> onSite, List<string> problems)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            problems.Add($"--inventory = '{path}': the inventory file {fullPath} does not exist.");
            return;
        }

        var json = File.ReadAllBytes(fullPath).AsSpan();
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        var reader = new Utf8JsonReader(json, ReaderOptions);
        var firstProblem = problems.Count;
        var count = 0;
        var siteStart = -1L;
        try
        {
            ReadSites(ref reader, Path.GetDirectoryName(fullPath)!, fullPath, onSite, problems, ref count, ref siteStart);
        }
        catch (JsonException exception)
        {
            // Inside a site the serializer counts lines from the site's first line.
            var linesBefore = siteStart < 0 ? 0 : json[..(int)siteStart].Count((byte)'\n');
            problems.RemoveRange(firstProblem, problems.Count - firstProblem);
            problems.Add(NotValid(path, exception, siteStart < 0 ? string.Empty : $"Sites:{count}:", linesBefore));
            return;
        }

        if (count == 0)
        {
            problems.Add($"--inventory = '{path}': no sites: the file must look like {{ \"Sites\": [ {{ \"Icp\": {{ \"Number\": \"京ICP备12345678号-1\" }} }} ] }}.");
        }
    }

    /// <summary>
    /// Reads <c>Sites</c>; <paramref name="count"/> and <paramref name="siteStart"/> (the byte offset of the site
    /// being parsed, else -1) say where a JSON error happened.
    /// </summary>
    private static void ReadSites(
        ref Utf8JsonReader reader, string baseDirectory, string source, Action<InventorySite> onSite, List<string> problems, ref int count, ref long siteStart)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("an inventory is a JSON object: { \"Sites\": [ ... ] }.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSites = string.Equals(reader.GetString(), "Sites", StringComparison.OrdinalIgnoreCase);
            reader.Read();
            if (!isSites || reader.TokenType == JsonTokenType.Null)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("Sites must be an array of sites.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                siteStart = reader.TokenStartIndex;
                var options = reader.TokenType == JsonTokenType.Null
                    ? new IcpBadgeOptions()
                    : JsonSerializer.Deserialize(ref reader, InventoryJsonContext.Default.IcpBadgeOptions) ?? new IcpBadgeOptions();
                siteStart = -1;
                var result = SiteProfile.Create(options, $"Sites:{count}", baseDirectory);
                if (result.Success)
                {
                    onSite(new InventorySite(source, count, result.Profile));
                }
                else
                {
                    var name = string.IsNullOrWhiteSpace(options.Site?.Name) ? string.Empty : $" \"{options.Site.Name.Trim()}\"";
                    foreach (var problem in result.Problems)
                    {
                        problems.Add($"[site {count}{name}] {problem}");
                    }
                }

                count++;
            }
        }

        // Reading past the end makes the reader check that nothing but whitespace and comments follows.
        reader.Read();
    }

    private static string NotValid(string path, JsonException exception, string site, int linesBefore = 0)
    {
        var where = exception.LineNumber is { } line ? $" (line {linesBefore + line + 1})" : string.Empty;
        return $"--inventory = '{path}': not a valid inventory{where}: {site}{ToConfigurationPath(exception.Path)}{exception.Message.Split(" Path:")[0]}";
    }

    /// <summary><c>$.Icp.Number</c> → <c>Icp:Number: </c>.</summary>
    private static string ToConfigurationPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$"
            ? string.Empty
            : jsonPath.TrimStart('$', '.').Replace("[", ":", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', ':') + ": ";
}

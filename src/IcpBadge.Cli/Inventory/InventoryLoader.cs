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
        try
        {
            ReadSites(ref reader, Path.GetDirectoryName(fullPath)!, fullPath, onSite, problems, ref count);
        }
        catch (JsonException exception)
        {
            problems.RemoveRange(firstProblem, problems.Count - firstProblem);
            var where = exception.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
            problems.Add($"--inventory = '{path}': not a valid inventory{where}: {ReaderMessage(exception)}");
            return;
        }
        catch (InventoryJsonException exception)
        {
            problems.RemoveRange(firstProblem, problems.Count - firstProblem);
            var line = json[..(int)exception.Offset].Count((byte)'\n') + 1;
            problems.Add($"--inventory = '{path}': not a valid inventory (line {line}): Sites:{count}:{exception.Field}: {exception.Reason}");
            return;
        }

        if (count == 0)
        {
            problems.Add($"--inventory = '{path}': no sites: the file must look like {{ \"Sites\": [ {{ \"Icp\": {{ \"Number\": \"京ICP备12345678号-1\" }} }} ] }}.");
        }
    }

    /// <summary>Reads <c>Sites</c>; <paramref name="count"/> says which site a JSON error is in.</summary>
    private static void ReadSites(
        ref Utf8JsonReader reader, string baseDirectory, string source, Action<InventorySite> onSite, List<string> problems, ref int count)
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
                var options = InventorySiteReader.Read(ref reader);
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

    /// <summary>The reader's own sentence, without the position and path it appends (the line is given already).</summary>
    private static string ReaderMessage(JsonException exception) =>
        exception.Message.Split([" Path:", " LineNumber:"], 2, StringSplitOptions.None)[0];
}

using IcpBadge.Configuration.Inventory;
using IcpBadge.Localization;

namespace IcpBadge.Configuration;

/// <summary>
/// Reads an inventory, <c>{ "Sites": [ &lt;site&gt;, ... ] }</c>, each site in the configuration schema (as in
/// <c>icpbadge.json</c>) without the <c>IcpBadge</c> wrapper. It accepts what the configuration binder accepts for an <c>IcpBadge</c>
/// section: names in any letter case, unknown names ignored, <c>null</c> meaning "not given".
/// </summary>
/// <example>
/// <code>
/// using var file = File.OpenRead("sites.json");
/// foreach (var site in SiteInventory.Read(file, baseDirectory: ".", sourceName: "sites.json"))
/// {
///     if (site.Success) { Console.WriteLine(site.Profile.Name); }
///     else { site.Problems.ToList().ForEach(Console.Error.WriteLine); }
/// }
/// </code>
/// </example>
public static class SiteInventory
{
    /// <summary>
    /// Reads the sites of an inventory lazily, in file order: one result per site, its validated
    /// <see cref="SiteProfileResult.Profile"/> or its <see cref="SiteProfileResult.Problems"/>, whose paths start with
    /// <c>[site N "name"] Sites:N:</c> (N counts from 0; the name is the site's <c>Site:Name</c>, when it has one).
    /// </summary>
    /// <param name="stream">The inventory, UTF-8 JSON (a byte order mark is skipped; comments and trailing commas are allowed). Read to its end on the first step of the enumeration; not closed.</param>
    /// <param name="baseDirectory">Where relative file paths of the sites (the emblem, the holiday list) are resolved; the current directory when null.</param>
    /// <param name="sourceName">What to call the inventory in an <see cref="InventoryFormatException"/>'s message, e.g. its file name.</param>
    /// <returns>The sites, read and validated one at a time as the sequence is enumerated.</returns>
    /// <exception cref="InventoryFormatException">While enumerating: the stream is not an inventory (not JSON, or a value of the wrong JSON type); the message names the line.</exception>
    public static IEnumerable<SiteProfileResult> Read(Stream stream, string? baseDirectory = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadSites(stream, baseDirectory ?? Directory.GetCurrentDirectory(), sourceName);
    }

    /// <summary>
    /// Reads the inventory file at <paramref name="path"/> like <see cref="Read"/>, resolving the sites' relative
    /// paths against the file's folder and naming the file as given in messages. The file is opened on the first
    /// step of the enumeration and closed when it ends.
    /// </summary>
    /// <param name="path">The inventory file, absolute or relative to the current directory.</param>
    /// <returns>The sites, read and validated one at a time as the sequence is enumerated.</returns>
    /// <exception cref="InventoryFileException">While enumerating: the file does not exist, is a folder, or cannot be opened or read.</exception>
    /// <exception cref="InventoryFormatException">While enumerating: the file is not an inventory.</exception>
    public static IEnumerable<SiteProfileResult> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFileSites(path, Path.GetFullPath(path));
    }

    /// <summary>
    /// Passes <paramref name="sites"/> through (lazily, in order) but turns a site whose <see cref="SiteProfile.Id"/>
    /// an earlier site already has into a failure naming both (<c>[site 3 "B"] Sites:3:Site:Id</c>): audits key
    /// sites by id, so two sites with one id are an error.
    /// </summary>
    /// <param name="sites">The results of <see cref="Read"/> or <see cref="ReadFile"/>, one per site, in file order.</param>
    public static IEnumerable<SiteProfileResult> WithUniqueIds(IEnumerable<SiteProfileResult> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        return UniqueIds(sites);
    }

    private static IEnumerable<SiteProfileResult> UniqueIds(IEnumerable<SiteProfileResult> sites)
    {
        var seen = new Dictionary<string, (int Index, string? Name)>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var site in sites)
        {
            if (site.Profile is { } profile)
            {
                if (seen.TryGetValue(profile.Id, out var first))
                {
                    var name = profile.Name is null ? string.Empty : $" \"{profile.Name}\"";
                    var firstName = first.Name is null ? string.Empty : $" \"{first.Name}\"";
                    yield return SiteProfileResult.Failure(new ConfigurationProblem(
                        $"[site {index}{name}] Sites:{index}:Site:Id",
                        profile.Id,
                        CoreText.Resources.Format("Configuration.SiteIdTwice", $"[site {first.Index}{firstName}]")));
                    index++;
                    continue;
                }

                seen[profile.Id] = (index, profile.Name);
            }

            index++;
            yield return site;
        }
    }

    /// <summary>
    /// Reads and validates one site written as a JSON object in the schema of an inventory's site (one element of
    /// <c>Sites</c>), exactly as <see cref="Read"/> reads each site. Other readers of inventories (spreadsheets) build
    /// this object from their own rows, so every option, and every rule, stays in one place.
    /// </summary>
    /// <param name="site">The site as UTF-8 JSON, e.g. <c>{ "Site": { "Name": "示例网站" }, "Icp": { "Number": "京ICP备12345678号-1" } }</c>.</param>
    /// <param name="path">The path every problem starts with, e.g. <c>Sites:0</c>; its fields follow, <c>Sites:0:Icp:Number</c>.</param>
    /// <param name="baseDirectory">Where relative file paths of the site are resolved; the current directory when null.</param>
    /// <returns>The profile, or the problems: a value of the wrong JSON type (such as a <c>Copyright:Since</c> that is no year) is one too, with no value.</returns>
    /// <exception cref="InventoryFormatException"><paramref name="site"/> is not a JSON object.</exception>
    public static SiteProfileResult ReadSite(ReadOnlySpan<byte> site, string path, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        IcpBadgeOptions options;
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(site);
            if (!reader.Read())
            {
                throw new InventoryFormatException(null, null, CoreText.Resources.Get("Inventory.NotAnObject"));
            }

            options = InventorySiteReader.Read(ref reader);
        }
        catch (InventoryJsonException exception)
        {
            return SiteProfileResult.Failure(new ConfigurationProblem($"{path}:{exception.Field}", null, exception.Reason));
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new InventoryFormatException(null, null, exception.Message);
        }

        return SiteProfile.Create(options, path, baseDirectory ?? Directory.GetCurrentDirectory());
    }

    /// <summary>
    /// Reads and validates the site in the <c>IcpBadge</c> section of a configuration file (<c>icpbadge.json</c>, or an
    /// <c>appsettings.json</c>) with the same reader as an inventory's sites, so both accept the same values (a domain
    /// as a host string or as an object with <c>Host</c> and <c>IcpNumber</c>). Names in any letter case, comments and
    /// trailing commas are accepted; a file without the section gives the problems of an empty configuration.
    /// </summary>
    /// <param name="json">The whole file, UTF-8 (a byte order mark is skipped).</param>
    /// <param name="baseDirectory">Where relative file paths of the site are resolved, normally the file's folder; the current directory when null.</param>
    /// <param name="sectionName">The section holding the site; problems' paths start with it (<c>IcpBadge:Icp:Number</c>).</param>
    /// <returns>The profile, or the problems: a value of the wrong JSON type is one too, with no value.</returns>
    /// <exception cref="InventoryFormatException">The file is not valid JSON or not a JSON object; <see cref="InventoryFormatException.Text"/> names the line in both languages.</exception>
    /// <example><code>var site = SiteInventory.ReadConfiguration(File.ReadAllBytes("icpbadge.json"), baseDirectory: ".");</code></example>
    public static SiteProfileResult ReadConfiguration(ReadOnlySpan<byte> json, string? baseDirectory = null, string sectionName = IcpBadgeOptions.SectionName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sectionName);
        IcpBadgeOptions options;
        try
        {
            options = ConfigurationFileReader.Read(json, sectionName);
        }
        catch (InventoryJsonException exception)
        {
            var path = exception.Field.Length == 0 ? sectionName : $"{sectionName}:{exception.Field}";
            return SiteProfileResult.Failure(new ConfigurationProblem(path, null, exception.Reason));
        }

        return SiteProfile.Create(options, sectionName, baseDirectory ?? Directory.GetCurrentDirectory());
    }

    /// <summary>The raw options of each site with its index in <c>Sites</c>, before validation.</summary>
    internal static IEnumerable<(int Index, IcpBadgeOptions Options)> ReadOptions(Stream stream, string? sourceName = null)
    {
        var sites = new InventoryCursor(ReadAll(stream), sourceName);
        while (sites.Next() is { } options)
        {
            yield return (sites.Index, options);
        }
    }

    private static IEnumerable<SiteProfileResult> ReadSites(Stream stream, string baseDirectory, string? sourceName)
    {
        foreach (var (index, options) in ReadOptions(stream, sourceName))
        {
            var result = SiteProfile.Create(options, $"Sites:{index}", baseDirectory);
            if (result.Success)
            {
                yield return result;
                continue;
            }

            var name = string.IsNullOrWhiteSpace(options.Site?.Name) ? string.Empty : $" \"{options.Site.Name.Trim()}\"";
            yield return SiteProfileResult.Failure([.. result.Problems.Select(p => p.At($"[site {index}{name}] {p.Path}"))]);
        }
    }

    private static IEnumerable<SiteProfileResult> ReadFileSites(string path, string fullPath)
    {
        using var stream = OpenFile(fullPath);
        using var sites = Read(stream, Path.GetDirectoryName(fullPath), path).GetEnumerator();
        while (true)
        {
            // The step is guarded on its own: a yield return cannot sit inside a try that has a catch.
            try
            {
                if (!sites.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw CannotRead(fullPath, exception);
            }

            yield return sites.Current;
        }
    }

    private static FileStream OpenFile(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            throw new InventoryFileException(fullPath, CoreText.Resources.Format("Inventory.IsFolder", fullPath));
        }

        if (!File.Exists(fullPath))
        {
            throw new InventoryFileException(fullPath, CoreText.Resources.Format("Inventory.FileMissing", fullPath));
        }

        try
        {
            return File.OpenRead(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(fullPath, exception);
        }
    }

    private static InventoryFileException CannotRead(string fullPath, Exception exception) =>
        new(fullPath, CoreText.Resources.Format("Inventory.CannotRead", fullPath, exception.Message.ReplaceLineEndings(" ")), exception);

    /// <summary>The whole inventory, without a UTF-8 byte order mark.</summary>
    private static ReadOnlyMemory<byte> ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var json = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        return json.Span.StartsWith("\uFEFF"u8) ? json[3..] : json;
    }
}

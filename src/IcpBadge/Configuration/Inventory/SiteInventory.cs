using IcpBadge.Configuration.Inventory;

namespace IcpBadge.Configuration;

/// <summary>
/// Reads an inventory, <c>{ "Sites": [ &lt;site&gt;, ... ] }</c>, each site in the configuration schema of SPEC §2
/// without the <c>IcpBadge</c> wrapper. It accepts what the configuration binder accepts for an <c>IcpBadge</c>
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
            yield return SiteProfileResult.Failure([.. result.Problems.Select(p => new ConfigurationProblem($"[site {index}{name}] {p.Path}", p.Value, p.Message))]);
        }
    }

    /// <summary>The whole inventory, without a UTF-8 byte order mark.</summary>
    private static ReadOnlyMemory<byte> ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var json = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        return json.Span.StartsWith("\uFEFF"u8) ? json[3..] : json;
    }
}

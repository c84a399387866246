using System.Xml;
using System.Xml.Linq;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// Reads a sitemap (<c>urlset/url/loc</c>) or a sitemap index (<c>sitemapindex/sitemap/loc</c>) as defined by
/// sitemaps.org, in any namespace. DTDs are refused, so a hostile sitemap cannot expand entities.
/// </summary>
internal static class SitemapParser
{
    /// <summary>The page URLs of a urlset, or the child sitemaps of a sitemap index, in document order.</summary>
    /// <exception cref="FormatException">Not XML, or neither a urlset nor a sitemapindex.</exception>
    public static (IReadOnlyList<string> Pages, IReadOnlyList<string> Sitemaps) Parse(string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException exception)
        {
            throw new FormatException("not a valid sitemap: " + exception.Message, exception);
        }

        var root = document.Root!;
        var locs = root.Elements().Where(e => e.Name.LocalName is "url" or "sitemap")
            .Select(e => e.Elements().FirstOrDefault(l => l.Name.LocalName == "loc")?.Value.Trim())
            .Where(l => !string.IsNullOrEmpty(l))
            .Select(l => l!)
            .ToList();
        return root.Name.LocalName switch
        {
            "urlset" => (locs, []),
            "sitemapindex" => ([], locs),
            _ => throw new FormatException($"not a sitemap: the root element is <{root.Name.LocalName}>, expected <urlset> or <sitemapindex>."),
        };
    }

    /// <summary>
    /// Reads the sitemap at <paramref name="path"/> (a file path or <c>file:</c> URI) and follows a sitemap index to
    /// its child sitemaps when they are local files (resolved against the index's folder), at most
    /// <paramref name="maxDepth"/> levels deep. Returns the page URLs in document order.
    /// </summary>
    /// <exception cref="FormatException">A sitemap is malformed, a child sitemap is remote, or the index nests too deep.</exception>
    /// <exception cref="IOException">A sitemap file cannot be read.</exception>
    public static IReadOnlyList<string> LoadPages(string path, int maxDepth = 3)
    {
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.IsFile)
        {
            path = uri.LocalPath;
        }

        var (pages, sitemaps) = Parse(File.ReadAllText(path));
        if (sitemaps.Count == 0)
        {
            return pages;
        }

        if (maxDepth <= 0)
        {
            throw new FormatException($"the sitemap index {path} nests too deep.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var all = new List<string>();
        foreach (var child in sitemaps)
        {
            if (Uri.TryCreate(child, UriKind.Absolute, out var childUri) && !childUri.IsFile)
            {
                throw new FormatException($"the sitemap index {path} lists {child}; fetching sitemaps over the network is not available in this build, give a local copy.");
            }

            all.AddRange(LoadPages(childUri?.IsFile == true ? childUri.LocalPath : Path.Combine(folder, child), maxDepth - 1));
        }

        return all;
    }
}

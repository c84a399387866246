using System.Xml;
using System.Xml.Linq;

namespace IcpBadge.Verification.Sitemaps;

/// <summary>
/// Reads a sitemap (<c>urlset/url/loc</c>) or a sitemap index (<c>sitemapindex/sitemap/loc</c>) as defined by
/// sitemaps.org, in any namespace. A DTD is never processed (skipped, so an HTML page is reported by its root element
/// rather than its DOCTYPE), and an entity it would declare is an error: a hostile sitemap cannot expand entities. The
/// document is read as a stream, one entry at a time, so a 50 MB sitemap never becomes a 50 MB tree.
/// </summary>
internal static class SitemapParser
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>The page URLs of a urlset, or the child sitemaps of a sitemap index, in document order.</summary>
    /// <exception cref="FormatException">Not XML, or neither a urlset nor a sitemapindex.</exception>
    public static (IReadOnlyList<string> Pages, IReadOnlyList<string> Sitemaps) Parse(string xml)
    {
        using var reader = new StringReader(xml);
        var entries = Read(() => XmlReader.Create(reader, Settings), int.MaxValue);
        return entries.IsIndex ? ([], entries.Locs) : (entries.Locs, []);
    }

    /// <summary>
    /// Reads the sitemap in <paramref name="xml"/> (its encoding from the BOM or XML declaration), stopping with
    /// <see cref="SitemapEntries.MoreThanMax"/> as soon as it lists more than <paramref name="maxLocs"/> entries.
    /// </summary>
    /// <exception cref="FormatException">Not XML, or neither a urlset nor a sitemapindex.</exception>
    public static SitemapEntries Read(Stream xml, int maxLocs) => Read(() => XmlReader.Create(xml, Settings), maxLocs);

    private static SitemapEntries Read(Func<XmlReader> open, int maxLocs)
    {
        try
        {
            using var reader = open();
            reader.MoveToContent();
            var root = reader.LocalName;
            if (root is not ("urlset" or "sitemapindex"))
            {
                throw new SitemapFormatException(VerificationText.Format("Sitemap.NotASitemap", root));
            }

            var locs = new List<string>();
            if (!reader.IsEmptyElement)
            {
                reader.Read();
                while (!reader.EOF && reader.NodeType != XmlNodeType.EndElement)
                {
                    if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("url" or "sitemap"))
                    {
                        reader.Skip();
                        continue;
                    }

                    // One entry at a time as a small tree: its loc may hold entities or CDATA, and it is read whole.
                    var entry = (XElement)XNode.ReadFrom(reader);
                    var loc = entry.Elements().FirstOrDefault(l => l.Name.LocalName == "loc")?.Value.Trim();
                    if (string.IsNullOrEmpty(loc))
                    {
                        continue;
                    }

                    if (locs.Count == maxLocs)
                    {
                        return new SitemapEntries(root == "sitemapindex", locs, MoreThanMax: true);
                    }

                    locs.Add(loc);
                }
            }

            // Read to the end, so a document broken after its last entry is refused rather than half used.
            while (reader.Read())
            {
            }

            return new SitemapEntries(root == "sitemapindex", locs, MoreThanMax: false);
        }
        catch (XmlException exception)
        {
            throw new SitemapFormatException(VerificationText.Format("Sitemap.InvalidXml", exception.Message), exception);
        }
    }
}

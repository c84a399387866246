using System.IO.Compression;
using System.Text;
using CsCheck;
using IcpBadge.Tests.Fuzz;
using IcpBadge.Verification.Sitemaps;

namespace IcpBadge.Verification.Tests.Fuzz;

/// <summary>
/// Fuzzes the sitemap reader (<see cref="SitemapContent.Open"/> then <see cref="SitemapParser.Read"/>, and
/// <see cref="SitemapParser.Parse"/>) with sitemaps glued from XML pieces: declarations in several encodings, DTDs
/// with internal, external and nested ("billion laughs") entities, entity and character references, CDATA,
/// comments, namespaces, truncation, then optionally gzip (whole, cut, or corrupted). Properties: only the documented
/// exceptions (a <see cref="FormatException"/> for bad XML, an <see cref="IOException"/> for a too large file, an
/// <see cref="InvalidDataException"/> for a broken gzip); no entity is ever expanded; never more entries than asked for.
/// </summary>
public sealed class SitemapFuzzTests
{
    private const long MaxXmlBytes = 64 * 1024;

    private static readonly string[] Prologs =
    [
        "", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"gb2312\"?>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
        "<?xml version=\"1.0\" encoding=\"x-bogus\"?>", "<?xml version=\"1.1\"?>", "\uFEFF<?xml version=\"1.0\"?>", "<!-- c -->",
        "<!DOCTYPE urlset>", "<!DOCTYPE html>",
        "<!DOCTYPE urlset [<!ENTITY x \"http://e.com/a\">]>",
        "<!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE urlset SYSTEM \"http://127.0.0.1:1/x.dtd\">",
        "<!DOCTYPE urlset [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
        "<!DOCTYPE urlset [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p\"> %p;]>",
    ];

    private static readonly string[] Pieces =
    [
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">", "</urlset>", "<sitemapindex>", "</sitemapindex>",
        "<s:urlset xmlns:s=\"urn:x\">", "</s:urlset>", "<url>", "</url>", "<sitemap>", "</sitemap>", "<loc>", "</loc>", "<loc/>",
        "<url><loc>https://example.com/</loc></url>", "<sitemap><loc>https://example.com/s.xml.gz</loc></sitemap>",
        "https://例子.中国/页面?a=1&amp;b=2", "&x;", "&xxe;", "&d;", "&lt;", "&#x41;", "&#0;", "&#xD800;", "&undefined;", "&",
        "<![CDATA[https://example.com/c]]>", "<![CDATA[", "]]>", "<!-- note -->", "<?pi x?>", "<lastmod>2024-01-01</lastmod>",
        "<image:image xmlns:image=\"urn:i\"><image:loc>x</image:loc></image:image>", "<html>", "<body>", " ", "\n", "<", ">",
        "\"", "'", "中文", "\u0001", "<url><loc>   </loc></url>",
    ];

    private static readonly Gen<byte[]> Xml =
        from prolog in Gen.OneOf(Prologs)
        from pieces in Gen.OneOf(Pieces).Array[0, 30]
        from cut in Gen.Int[0, 100]
        from utf16 in Gen.Int[0, 9]
        select Encode(prolog + string.Concat(pieces), cut, utf16 == 0);

    private static readonly Gen<byte[]> File =
        from xml in Xml
        from mode in Gen.Int[0, 5]
        from at in Gen.Int[0, 1000]
        select mode switch
        {
            0 => Gzip(xml),
            1 => Cut(Gzip(xml), at),
            2 => Corrupt(Gzip(xml), at),
            3 => [0x1f, 0x8b, .. xml], // gzip magic, no gzip
            _ => xml,
        };

    [Fact]
    [Trait("Category", Fuzzing.Category)]
    public void Fuzz_Sitemap_OnlyDocumentedExceptionsAndNoEntityExpanded()
    {
        Fuzzing.Run("sitemap", Gen.Select(File, Gen.Int[0, 5]), sample =>
        {
            var (bytes, maxLocs) = sample;
            try
            {
                using var xml = SitemapContent.Open(new MemoryStream(bytes), MaxXmlBytes);
                var entries = SitemapParser.Read(xml, maxLocs);
                Assert.InRange(entries.Locs.Count, 0, maxLocs);
                Assert.All(entries.Locs, NotExpanded);
            }
            catch (Exception exception) when (exception is FormatException or IOException or InvalidDataException)
            {
                // SitemapFormatException (not XML, not a sitemap), TooLargeException, InvalidDataException (broken gzip): the
                // ones SitemapLoader turns into findings.
            }

            try
            {
                var (pages, sitemaps) = SitemapParser.Parse(Encoding.UTF8.GetString(bytes));
                Assert.All(pages.Concat(sitemaps), NotExpanded);
            }
            catch (FormatException)
            {
            }
        }, iterations: 1500, print: s => $"max {s.Item2}: {Fuzzing.Show(s.Item1)}");
    }

    private static void NotExpanded(string loc)
    {
        Assert.False(string.IsNullOrWhiteSpace(loc));
        Assert.DoesNotContain("aaaaaaaaaa", loc, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", loc, StringComparison.Ordinal);
        Assert.DoesNotContain("http://e.com/a", loc, StringComparison.Ordinal);
    }

    private static byte[] Encode(string text, int cut, bool utf16)
    {
        var bytes = utf16 ? Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray() : Encoding.UTF8.GetBytes(text);
        return cut < 90 || bytes.Length == 0 ? bytes : bytes[..(bytes.Length * (cut - 90) / 10)];
    }

    private static byte[] Gzip(byte[] xml)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(xml);
        }

        return buffer.ToArray();
    }

    /// <summary>A gzip file cut short (an empty input compresses to no bytes at all).</summary>
    private static byte[] Cut(byte[] gzip, int at) => gzip[..Math.Min(gzip.Length, 2 + (at % Math.Max(1, gzip.Length - 2)))];

    private static byte[] Corrupt(byte[] gzip, int at)
    {
        var i = 10 + (at % Math.Max(1, gzip.Length - 10));
        if (i < gzip.Length)
        {
            gzip[i] ^= 0x5a;
        }

        return gzip;
    }
}

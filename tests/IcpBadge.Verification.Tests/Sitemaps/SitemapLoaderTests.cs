using System.IO.Compression;
using IcpBadge.Verification.Fetching;
using IcpBadge.Verification.Sitemaps;

namespace IcpBadge.Verification.Tests.Sitemaps;

/// <summary>The sitemap parser and the loader over local files: order, nesting, caps and errors (no network).</summary>
public sealed class SitemapLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-sitemaps-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Urlset_GivesItsLocsInOrder()
    {
        var (pages, sitemaps) = SitemapParser.Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.cn/</loc><lastmod>2026-11-01</lastmod></url>
              <url><loc> https://example.cn/about.html </loc></url>
              <url><lastmod>2026-11-01</lastmod></url>
            </urlset>
            """);

        Assert.Equal(["https://example.cn/", "https://example.cn/about.html"], pages);
        Assert.Empty(sitemaps);
    }

    [Fact]
    public void Index_GivesItsChildSitemaps()
    {
        var (pages, sitemaps) = SitemapParser.Parse("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://example.cn/sitemap-1.xml</loc></sitemap>
              <sitemap><loc>https://example.cn/sitemap-2.xml</loc></sitemap>
            </sitemapindex>
            """);

        Assert.Empty(pages);
        Assert.Equal(["https://example.cn/sitemap-1.xml", "https://example.cn/sitemap-2.xml"], sitemaps);
    }

    [Theory]
    [InlineData("not xml")]
    [InlineData("<html><body/></html>")]
    [InlineData("<!DOCTYPE urlset [<!ENTITY a \"aaaa\">]><urlset><url><loc>&a;</loc></url></urlset>")]
    [InlineData("<!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><urlset><url><loc>https://example.cn/&x;</loc></url></urlset>")]
    public void Malformed_OrWithADtd_IsAFormatException(string xml) =>
        Assert.ThrowsAny<FormatException>(() => SitemapParser.Parse(xml));

    [Fact]
    public async Task LocalIndex_FollowsLocalChildren_AndItsPagesAreJudgedByPath()
    {
        Write("sitemap-1.xml", """<urlset><url><loc>https://example.cn/</loc></url><url><loc>https://example.cn/a/b.html</loc></url></urlset>""");
        Write("sitemap-2.xml", """<urlset><url><loc>https://example.cn/index.htm</loc></url></urlset>""");
        var index = Write("sitemap.xml", """<sitemapindex><sitemap><loc>sitemap-1.xml</loc></sitemap><sitemap><loc>sitemap-2.xml</loc></sitemap></sitemapindex>""");
        var targets = new List<VerificationTarget>();

        var sitemap = await SitemapLoader.LoadAsync(index, NoNetwork);
        VerificationTarget.AddSitemapPages(sitemap.Pages, profile: null, targets);

        Assert.Equal(index, sitemap.Location);
        Assert.Equal(["https://example.cn/", "https://example.cn/a/b.html", "https://example.cn/index.htm"], targets.Select(t => t.Name));
        Assert.Equal([true, false, true], targets.Select(t => t.IsHomePage));
        Assert.Equal(["example.cn", "example.cn", "example.cn"], targets.Select(t => t.Host));
    }

    [Fact]
    public async Task LocalGzipFile_AndAFileUriChild_AreRead()
    {
        var child = Path.Combine(_folder, "pages.xml.gz");
        File.WriteAllBytes(child, Gzip(Urlset("https://example.cn/a.html")));
        var index = Write("sitemap.xml", Index(new Uri(child).AbsoluteUri));

        var pages = await SitemapLoader.LoadAsync(new Uri(index).AbsoluteUri, NoNetwork);

        Assert.Equal(["https://example.cn/a.html"], pages.Pages);
    }

    [Fact]
    public async Task LocalIndexListingItself_IsReadOnce_WithANote()
    {
        Write("pages.xml", Urlset("https://example.cn/a.html"));
        var index = Write("sitemap.xml", Index("sitemap.xml", "./pages.xml", "pages.xml"));

        var pages = await SitemapLoader.LoadAsync(index, NoNetwork);

        Assert.Equal(["https://example.cn/a.html"], pages.Pages);
        Assert.Equal(2, pages.Notes.Count);
        Assert.All(pages.Notes, n => Assert.Contains("is listed again", n.En, StringComparison.Ordinal));
        Assert.All(pages.Notes, n => Assert.Contains("再次列出", n.Zh, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndexesNestedPastTheDepthCap_AreRefused_NamingTheTopLevelSitemap()
    {
        Write("pages.xml", Urlset("https://example.cn/a.html"));
        Write("level-3.xml", Index("pages.xml"));
        Write("level-2.xml", Index("level-3.xml"));
        Write("level-1.xml", Index("level-2.xml"));
        var top = Write("level-0.xml", Index("level-1.xml"));

        var threeLevels = await SitemapLoader.LoadAsync(Path.Combine(_folder, "level-1.xml"), NoNetwork);
        var problem = await Assert.ThrowsAsync<SitemapException>(() => SitemapLoader.LoadAsync(top, NoNetwork));

        Assert.Equal(["https://example.cn/a.html"], threeLevels.Pages);
        Assert.Contains("level-3.xml", problem.Message, StringComparison.Ordinal);
        Assert.Contains("nest more than 3 levels deep", problem.Message, StringComparison.Ordinal);
        Assert.Equal(problem.Message, problem.Text.En);
        Assert.Contains("嵌套超过 3 层", problem.Text.Zh, StringComparison.Ordinal);
        Assert.Equal(top, problem.Location);
    }

    [Fact]
    public async Task Caps_OnPagesInAll_EntriesPerFile_SitemapsAndBytes_AreEnforced()
    {
        Write("one.xml", Urlset("https://example.cn/1.html", "https://example.cn/2.html"));
        Write("two.xml", Urlset("https://example.cn/3.html", "https://example.cn/4.html"));
        var index = Write("sitemap.xml", Index("one.xml", "two.xml"));

        var pages = await Assert.ThrowsAsync<SitemapException>(() => SitemapLoader.LoadAsync(index, NoNetwork, new SitemapLimits { MaxPages = 3 }));
        var entries = await Assert.ThrowsAsync<SitemapException>(() => SitemapLoader.LoadAsync(index, NoNetwork, new SitemapLimits { MaxEntriesPerFile = 1 }));
        var sitemaps = await Assert.ThrowsAsync<SitemapException>(() => SitemapLoader.LoadAsync(index, NoNetwork, new SitemapLimits { MaxSitemaps = 2 }));
        var bytes = await Assert.ThrowsAsync<SitemapException>(() => SitemapLoader.LoadAsync(index, NoNetwork, new SitemapLimits { MaxXmlBytes = 100 }));
        var exact = await SitemapLoader.LoadAsync(index, NoNetwork, new SitemapLimits { MaxPages = 4, MaxEntriesPerFile = 2, MaxSitemaps = 3 });

        Assert.Equal("the sitemaps list more than 3 pages in all, the most one run checks; verify the child sitemaps in separate runs.", pages.Message);
        Assert.Contains("lists more than 1 entries", entries.Message, StringComparison.Ordinal);
        Assert.Contains("more than 2 sitemaps", sitemaps.Message, StringComparison.Ordinal);
        Assert.Contains("larger than", bytes.Message, StringComparison.Ordinal);
        Assert.Equal(4, exact.Pages.Count);
    }

    [Fact]
    public async Task IndexListingAnUnsupportedScheme_IsRefused()
    {
        var index = Write("sitemap.xml", """<sitemapindex><sitemap><loc>ftp://example.cn/s.xml</loc></sitemap></sitemapindex>""");

        var problem = await Assert.ThrowsAsync<SitemapException>(() => SitemapLoader.LoadAsync(index, NoNetwork));

        Assert.Contains("ftp://example.cn/s.xml", problem.Message, StringComparison.Ordinal);
        Assert.Contains("neither a file nor an http(s) URL", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>For local sitemaps: fails the test if the loader reaches for the network.</summary>
    private static PageFetcher NoNetwork() => throw new InvalidOperationException("a local sitemap must not touch the network");

    private static string Urlset(params string[] locs) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + string.Concat(locs.Select(l => $"  <url><loc>{l}</loc></url>\n")) + "</urlset>\n";

    private static string Index(params string[] locs) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + string.Concat(locs.Select(l => $"  <sitemap><loc>{l}</loc></sitemap>\n")) + "</sitemapindex>\n";

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        File.WriteAllText(path, text);
        return path;
    }
}

using System.Text.Json;
using IcpBadge.Cli.Commands;
using IcpBadge.Cli.Inventory;

namespace IcpBadge.Cli.Tests;

/// <summary>How <c>verify</c> expands <c>--inventory</c> and <c>--sitemap</c> into targets (no network).</summary>
public sealed class VerifyTargetsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-verify-targets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Inventory_EveryDomainOfEverySite_IsAHomePageTarget_WithItsSiteAndHost()
    {
        var inventory = Write("inventory.json", """
            { "Sites": [
                { "Site": { "Name": "甲站", "Domains": [ "example.cn", { "Host": "shop.example.cn", "IcpNumber": "京ICP备12345678号-2" } ] },
                  "Icp": { "Number": "京ICP备12345678号-1" } },
                { "Site": { "Name": "乙站" }, "Icp": { "Number": "沪ICP备87654321号-1" } },
                { "Site": { "Name": "丙站", "Domains": [ "example.com.cn" ] }, "Icp": { "Number": "粤ICP备19015064号" } } ] }
            """);
        var (sites, problems) = InventoryFile.Load(inventory);
        Assert.Empty(problems);
        var targets = new List<VerifyTarget>();

        var withoutDomains = VerifyTargets.FromInventory(sites, targets);

        Assert.Equal(["https://example.cn/", "https://shop.example.cn/", "https://example.com.cn/"], targets.Select(t => t.Target));
        Assert.All(targets, t => Assert.True(t.IsHomePage));
        Assert.All(targets, t => Assert.Null(t.Path));
        Assert.Equal(["example.cn", "shop.example.cn", "example.com.cn"], targets.Select(t => t.Host));
        Assert.Same(sites[0], targets[0].Profile);
        Assert.Same(sites[0], targets[1].Profile);
        Assert.Same(sites[2], targets[2].Profile);
        Assert.Equal("京ICP备12345678号-2", targets[1].Profile!.FooterIcpNumberFor(targets[1].Host).ToString());
        Assert.Equal("site 1 \"乙站\"", Assert.Single(withoutDomains));
    }

    [Fact]
    public async Task Inventory_OnTheCommandLine_GivesOneTargetPerDomain()
    {
        var inventory = Write("inventory.json", """
            { "Sites": [ { "Site": { "Name": "甲站", "Domains": [ "example.cn", "www.example.cn" ] }, "Icp": { "Number": "京ICP备12345678号-1" } } ] }
            """);

        var result = await CliRunner.RunAtNowAsync("verify", "--inventory", inventory, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["https://example.cn/", "https://www.example.cn/"], json.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task Inventory_Broken_ExitsTwo()
    {
        var inventory = Write("inventory.json", """{ "Sites": [ { "Icp": { "Number": "萌ICP备12345678号" } } ] }""");

        var result = await CliRunner.RunAtNowAsync("verify", "--inventory", inventory);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Sitemap_Urlset_GivesItsLocsInOrder()
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
    public void Sitemap_Index_GivesItsChildSitemaps()
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
    public void Sitemap_Malformed_OrWithADtd_IsAFormatException(string xml) =>
        Assert.Throws<FormatException>(() => SitemapParser.Parse(xml));

    [Fact]
    public async Task Sitemap_LocalIndex_FollowsLocalChildren_AndJudgesHomeByPath()
    {
        Write("sitemap-1.xml", """<urlset><url><loc>https://example.cn/</loc></url><url><loc>https://example.cn/a/b.html</loc></url></urlset>""");
        Write("sitemap-2.xml", """<urlset><url><loc>https://example.cn/index.htm</loc></url></urlset>""");
        var index = Write("sitemap.xml", """<sitemapindex><sitemap><loc>sitemap-1.xml</loc></sitemap><sitemap><loc>sitemap-2.xml</loc></sitemap></sitemapindex>""");
        var targets = new List<VerifyTarget>();

        VerifyTargets.FromSitemap((await SitemapLoader.LoadAsync(index, NoNetwork)).Pages, profile: null, targets);

        Assert.Equal(["https://example.cn/", "https://example.cn/a/b.html", "https://example.cn/index.htm"], targets.Select(t => t.Target));
        Assert.Equal([true, false, true], targets.Select(t => t.IsHomePage));
        Assert.Equal(["example.cn", "example.cn", "example.cn"], targets.Select(t => t.Host));
    }

    [Fact]
    public async Task Sitemap_LocalGzipFile_AndAFileUriChild_AreRead()
    {
        var child = Path.Combine(_folder, "pages.xml.gz");
        File.WriteAllBytes(child, SitemapServer.Gzip(System.Text.Encoding.UTF8.GetBytes(SitemapServer.Urlset("https://example.cn/a.html"))));
        var index = Write("sitemap.xml", SitemapServer.Index(new Uri(child).AbsoluteUri));

        var pages = await SitemapLoader.LoadAsync(new Uri(index).AbsoluteUri, NoNetwork);

        Assert.Equal(["https://example.cn/a.html"], pages.Pages);
    }

    [Fact]
    public async Task Sitemap_LocalIndexListingItself_IsReadOnce_WithANote()
    {
        Write("pages.xml", SitemapServer.Urlset("https://example.cn/a.html"));
        var index = Write("sitemap.xml", SitemapServer.Index("sitemap.xml", "./pages.xml", "pages.xml"));

        var pages = await SitemapLoader.LoadAsync(index, NoNetwork);

        Assert.Equal(["https://example.cn/a.html"], pages.Pages);
        Assert.Equal(2, pages.Notes.Count);
        Assert.All(pages.Notes, n => Assert.Contains("is listed again", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_IndexesNestedPastTheDepthCap_AreRefused()
    {
        Write("pages.xml", SitemapServer.Urlset("https://example.cn/a.html"));
        Write("level-3.xml", SitemapServer.Index("pages.xml"));
        Write("level-2.xml", SitemapServer.Index("level-3.xml"));
        Write("level-1.xml", SitemapServer.Index("level-2.xml"));
        var top = Write("level-0.xml", SitemapServer.Index("level-1.xml"));

        var threeLevels = await SitemapLoader.LoadAsync(Path.Combine(_folder, "level-1.xml"), NoNetwork);
        var problem = await Assert.ThrowsAsync<SitemapException>(() => SitemapLoader.LoadAsync(top, NoNetwork));

        Assert.Equal(["https://example.cn/a.html"], threeLevels.Pages);
        Assert.Contains("level-3.xml", problem.Message, StringComparison.Ordinal);
        Assert.Contains("nest more than 3 levels deep", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_Caps_OnPagesInAll_EntriesPerFile_SitemapsAndBytes_AreEnforced()
    {
        Write("one.xml", SitemapServer.Urlset("https://example.cn/1.html", "https://example.cn/2.html"));
        Write("two.xml", SitemapServer.Urlset("https://example.cn/3.html", "https://example.cn/4.html"));
        var index = Write("sitemap.xml", SitemapServer.Index("one.xml", "two.xml"));

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
    public async Task Sitemap_IndexListingAnUnsupportedScheme_IsRefused()
    {
        var index = Write("sitemap.xml", """<sitemapindex><sitemap><loc>ftp://example.cn/s.xml</loc></sitemap></sitemapindex>""");

        var problem = await Assert.ThrowsAsync<SitemapException>(() => SitemapLoader.LoadAsync(index, NoNetwork));

        Assert.Contains("ftp://example.cn/s.xml", problem.Message, StringComparison.Ordinal);
        Assert.Contains("neither a file nor an http(s) URL", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_OnTheCommandLine_GivesOneTargetPerUrl_AndShardsThem()
    {
        var sitemap = Write("sitemap.xml", """<urlset><url><loc>https://example.cn/</loc></url><url><loc>https://example.cn/a.html</loc></url><url><loc>https://example.cn/b.html</loc></url></urlset>""");

        var result = await CliRunner.RunAtNowAsync("verify", "--sitemap", sitemap, "--format", "json", "--shard", "1/2");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["https://example.cn/a.html"], json.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task Sitemap_Malformed_ExitsTwo()
    {
        var sitemap = Write("sitemap.xml", "<rss/>");

        var result = await CliRunner.RunAtNowAsync("verify", "--sitemap", sitemap);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<rss>", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.cn/", true)]
    [InlineData("https://example.cn", true)]
    [InlineData("https://example.cn/INDEX.HTML", true)]
    [InlineData("https://example.cn/index.htm?x=1", true)]
    [InlineData("https://example.cn/about/", false)]
    [InlineData("https://example.cn/about/index.html", false)]
    public void HomeUrl_IsJudgedByPath(string url, bool home) =>
        Assert.Equal(home, VerifyTargets.IsHomeUrl(new Uri(url)));

    [Fact]
    public void Shard_TakesEveryNthFromI()
    {
        var shard = VerifyShard.Parse("1/3", out var problem);

        Assert.Null(problem);
        Assert.Equal([1, 4, 7], shard!.Select(Enumerable.Range(0, 9)));
    }

    /// <summary>For local sitemaps: fails the test if the loader reaches for the network.</summary>
    private static Verification.Fetching.PageFetcher NoNetwork() => throw new InvalidOperationException("a local sitemap must not touch the network");

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}

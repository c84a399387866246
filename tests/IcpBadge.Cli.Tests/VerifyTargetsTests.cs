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
        var (sites, problems) = InventoryLoader.Load(inventory);
        Assert.Empty(problems);
        var targets = new List<VerifyTarget>();

        var withoutDomains = VerifyTargets.FromInventory(sites, targets);

        Assert.Equal(["https://example.cn/", "https://shop.example.cn/", "https://example.com.cn/"], targets.Select(t => t.Target));
        Assert.All(targets, t => Assert.True(t.IsHomePage));
        Assert.All(targets, t => Assert.Null(t.Path));
        Assert.Equal(["example.cn", "shop.example.cn", "example.com.cn"], targets.Select(t => t.Host));
        Assert.Same(sites[0].Profile, targets[0].Profile);
        Assert.Same(sites[0].Profile, targets[1].Profile);
        Assert.Same(sites[2].Profile, targets[2].Profile);
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
    public void Sitemap_Malformed_OrWithADtd_IsAFormatException(string xml) =>
        Assert.Throws<FormatException>(() => SitemapParser.Parse(xml));

    [Fact]
    public void Sitemap_LocalIndex_FollowsLocalChildren_AndJudgesHomeByPath()
    {
        Write("sitemap-1.xml", """<urlset><url><loc>https://example.cn/</loc></url><url><loc>https://example.cn/a/b.html</loc></url></urlset>""");
        Write("sitemap-2.xml", """<urlset><url><loc>https://example.cn/index.htm</loc></url></urlset>""");
        var index = Write("sitemap.xml", """<sitemapindex><sitemap><loc>sitemap-1.xml</loc></sitemap><sitemap><loc>sitemap-2.xml</loc></sitemap></sitemapindex>""");
        var targets = new List<VerifyTarget>();

        VerifyTargets.FromSitemap(SitemapParser.LoadPages(index), profile: null, targets);

        Assert.Equal(["https://example.cn/", "https://example.cn/a/b.html", "https://example.cn/index.htm"], targets.Select(t => t.Target));
        Assert.Equal([true, false, true], targets.Select(t => t.IsHomePage));
        Assert.Equal(["example.cn", "example.cn", "example.cn"], targets.Select(t => t.Host));
    }

    [Fact]
    public void Sitemap_IndexListingRemoteSitemaps_IsRefused()
    {
        var index = Write("sitemap.xml", """<sitemapindex><sitemap><loc>https://example.cn/s.xml</loc></sitemap></sitemapindex>""");

        var problem = Assert.Throws<FormatException>(() => SitemapParser.LoadPages(index));

        Assert.Contains("https://example.cn/s.xml", problem.Message, StringComparison.Ordinal);
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

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}

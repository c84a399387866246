using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>inject --host</c> (a domain's own number; no footer on an unlisted host with <c>Site:UnlistedHosts: Hide</c>), the
/// warning for a page that already shows a filing number (a theme footer), and precompressed copies in the output.
/// </summary>
public sealed partial class InjectCommandTests
{
    [Fact]
    public async Task Inject_HostWithItsOwnNumber_FooterShowsThatNumber()
    {
        using var site = TempSite.Create();
        EditConfig(site, icpBadge => icpBadge["Site"]!["Domains"] = new JsonArray(
            "jinghua-example.cn", new JsonObject { ["Host"] = "jinghua-example.com.cn", ["IcpNumber"] = "京ICP备20260101号-2" }));

        var result = await RunInjectAsync(site, "--host", "www.jinghua-example.com.cn", "--include", "index.html", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var block = Encoding.UTF8.GetString(InjectedBlock.Of(site.Read("index.html")));
        Assert.Contains(">京ICP备20260101号-2</a>", block, StringComparison.Ordinal);
        Assert.DoesNotContain("号-1", block, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "skipped index.html: no footer on example.com: Site:UnlistedHosts is Hide and example.com is not one of Site:Domains (jinghua-example.cn)")]
    [InlineData("zh", "example.com 上不显示页脚：Site:UnlistedHosts 为 Hide，且 example.com 不在 Site:Domains（jinghua-example.cn）之中")]
    public async Task Inject_UnlistedHostWithHide_NoFooterAddedAndEachPageSaysWhy(string language, string expected)
    {
        using var site = TempSite.Create();
        EditConfig(site, icpBadge =>
        {
            icpBadge["Site"]!["UnlistedHosts"] = "Hide";
            icpBadge["Site"]!["Domains"] = new JsonArray("jinghua-example.cn");
        });
        var before = site.Snapshot();

        var result = await RunInjectAsync(site, "--host", "example.com", "--lang", language);

        // old-footer.html carries an earlier run's block, which is taken out; every other page is left as it was.
        Assert.Equal(0, result.ExitCode);
        var withoutBlock = Regex.Replace(
            Encoding.Latin1.GetString(before["blog/2026/old-footer.html"]), "<!-- icp-badge:begin -->.*?<!-- icp-badge:end -->", "<!-- icp-badge -->", RegexOptions.Singleline);
        Assert.Equal(Encoding.Latin1.GetBytes(withoutBlock), site.Read("blog/2026/old-footer.html"));
        before.Remove("blog/2026/old-footer.html");
        var after = site.Snapshot();
        after.Remove("blog/2026/old-footer.html");
        AssertSameFiles(before, after);
        Assert.Equal(TempSite.Pages.Count - 1, result.ErrorLines.Count);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);

        // A listed host, or no host at all, still gets the footer.
        var listed = await RunInjectAsync(site, "--host", "www.jinghua-example.cn", "--lang", "en");
        Assert.Contains(" 6 changed,", listed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_HiddenHostAfterAListedOne_TakesTheBlocksOut_GzRewritten_RerunChangesNothing()
    {
        using var site = TempSite.Create();
        EditConfig(site, icpBadge => icpBadge["Site"]!["UnlistedHosts"] = "Hide");
        await RunInjectAsync(site, "--host", "jinghua-example.cn");
        File.WriteAllBytes(site.PathOf("index.html") + ".gz", Gzip(site.Read("index.html")));

        var dryRun = await RunInjectAsync(site, "--host", "example.com", "--dry-run", "--lang", "en");
        var dryRunZh = await RunInjectAsync(site, "--host", "example.com", "--dry-run", "--lang", "zh");
        var removal = await RunInjectAsync(site, "--host", "example.com", "--lang", "en");
        var before = site.Snapshot();
        var rerun = await RunInjectAsync(site, "--host", "example.com", "--lang", "en");

        Assert.Contains("would change  index.html  (took out the earlier block: this host shows no footer)", dryRun.OutLines);
        Assert.Contains(dryRunZh.OutLines, l => l.Contains("index.html", StringComparison.Ordinal) && l.Contains("移除了之前写入的内容", StringComparison.Ordinal));
        Assert.Equal(0, removal.ExitCode);
        Assert.Empty(removal.Error);
        Assert.Contains(" 6 changed, 0 unchanged, 0 skipped,", removal.Out, StringComparison.Ordinal);
        Assert.Contains("Rewrote 1 precompressed file(s) (.gz, .br) from their pages.", removal.OutLines);
        Assert.All(TempSite.Pages, page => Assert.DoesNotContain("icp-badge:begin", Encoding.Latin1.GetString(site.Read(page)), StringComparison.Ordinal));
        Assert.Equal(site.Read("index.html"), Gunzip(site.PathOf("index.html") + ".gz"));
        Assert.Contains(" 0 changed, 0 unchanged, 6 skipped,", rerun.Out, StringComparison.Ordinal);
        AssertSameFiles(before, site.Snapshot());
    }

    [Fact]
    public async Task Inject_PageWithThemeFooterNumber_InjectsAndWarnsNamingTheOption()
    {
        using var site = TempSite.Create();
        site.Write("next.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><meta name=\"generator\" content=\"Hexo 7.3.0\"></head><body>" +
            "<footer><div class=\"beian\"><a href=\"https://beian.miit.gov.cn\">京ICP备20260101号-1</a></div>" +
            "<a href=\"https://theme-next.js.org\">NexT.Gemini</a></footer></body></html>"));

        var en = await RunInjectAsync(site, "--lang", "en");
        var zh = await RunInjectAsync(site, "--lang", "zh");

        Assert.Equal(0, en.ExitCode);
        Assert.Contains(" 7 changed,", en.Out, StringComparison.Ordinal);
        var line = Assert.Single(en.ErrorLines);
        Assert.StartsWith("icp-badge: warning next.html: the page already shows 京ICP备20260101号-1 outside the IcpBadge block", line, StringComparison.Ordinal);
        Assert.Contains("Hexo NexT: set footer.beian.enable to false", line, StringComparison.Ordinal);
        Assert.StartsWith("icp-badge: 警告 next.html：页面在 IcpBadge 区块之外已经显示了 京ICP备20260101号-1", Assert.Single(zh.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_PageWithGzAndZst_GzRewrittenFirstAndZstReportedStale()
    {
        using var site = TempSite.Create();
        File.WriteAllBytes(site.PathOf("index.html") + ".gz", Gzip(TempSite.Original("index.html")));
        File.WriteAllBytes(site.PathOf("index.html") + ".zst", [0x28, 0xB5, 0x2F, 0xFD]);

        var result = await RunInjectAsync(site, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(site.Read("index.html"), Gunzip(site.PathOf("index.html") + ".gz"));
        Assert.Contains("Rewrote 1 precompressed file(s) (.gz, .br) from their pages.", result.OutLines);
        Assert.StartsWith("icp-badge: stale index.html.zst: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.True(File.GetLastWriteTimeUtc(site.PathOf("index.html") + ".gz") <= File.GetLastWriteTimeUtc(site.PathOf("index.html")));
    }

    private static void EditConfig(TempSite site, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(site.Config))!;
        edit(root["IcpBadge"]!);
        File.WriteAllText(site.Config, root.ToJsonString());
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}

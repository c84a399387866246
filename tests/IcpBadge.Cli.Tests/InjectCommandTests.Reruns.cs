using System.Text;

namespace IcpBadge.Cli.Tests;

/// <summary><c>inject</c> run twice, as a dry run, and with <c>--emblem copy</c>.</summary>
public sealed partial class InjectCommandTests
{
    private static readonly DateTime PastTime = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    [Fact]
    public async Task Inject_SecondRun_ChangesAndRewritesNothing()
    {
        using var site = TempSite.Create();
        var first = await RunInjectAsync(site);
        Assert.Contains(" 6 changed,", first.Out, StringComparison.Ordinal);
        site.SetWriteTimes(PastTime);
        var bytes = site.Snapshot();
        var times = site.WriteTimes();

        var second = await RunInjectAsync(site);

        Assert.Equal(0, second.ExitCode);
        Assert.Empty(second.Error);
        Assert.Equal($"6 page(s) in {site.Site}: 0 changed, 6 unchanged, 0 skipped, 0 failed.", Assert.Single(second.OutLines));
        AssertSameFiles(bytes, site.Snapshot());
        Assert.Equal(times, site.WriteTimes());
        Assert.All(times.Values, t => Assert.Equal(PastTime, t));
        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public async Task Inject_ThirdRunAfterTemplateChange_ReplacesBlockThenSettles()
    {
        using var site = TempSite.Create();
        await RunInjectAsync(site, "--template", "compact");
        var compact = site.Snapshot();

        var back = await RunInjectAsync(site);
        var again = await RunInjectAsync(site);

        Assert.Contains(" 6 changed,", back.Out, StringComparison.Ordinal);
        Assert.Contains(" 0 changed, 6 unchanged,", again.Out, StringComparison.Ordinal);
        foreach (var page in TempSite.Pages)
        {
            var original = TempSite.Original(page);
            Assert.Equal(original, InjectedBlock.Replace(site.Read(page), InjectedBlock.ReplacedIn(original)));
            Assert.Equal(original, InjectedBlock.Replace(compact[page], InjectedBlock.ReplacedIn(original)));
        }
    }

    [Theory]
    [InlineData("<html><body>\n<script>document.write(\"<footer>\");</script>\n<p>x</p>\n</body></html>\n")]
    [InlineData("<html><body>\n<!-- old: <footer class=\"x\"> -->\n<p>x</p>\n</body></html>\n")]
    [InlineData("<html><body>\n<textarea><footer></textarea>\n<p>x</p>\n</body></html>\n")]
    [InlineData("<html><body>\n<footer><p>never closed\n</body></html>\n")]
    [InlineData("<p>fragment</p>\n<footer><p>never closed</p>\n")]
    public async Task Inject_UnclosedFooterTextBeforeBlock_SecondRunRewritesNothing(string html)
    {
        using var site = TempSite.Create();
        site.Write("decoy.html", Encoding.UTF8.GetBytes(html));
        await RunInjectAsync(site, "--include", "decoy.html");
        var first = site.Read("decoy.html");
        File.SetLastWriteTimeUtc(site.PathOf("decoy.html"), PastTime);

        var second = await RunInjectAsync(site, "--include", "decoy.html");

        Assert.Contains(": 0 changed, 1 unchanged,", second.Out, StringComparison.Ordinal);
        Assert.Equal(first, site.Read("decoy.html"));
        Assert.Equal(PastTime, File.GetLastWriteTimeUtc(site.PathOf("decoy.html")));
        Assert.Equal(Encoding.UTF8.GetBytes(html), InjectedBlock.Replace(first, []));
    }

    [Theory]
    [InlineData("<html><body>\n<script>document.write(\"<footer>\");</script>\n<p>x</p>\n</body></html>\n")]
    [InlineData("<html><body>\n<!-- old: <footer class=\"x\"> -->\n<p>x</p>\n</body></html>\n")]
    public async Task Inject_FooterOnlyInScriptOrComment_BlockKeepsFooterWrapper(string html)
    {
        using var site = TempSite.Create();
        site.Write("decoy.html", Encoding.UTF8.GetBytes(html));

        await RunInjectAsync(site, "--include", "decoy.html");
        await RunInjectAsync(site, "--include", "decoy.html");

        var block = Encoding.UTF8.GetString(InjectedBlock.Of(site.Read("decoy.html")));
        Assert.StartsWith("<!-- icp-badge:begin -->\n<footer class=\"icp-badge\"", block, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_DryRun_WritesNothingAndListsEveryPageWithPlacement()
    {
        using var site = TempSite.Create();
        site.SetWriteTimes(PastTime);
        var bytes = site.Snapshot();

        var result = await RunInjectAsync(site, "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        AssertSameFiles(bytes, site.Snapshot());
        Assert.All(site.WriteTimes().Values, t => Assert.Equal(PastTime, t));
        Assert.Empty(site.TempFiles());
        string[] expected =
        [
            "would change  about/index.html  (before </body>)",
            "would change  blog/2026/old-footer.html  (replaced the earlier block)",
            "would change  contact.html  (at the <!-- icp-badge --> marker)",
            "would change  fragment.htm  (end of file)",
            "would change  index.html  (end of the page's <footer>)",
            "would change  news-gbk.html  (before </body>)",
        ];
        Assert.Equal(expected, result.OutLines.Where(l => l.StartsWith("would change ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(
            $"6 page(s) in {site.Site}: 6 would change, 0 unchanged, 0 skipped, 0 failed. Dry run: nothing was written.",
            result.OutLines[^1]);
    }

    [Fact]
    public async Task Inject_DryRunAfterRealRun_ListsNothingToChange()
    {
        using var site = TempSite.Create();
        await RunInjectAsync(site);

        var result = await RunInjectAsync(site, "-n");

        Assert.Equal(
            $"6 page(s) in {site.Site}: 0 would change, 6 unchanged, 0 skipped, 0 failed. Dry run: nothing was written.",
            Assert.Single(result.OutLines));
    }

    [Fact]
    public async Task Inject_DryRunWithEmblemCopy_CreatesNoAssetFolder()
    {
        using var site = TempSite.Create();

        var result = await RunInjectAsync(site, "--dry-run", "--emblem", "copy");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Site, "_icp-badge")));
        Assert.All(TempSite.Pages, p => Assert.Equal(TempSite.Original(p), site.Read(p)));
    }

    [Fact]
    public async Task Inject_EmblemCopy_CopiesOnceAndLinksRelativelyPerFolderDepth()
    {
        using var site = TempSite.Create();

        var result = await RunInjectAsync(site, "--emblem", "copy");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var assets = Path.Combine(site.Site, "_icp-badge");
        var copied = Assert.Single(Directory.GetFiles(assets));
        Assert.Equal(TempSite.EmblemName, Path.GetFileName(copied));
        Assert.Equal(File.ReadAllBytes(site.Emblem), File.ReadAllBytes(copied));
        Assert.Empty(Directory.GetDirectories(assets));

        AssertEmblemSource(site, "index.html", "_icp-badge/" + TempSite.EmblemName);
        AssertEmblemSource(site, "about/index.html", "../_icp-badge/" + TempSite.EmblemName);
        AssertEmblemSource(site, "blog/2026/old-footer.html", "../../_icp-badge/" + TempSite.EmblemName);
        foreach (var page in TempSite.Pages)
        {
            Assert.Equal(-1, site.Read(page).AsSpan().IndexOf("data:image"u8));
        }
    }

    [Fact]
    public async Task Inject_EmblemCopyRerun_ChangesAndRewritesNothing()
    {
        using var site = TempSite.Create();
        await RunInjectAsync(site, "--emblem", "copy");
        site.SetWriteTimes(PastTime);
        var bytes = site.Snapshot();

        var second = await RunInjectAsync(site, "--emblem", "copy");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains(": 0 changed, 6 unchanged,", second.Out, StringComparison.Ordinal);
        AssertSameFiles(bytes, site.Snapshot());
        Assert.All(site.WriteTimes().Values, t => Assert.Equal(PastTime, t));
        Assert.Single(Directory.GetFiles(Path.Combine(site.Site, "_icp-badge")));
    }

    private static void AssertEmblemSource(TempSite site, string page, string expected)
    {
        var text = Encoding.UTF8.GetString(site.Read(page));
        Assert.Contains($"<img src=\"{expected}\"", text, StringComparison.Ordinal);
    }

    private static void AssertSameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} changed.");
        }
    }
}

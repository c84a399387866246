using System.Text;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>icp-badge inject DIR</c> on a copy of <c>sample-site/static/</c>: where the block goes and that every byte outside
/// it stays as it was. Idempotency and dry runs, safety (links, read-only pages, bad input) and fault injection are in
/// the other <c>InjectCommandTests.*.cs</c> files.
/// </summary>
public sealed partial class InjectCommandTests
{
    private const string IcpNumber = "京ICP备20260101号-1";

    private const string PoliceNumber = "京公网安备11010502030143号";

    static InjectCommandTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static Encoding Gbk => Encoding.GetEncoding(936);

    [Fact]
    public async Task Inject_SampleSite_ChangesEveryPageAndExits0()
    {
        using var site = TempSite.Create();

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Equal($"6 page(s) in {site.Site}: 6 changed, 0 unchanged, 0 skipped, 0 failed.", Assert.Single(result.OutLines));
        foreach (var page in TempSite.Pages)
        {
            Assert.NotEqual(TempSite.Original(page), site.Read(page));
        }

        Assert.Empty(site.TempFiles());
    }

    [Theory]
    [MemberData(nameof(SamplePages))]
    public async Task Inject_SamplePage_EveryByteOutsideTheBlockUnchanged(string page)
    {
        using var site = TempSite.Create();
        var original = TempSite.Original(page);

        await RunInjectAsync(site);

        var injected = site.Read(page);
        Assert.Equal(original, InjectedBlock.Replace(injected, InjectedBlock.ReplacedIn(original)));
    }

    [Theory]
    [MemberData(nameof(SamplePages))]
    public async Task Inject_SamplePage_BlockHasNumbersAndLinks(string page)
    {
        using var site = TempSite.Create();

        await RunInjectAsync(site);

        var encoding = page == "news-gbk.html" ? Gbk : Encoding.UTF8;
        var block = encoding.GetString(InjectedBlock.Of(site.Read(page)));
        Assert.Contains($">{IcpNumber}</a>", block, StringComparison.Ordinal);
        Assert.Contains("href=\"https://beian.miit.gov.cn/\"", block, StringComparison.Ordinal);
        Assert.Contains(PoliceNumber, block, StringComparison.Ordinal);
        Assert.Contains("code=11010502030143", block, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", block, StringComparison.Ordinal);
        Assert.Contains("2019–2026 北京京华示例科技有限公司 版权所有", block, StringComparison.Ordinal);
        Assert.DoesNotContain("miitbeian", block, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_IndexWithScriptAndCommentDecoys_BlockRightBeforeItsFooterCloseWithDivWrapper()
    {
        using var site = TempSite.Create();
        var original = Encoding.UTF8.GetString(TempSite.Original("index.html"));
        var footerClose = original.LastIndexOf("  </footer>\n</body>", StringComparison.Ordinal) + 2;

        await RunInjectAsync(site);

        var page = site.Read("index.html");
        var (start, end) = InjectedBlock.Find(page);
        Assert.Equal(Encoding.UTF8.GetByteCount(original[..footerClose]), start);
        Assert.True(page.AsSpan(end).StartsWith("</footer>\n</body>\n</html>\n"u8));
        var block = Encoding.UTF8.GetString(page, start, end - start);
        Assert.StartsWith("<!-- icp-badge:begin -->\n<div class=\"icp-badge\" lang=\"zh-CN\"", block, StringComparison.Ordinal);
        Assert.EndsWith("</div>\n<!-- icp-badge:end -->", block, StringComparison.Ordinal);
        Assert.DoesNotContain("<footer", block, StringComparison.Ordinal);

        // The decoys are where they were, untouched.
        var text = Encoding.UTF8.GetString(page);
        Assert.Contains("console.log(\"<footer></footer>\");\n    </script>\n    <!-- <footer>commented out</footer> -->\n  </main>", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("</script>", StringComparison.Ordinal) < start);
    }

    [Fact]
    public async Task Inject_PageWithoutFooter_BlockBeforeBodyCloseWithFooterWrapper()
    {
        using var site = TempSite.Create();

        await RunInjectAsync(site);

        var page = site.Read("news-gbk.html");
        var (_, end) = InjectedBlock.Find(page);
        Assert.True(page.AsSpan(end).SequenceEqual("</body>\n</html>\n"u8));
        var block = Gbk.GetString(InjectedBlock.Of(page));
        Assert.StartsWith("<!-- icp-badge:begin -->\n<footer class=\"icp-badge\" lang=\"zh-CN\"", block, StringComparison.Ordinal);
        Assert.EndsWith("</footer>\n<!-- icp-badge:end -->", block, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_BomAndCrLfPage_KeepsBomAndEveryBlockLineEndsWithCrLf()
    {
        using var site = TempSite.Create();
        Assert.True(TempSite.Original("about/index.html").AsSpan().StartsWith("\uFEFF<!DOCTYPE html>\r\n"u8));

        await RunInjectAsync(site);

        var page = site.Read("about/index.html");
        Assert.True(page.AsSpan().StartsWith("\uFEFF<!DOCTYPE html>\r\n"u8));
        Assert.Equal(1, CountOf(page, [0xEF, 0xBB, 0xBF]));
        var block = InjectedBlock.Of(page);
        var lineFeeds = block.Count(b => b == (byte)'\n');
        Assert.True(lineFeeds >= 4, $"Expected a block of several lines, found {lineFeeds} line feeds.");
        Assert.Equal(lineFeeds, CountOf(block, "\r\n"u8));
        Assert.Equal(0, CountOf(page, "\r\r"u8));

        // Every line of the whole page still ends with CRLF.
        Assert.Equal(page.Count(b => b == (byte)'\n'), CountOf(page, "\r\n"u8));
        var (_, end) = InjectedBlock.Find(page);
        Assert.True(page.AsSpan(end).SequenceEqual("</body>\r\n</html>\r\n"u8));
    }

    [Fact]
    public async Task Inject_LfPages_BlockHasNoCarriageReturn()
    {
        using var site = TempSite.Create();

        await RunInjectAsync(site);

        foreach (var page in TempSite.Pages.Where(p => p != "about/index.html"))
        {
            Assert.DoesNotContain((byte)'\r', InjectedBlock.Of(site.Read(page)));
        }
    }

    [Fact]
    public async Task Inject_Gb2312Page_BlockInGbkWithNumericReferenceForCopyrightSign()
    {
        using var site = TempSite.Create();
        var original = TempSite.Original("news-gbk.html");
        Assert.Contains("charset=gb2312", Encoding.ASCII.GetString(original), StringComparison.Ordinal);

        await RunInjectAsync(site);

        var page = site.Read("news-gbk.html");
        var block = InjectedBlock.Of(page);
        var strictGbk = Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var text = strictGbk.GetString(block);
        Assert.Contains(IcpNumber, text, StringComparison.Ordinal);
        Assert.Contains(PoliceNumber, text, StringComparison.Ordinal);
        Assert.Contains("版权所有", text, StringComparison.Ordinal);
        Assert.Contains("北京京华示例科技有限公司", text, StringComparison.Ordinal);
        Assert.Contains("&#169; 2019", text, StringComparison.Ordinal);
        Assert.DoesNotContain("©", text, StringComparison.Ordinal);

        // Encoded in GBK, not UTF-8: the UTF-8 bytes of 版权所有 are not in the page, the GBK bytes are.
        Assert.Equal(-1, page.AsSpan().IndexOf(Encoding.UTF8.GetBytes("版权所有")));
        Assert.True(block.AsSpan().IndexOf(Gbk.GetBytes("版权所有")) >= 0);
        Assert.Contains("旧版新闻页面", strictGbk.GetString(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_MarkerPage_BlockReplacesMarkerInPlace()
    {
        using var site = TempSite.Create();

        await RunInjectAsync(site);

        var page = site.Read("contact.html");
        Assert.Equal(-1, page.AsSpan().IndexOf(InjectedBlock.Marker));
        var text = Encoding.UTF8.GetString(page);
        Assert.Contains("<div class=\"bottom\">\n  <!-- icp-badge:begin -->\n<footer class=\"icp-badge\"", text, StringComparison.Ordinal);
        Assert.Contains("</footer>\n<!-- icp-badge:end -->\n</div>\n<p>The footer goes where the marker is.</p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_PageWithOldBlock_ReplacesItWhole()
    {
        using var site = TempSite.Create();

        await RunInjectAsync(site);

        var text = Encoding.UTF8.GetString(site.Read("blog/2026/old-footer.html"));
        Assert.DoesNotContain("miitbeian", text, StringComparison.Ordinal);
        Assert.Contains("https://beian.miit.gov.cn/", text, StringComparison.Ordinal);
        Assert.Contains("earlier run, with a stale number.</p></article>\n<!-- icp-badge:begin -->\n<footer class=\"icp-badge\"", text, StringComparison.Ordinal);
        Assert.EndsWith("</footer>\n<!-- icp-badge:end -->\n</body>\n</html>\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_FragmentWithoutBody_BlockAtEndOfFile()
    {
        using var site = TempSite.Create();
        var original = TempSite.Original("fragment.htm");

        await RunInjectAsync(site);

        var page = site.Read("fragment.htm");
        Assert.True(page.AsSpan().StartsWith(original));
        Assert.True(page.AsSpan().EndsWith(InjectedBlock.End));
        Assert.Equal(original.Length, InjectedBlock.Find(page).Start);
        Assert.True(page.AsSpan(original.Length).StartsWith("<!-- icp-badge:begin -->\n<footer class=\"icp-badge\""u8));
    }

    [Fact]
    public async Task Inject_CompactTemplate_UsedForEveryPage()
    {
        using var site = TempSite.Create();

        var result = await RunInjectAsync(site, "--template", "compact");

        Assert.Equal(0, result.ExitCode);
        var block = Encoding.UTF8.GetString(InjectedBlock.Of(site.Read("index.html")));
        Assert.Contains("<div class=\"icp-badge icp-badge--compact icp-badge__footer\"", block, StringComparison.Ordinal);
        Assert.Contains(IcpNumber, block, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_PageMode_KeptAfterAtomicReplace()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = TempSite.Create();
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(site.PathOf("index.html"), Mode);

        await RunInjectAsync(site);

        Assert.NotEqual(TempSite.Original("index.html"), site.Read("index.html"));
        Assert.Equal(Mode, File.GetUnixFileMode(site.PathOf("index.html")));
    }

    public static TheoryData<string> SamplePages() => [.. TempSite.Pages];

    private static Task<CliResult> RunInjectAsync(TempSite site, params string[] more) =>
        CliRunner.RunAtNowAsync(["inject", site.Site, "--config", site.Config, .. more]);

    private static int CountOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle); at >= 0; at = haystack.IndexOf(needle))
        {
            count++;
            haystack = haystack[(at + needle.Length)..];
        }

        return count;
    }
}

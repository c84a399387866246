using System.Text;

namespace IcpBadge.StaticSites.Tests.Fuzz;

/// <summary>Pages the fuzz targets found, kept as plain tests.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly FooterBlocks Blocks = new((_, _) => "<footer>京ICP备12345678号-1</footer>");

    /// <summary>
    /// A page without <c>&lt;/body&gt;</c> that ends inside an unclosed comment or raw-text element: a block appended
    /// there would be hidden (comment, style) or run as script, and the next run would not see it and add another.
    /// </summary>
    [Theory]
    [InlineData("<p>x</p><style>", "<style>")]
    [InlineData("<p>x</p><script>var a = 1;", "<script>")]
    [InlineData("<title>首页", "<title>")]
    [InlineData("<p>x</p><!-- 注释没有结束", "<!--")]
    public void Inject_PageEndsInsideUnclosedElement_SkippedWithReason(string html, string element)
    {
        var page = Encoding.UTF8.GetBytes(html);

        var injected = PageInjector.Inject(page, Blocks, 0, out _, out var problem);

        Assert.Null(injected);
        Assert.NotNull(problem);
        Assert.Contains(element, problem.En, StringComparison.Ordinal);
        Assert.Contains(element, problem.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>x</p><style>p{}</style>")]
    [InlineData("<p>x</p><!-- c -->")]
    public void Inject_PageEndsAfterClosedElement_AppendsOnceAndIsIdempotent(string html)
    {
        var page = Encoding.UTF8.GetBytes(html);

        var injected = PageInjector.Inject(page, Blocks, 0, out _, out var problem);

        Assert.Null(problem);
        Assert.NotNull(injected);
        Assert.Null(PageInjector.Inject(injected, Blocks, 0, out _, out var again));
        Assert.Null(again);
    }

    /// <summary>
    /// The old block held the first <c>&lt;meta charset&gt;</c>: the charset is read from the page outside the block,
    /// so the new block is written in the page's own (GBK) and a rerun writes the same bytes.
    /// </summary>
    [Fact]
    public void Inject_CharsetDeclaredInsideOldBlock_UsesThePageOwnCharsetAndIsIdempotent()
    {
        var page = Encoding.ASCII.GetBytes("<!-- icp-badge:begin --><meta charset=\"utf-8\"><!-- icp-badge:end --><meta charset=gbk><body></body>");

        var injected = PageInjector.Inject(page, Blocks, 0, out _, out var problem);

        Assert.Null(problem);
        Assert.NotNull(injected);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Contains("京ICP备", Encoding.GetEncoding("gbk").GetString(injected), StringComparison.Ordinal);
        Assert.Null(PageInjector.Inject(injected, Blocks, 0, out _, out var again));
        Assert.Null(again);
    }
}

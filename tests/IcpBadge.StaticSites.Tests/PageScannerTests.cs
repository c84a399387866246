using System.Text;

namespace IcpBadge.StaticSites.Tests;

/// <summary>Where <see cref="PageScanner"/> puts the block, on pages written to show one rule each.</summary>
public sealed class PageScannerTests
{
    [Fact]
    public void Plan_PageWithFooter_BeforeFooterCloseAndInsideFooter()
    {
        const string Html = "<html><body><main>x</main><footer><p>联系我们</p></footer></body></html>";

        var plan = Plan(Html);

        Assert.Equal(new PagePlan(Placement.Footer, At(Html, "</footer>"), At(Html, "</footer>"), InsideFooter: true), plan);
    }

    [Fact]
    public void Plan_PageWithoutFooter_BeforeBodyClose()
    {
        const string Html = "<html><body><p>x</p></body></html>\n";

        var plan = Plan(Html);

        Assert.Equal(new PagePlan(Placement.Body, At(Html, "</body>"), At(Html, "</body>"), InsideFooter: false), plan);
    }

    [Fact]
    public void Plan_FragmentWithoutBody_AtEndOfFile()
    {
        const string Html = "<p>fragment</p>\n";

        var plan = Plan(Html);

        Assert.Equal(new PagePlan(Placement.EndOfFile, Html.Length, Html.Length, InsideFooter: false), plan);
    }

    [Fact]
    public void Plan_FooterNeverClosedAndNoBody_EndOfFileInsideFooter()
    {
        const string Html = "<p>fragment</p>\n<footer><p>never closed</p>\n";

        Assert.Equal(new PagePlan(Placement.EndOfFile, Html.Length, Html.Length, InsideFooter: true), Plan(Html));
    }

    [Fact]
    public void Plan_FooterCloseInScriptString_TheRealFooterClose()
    {
        // The page bench/scripts/generate-site.py writes: a script logs '</footer>' after the real footer.
        const string Html = "<html><body>\n<footer class=\"site-footer\"><p>联系我们</p></footer>\n<script>console.log('</footer>')</script>\n</body>\n</html>\n";

        var plan = Plan(Html);

        Assert.Equal(Placement.Footer, plan.Placement);
        Assert.Equal(Bytes(Html[..Html.IndexOf("</footer>", StringComparison.Ordinal)]).Length, plan.Start);
    }

    [Theory]
    [InlineData("<!-- <footer>old</footer> </body> -->")]
    [InlineData("<script>document.write(\"<footer></footer></body>\");</script>")]
    [InlineData("<script>//<![CDATA[\nvar s = \"</footer></body>\";\n//]]></script>")]
    [InlineData("<style>/*<![CDATA[*/ a::after { content: \"</body>\" } /*]]>*/</style>")]
    [InlineData("<textarea><footer></footer></body></textarea>")]
    [InlineData("<title></body></title>")]
    [InlineData("<pre>&lt;footer&gt;&lt;/footer&gt;&lt;/body&gt;</pre>")]
    [InlineData("<SCRIPT type=\"module\">let f = '<footer></footer></body>';</SCRIPT >")]
    public void Plan_LookalikesInCommentsScriptsAndText_Ignored(string decoy)
    {
        var html = "<html><body>\n" + decoy + "\n<p>x</p>\n</body></html>\n";

        var plan = Plan(html);

        Assert.Equal(new PagePlan(Placement.Body, html.LastIndexOf("</body>", StringComparison.Ordinal), html.LastIndexOf("</body>", StringComparison.Ordinal), false), plan);
    }

    [Fact]
    public void Plan_UpperCaseTags_Found()
    {
        const string Html = "<HTML><BODY><FOOTER CLASS=x><P>x</P></FOOTER></BODY></HTML>";

        var plan = Plan(Html);

        Assert.Equal(new PagePlan(Placement.Footer, At(Html, "</FOOTER>"), At(Html, "</FOOTER>"), true), plan);
    }

    [Theory]
    [InlineData("<footers>x</footers></body>")]
    [InlineData("<footer-links>x</footer-links></body>")]
    [InlineData("<bodyguard></bodyguard></body>")]
    public void Plan_LongerTagNames_NotTakenForFooterOrBody(string tail)
    {
        var html = "<body>" + tail;

        var plan = Plan(html);

        Assert.Equal(new PagePlan(Placement.Body, html.LastIndexOf("</body>", StringComparison.Ordinal), html.LastIndexOf("</body>", StringComparison.Ordinal), false), plan);
    }

    [Fact]
    public void Plan_NestedFooters_BeforeTheOuterFooterClose()
    {
        const string Html = "<body><footer><section><footer>inner</footer></section>outer</footer><footer>second</footer></body>";
        var outerClose = At(Html, "</footer><footer>second");

        var plan = Plan(Html);

        Assert.Equal(new PagePlan(Placement.Footer, outerClose, outerClose, true), plan);
    }

    [Fact]
    public void Plan_ExistingBlock_FoundAgainWholeWithItsFooterDepth()
    {
        const string Block = "<!-- icp-badge:begin -->\n<div class=\"icp-badge\">old</div>\n<!-- icp-badge:end -->";
        const string Html = "<body><footer><p>x</p>" + Block + "</footer></body>";
        var start = At(Html, Block);

        var plan = Plan(Html);

        Assert.Equal(new PagePlan(Placement.ExistingBlock, start, start + Block.Length, InsideFooter: true), plan);
    }

    [Fact]
    public void Plan_ExistingBlockWithoutSpaces_FoundAgainOutsideFooter()
    {
        const string Block = "<!--icp-badge:begin--><footer>old</footer><!--icp-badge:end-->";
        const string Html = "<body><p>x</p>" + Block + "</body>";
        var start = At(Html, Block);

        Assert.Equal(new PagePlan(Placement.ExistingBlock, start, start + Block.Length, InsideFooter: false), Plan(Html));
    }

    [Fact]
    public void Plan_ExistingBlockBeatsMarkerAndFooter()
    {
        const string Block = "<!-- icp-badge:begin -->x<!-- icp-badge:end -->";
        const string Html = "<body><!-- icp-badge --><footer>f</footer>" + Block + "</body>";

        var plan = Plan(Html);

        Assert.Equal(Placement.ExistingBlock, plan.Placement);
        Assert.Equal(At(Html, Block), plan.Start);
    }

    [Fact]
    public void Plan_Marker_ReplacedWithTheMarkerSpan()
    {
        const string Marker = "<!-- icp-badge -->";
        const string Html = "<body><div class=\"bottom\">" + Marker + "</div><footer>f</footer></body>";
        var start = At(Html, Marker);

        Assert.Equal(new PagePlan(Placement.Marker, start, start + Marker.Length, InsideFooter: false), Plan(Html));
    }

    [Fact]
    public void Plan_BeginWithoutEnd_NoPlanAndAReason()
    {
        var plan = PageScanner.Plan(Bytes("<body><!-- icp-badge:begin --><p>x</p></body>"), out var problem);

        Assert.Null(plan);
        Assert.Equal("'<!-- icp-badge:begin -->' without '<!-- icp-badge:end -->' after it; fix or remove the old block", problem?.En);
        Assert.Equal("有“<!-- icp-badge:begin -->”但其后没有“<!-- icp-badge:end -->”；请修复或删除旧的页脚块", problem?.Zh);
    }

    [Fact]
    public void Plan_BlockMarkersOnlyInScript_NotAnExistingBlock()
    {
        const string Html = "<body><script>var s = '<!-- icp-badge:begin -->';</script></body>";

        Assert.Equal(Placement.Body, Plan(Html).Placement);
    }

    [Theory]
    [InlineData("a\r\nb\r\nc\n", true)]
    [InlineData("a\r\nb\nc\n", false)]
    [InlineData("a\r\nb\n", false)]
    [InlineData("a\nb\n", false)]
    [InlineData("no line break", false)]
    [InlineData("\r\n", true)]
    public void PrefersCrLf_MoreCrLfThanBareLf(string text, bool expected)
    {
        Assert.Equal(expected, PageScanner.PrefersCrLf(Bytes(text)));
    }

    private static PagePlan Plan(string html)
    {
        var plan = PageScanner.Plan(Bytes(html), out var problem);
        Assert.Null(problem);
        Assert.NotNull(plan);
        return plan.Value;
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The byte offset of <paramref name="what"/> in <paramref name="html"/>.</summary>
    private static int At(string html, string what) => Bytes(html[..html.IndexOf(what, StringComparison.Ordinal)]).Length;
}

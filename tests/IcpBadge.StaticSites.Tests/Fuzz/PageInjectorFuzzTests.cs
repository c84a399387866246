using System.Text;
using CsCheck;
using IcpBadge.Tests.Fuzz;

namespace IcpBadge.StaticSites.Tests.Fuzz;

/// <summary>
/// Fuzzes <see cref="PageScanner"/> and the whole <see cref="PageInjector.Inject"/> on pages glued together from HTML
/// pieces that matter to the scanner (comments, unclosed comments, scripts, styles, CDATA, markers, footers, bodies,
/// charsets, BOMs, CRLF) and raw bytes. Properties: no exception; the page outside the replaced range is copied byte
/// for byte and the range becomes exactly begin-marker … end-marker (so removing that block from a page that had
/// none gives the original back); a second inject changes nothing.
/// </summary>
public sealed class PageInjectorFuzzTests
{
    private static readonly string[] Pieces =
    [
        "<!DOCTYPE html>", "<html>", "<head>", "</head>", "<meta charset=\"utf-8\">", "<meta charset=gbk>", "<meta charset=\"big5\">",
        "<meta charset=utf-16>", "<meta charset=\"x-unknown\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb18030\">",
        "<body>", "</body>", "<BODY class=a>", "</BODY >", "</body\n>", "</bodyx>", "<footer>", "</footer>", "<FOOTER id=f>", "</Footer\t>",
        "<footer/>", "<footers>", "<script>", "</script>", "<script>var s = '</footer></body>';", "<script type=module>", "</SCRIPT >",
        "<style>", "</style>", "<style>p{}</style>", "<textarea>", "</textarea>", "<title>", "</title>", "<title>首页</title>",
        "<!-- x -->", "<!--", "-->", "<!---->", "<!-->", "<!-- icp-badge -->", "<!--icp-badge-->", "<!-- icp-badge:begin -->",
        "<!-- icp-badge:end -->", "<!--\ticp-badge:begin\r\n-->", "<![CDATA[", "]]>", "<![CDATA[</body>]]>", "<p>中文内容</p>", "<p>x</p>",
        "<div>", "</div>", "<", ">", "</", "<!", "\r\n", "\n", "\r", " ", "&amp;", "&#x3c;", "é", "\u00A0", "😀",
    ];

    private static readonly Gen<byte[]> Piece = Gen.OneOf(
        Gen.OneOf(Pieces).Select(Encoding.UTF8.GetBytes),
        Gen.OneOf(Pieces).Select(Encoding.UTF8.GetBytes),
        Gen.OneOf(Pieces).Select(Encoding.UTF8.GetBytes),
        Gen.Byte.Array[1, 4],
        Gen.OneOf<byte[]>([0xB1, 0xB8], [0xA4, 0xA4], [0xE4, 0xB8], [0x81, 0x30, 0x81, 0x30], [0xFF]));

    private static readonly Gen<byte[]> Page =
        from bom in Gen.OneOf<byte[]>([], [], [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF])
        from pieces in Piece.Array[0, 40]
        select bom.Concat(pieces.SelectMany(p => p)).ToArray();

    private static readonly FooterBlocks Blocks = new((insideFooter, depth) =>
    {
        var emblem = string.Concat(Enumerable.Repeat("../", depth)) + "icp-badge/police.png";
        var inner = $"<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>\n<img src=\"{emblem}\" alt=\"\">京公网安备11010802020134号\n";
        return insideFooter ? $"<div class=\"icp-badge\">\n{inner}</div>\n" : $"<footer class=\"icp-badge\">\n{inner}</footer>\n";
    });

    [Fact]
    [Trait("Category", Fuzzing.Category)]
    public void Fuzz_PageScanner_PlanStaysInsideThePage()
    {
        Fuzzing.Run("page-scanner", Page, page =>
        {
            var plan = PageScanner.Plan(page, out var problem);
            _ = PageScanner.PrefersCrLf(page);
            if (plan is not { } p)
            {
                Assert.NotNull(problem);
                return;
            }

            Assert.Null(problem);
            Assert.InRange(p.Start, 0, page.Length);
            Assert.InRange(p.End, p.Start, page.Length);
            Assert.True(p.Placement is Placement.ExistingBlock or Placement.Marker || p.Start == p.End);
        }, iterations: 3000, print: Fuzzing.Show);
    }

    [Fact]
    [Trait("Category", Fuzzing.Category)]
    public void Fuzz_Inject_CopiesThePageOutsideTheBlockAndIsIdempotent()
    {
        Fuzzing.Run("page-inject", Gen.Select(Page, Gen.Int[0, 3]), sample =>
        {
            var (page, depth) = sample;
            var original = page.ToArray();
            var injected = PageInjector.Inject(page, Blocks, depth, out var placement, out var problem);
            Assert.Equal(original, page);
            if (injected is null)
            {
                return; // skipped with a reason, or already carries this very block
            }

            Assert.Null(problem);
            var plan = PageScanner.Plan(page, out _)!.Value;
            Assert.Equal(plan.Placement, placement);
            var blockLength = injected.Length - (page.Length - (plan.End - plan.Start));
            Assert.Equal(page[..plan.Start], injected[..plan.Start]);
            Assert.Equal(page[plan.End..], injected[(plan.Start + blockLength)..]);
            var block = injected.AsSpan(plan.Start, blockLength);
            Assert.True(block.StartsWith(Encoding.ASCII.GetBytes(PageScanner.BeginMarker)), "the block starts with the begin marker");
            Assert.True(block.EndsWith(Encoding.ASCII.GetBytes(PageScanner.EndMarker)), "the block ends with the end marker");
            if (plan.Start == plan.End)
            {
                // Nothing was replaced: taking the block out again gives the original page, byte for byte.
                byte[] removed = [.. injected[..plan.Start], .. injected[(plan.Start + blockLength)..]];
                Assert.Equal(page, removed);
            }

            var again = PageInjector.Inject(injected, Blocks, depth, out var againPlacement, out var againProblem);
            Assert.True(again is null && againProblem is null, $"a second inject changed the page again ({againPlacement}, {againProblem?.En})");
            Assert.Equal(Placement.ExistingBlock, againPlacement);
        }, iterations: 3000, print: s => $"depth {s.Item2}: {Fuzzing.Show(s.Item1)}");
    }
}

using System.Text;
using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests;

/// <summary>
/// The scan text of a page and the shortcuts taken to build and search it quickly (SPEC §8, P3). The expected values
/// were produced by the earlier, plainer implementation (InnerText, a regex per text node, a regex per line), so they
/// pin that the shortcuts changed nothing.
/// </summary>
public sealed class ScanTextTests
{
    [Theory]
    [InlineData("<body>\n<p> a </p>\n\n<p>b\tc</p>&amp; <span> </span><span> x</span></body>", " a \nb c\n&  x", 10, null, "0,3,0,False,False;4,3,3,False,False;8,2,6,False,False;10,2,8,False,False")]
    [InlineData("<html><head><title> T\n  i &amp; tle </title></head><body>  <div>\n</div> <b> </b>one  two<br>three\f<i>\r\n</i></body></html>", "one two\nthree ", 13, "T i & tle", "0,7,0,False,False;8,6,7,False,False")]
    [InlineData("<body><p>&nbsp; &#12288;</p> <p>\u3000x\u00A0 y</p><pre>  keep\n  me </pre>   </body>", "\u00A0 \u3000\n\u3000x\u00A0 y\n keep me \n", 17, null, "0,3,0,False,False;4,5,3,False,False;10,9,8,False,False")]
    [InlineData("<body><div hidden> h </div> <div style=\"display: none\">n</div><footer> f </footer>  tail</body>", " h \nn\n f \n tail", 8, null, "0,3,0,True,False;4,1,0,True,False;6,3,0,False,True;10,5,3,False,False")]
    [InlineData("no body at all <p> p </p>  ", "no body at all \n p \n", 18, null, "0,15,0,False,False;16,3,15,False,False")]
    [InlineData("<body><form></form></FORM> <p>x</p></body>", "</form> \nx\n", 9, null, "0,7,0,False,False;7,1,7,False,False;9,1,8,False,False")]
    [InlineData("<BODY><P>Up</P><TITLE>late title</TITLE></BODY>", "Up\n", 2, "late title", "0,2,0,False,False")]
    public void ScanText_IsAsBefore(string html, string text, int visibleLength, string? title, string segments)
    {
        var page = PageDocument.Parse(html);

        Assert.Equal(text, page.Text);
        Assert.Equal(visibleLength, page.VisibleLength);
        Assert.Equal(title, page.Title);
        Assert.Equal(segments, string.Join(";", page.Segments.Select(s => $"{s.ScanStart},{s.Length},{s.VisibleStart},{s.Hidden},{s.InFooterElement}")));
        Assert.All(page.Segments, s => Assert.Equal(HtmlAgilityPack.HtmlNodeType.Text, s.Node.NodeType));
    }

    [Fact]
    public void ALink_StaysOnItsLine_LikeEveryInlineElement()
    {
        var page = PageDocument.Parse("<body><p>沪公网安备: <a href=\"#\">31010902002961号</a></p><div>下一块</div></body>");

        Assert.Equal("沪公网安备: 31010902002961号\n下一块\n", page.Text);
    }

    [Fact]
    public void AppendCollapsed_EqualsTheWhitespaceRegex()
    {
        // Every short string over an alphabet of the collapsed characters, spaces that are not collapsed, and text.
        const string alphabet = " \t\r\n\f\u00A0\u3000a文";
        var random = new Random(20261124);
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var builder = new StringBuilder("x");
            PageDocument.AppendCollapsed(builder, text);
            Assert.Equal("x" + PageDocument.CollapseWhitespace(text), builder.ToString());
        }
    }

    [Theory]
    [InlineData("icp-badge 2024-01 京B2-20090059号", "京B2-20090059号")]
    [InlineData("a-b 京B2－20090059", "京B2－20090059")]
    [InlineData("B1.B2-20090059 x-1", "B1.B2-20090059")]
    [InlineData("京B2-2009005 icp-badge", "")]
    [InlineData("京B2-200900591", "")]
    public void TelecomLicence_IsFoundOnLinesWithOtherDashes(string line, string expected)
    {
        var text = "前一行 - 12345678\n" + line + "\n后一行";

        var licences = NumberScanner.Scan(text).Where(c => c.Kind == CandidateKind.Licence).Select(c => c.Text);

        Assert.Equal(expected, string.Join(" ", licences));
    }

    [Fact]
    public void CopyrightLines_AreEachLineWithAMatchOnce()
    {
        // Two matches on one line count once; a match on the last line (no line break after it) counts.
        var html = "<body><p>正文</p><footer><p>© 2024 Copyright 别家公司</p><p>京ICP备12345678号-1</p><p>版权所有 其他公司</p></footer></body>";

        var findings = Fixture.Inspect(html, config: Fixture.Config());

        var cpr002 = Assert.Single(findings, f => f.Rule == "CPR002");
        Assert.Equal("© 2024 Copyright 别家公司", cpr002.Evidence);
    }
}

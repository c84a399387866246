using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests;

/// <summary>
/// SPEC §6 judges a police number as a reader sees it: a label outside the link and the digits inside it are one
/// number, and its link is the <c>&lt;a&gt;</c> holding the digits.
/// </summary>
public sealed class PoliceNumberAcrossElementsTests
{
    private const string Record = "https://beian.mps.gov.cn/#/query/webSearch?code=31010902002961";

    private static string Page(string police) =>
        "<html><head><title>示例网站</title></head><body><h1>示例网站</h1>" +
        "<footer><p>© 2024 示例科技有限公司 版权所有</p>" +
        "<p><a href=\"https://beian.miit.gov.cn/\">沪ICP备12345678号-1</a></p>" +
        $"<p><img src=\"/police.png\" alt=\"\">{police}</p></footer></body></html>";

    [Theory]
    [InlineData("沪公网安备: <a href=\"" + Record + "\">31010902002961号</a>")]
    [InlineData("沪公网安备:<a href=\"" + Record + "\">31010902002961号</a>")]
    [InlineData("沪公网安备：<a href=\"" + Record + "\">31010902002961号</a>")]
    [InlineData("沪公网安备 <a href=\"" + Record + "\">31010902002961号</a>")]
    [InlineData("沪公网安备<a href=\"" + Record + "\">31010902002961号</a>")]
    [InlineData("<span>沪公网安备</span> <a href=\"" + Record + "\"><span>31010902002961</span>号</a>")]
    public void LabelOutsideTheLink_DigitsInside_IsTheLinkedPoliceNumber(string police)
    {
        var findings = Fixture.Inspect(Page(police));

        Assert.True(findings.Count == 0, Fixture.Describe(findings));
    }

    [Fact]
    public void LabelOutsideTheLink_LinkWithAnotherCode_IsPsb004ForTheNumber()
    {
        var findings = Fixture.Inspect(Page("沪公网安备: <a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=31010902002999\">31010902002961号</a>"));

        var psb004 = Assert.Single(findings);
        Assert.Equal("PSB004", psb004.Rule);
        Assert.Equal("沪公网安备: 31010902002961号", psb004.Evidence);
        Assert.Contains("31010902002999", psb004.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelAndDigitsOutsideAnyLink_IsNotLinked()
    {
        var findings = Fixture.Inspect(Page("沪公网安备: 31010902002961号"));

        Assert.Equal("PSB004:Error", Fixture.Summary(findings));
    }
}

using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests;

/// <summary>
/// SPEC §1.3: a malformed police number gets only its malformation finding (PSB002), whatever its link, emblem or
/// place; its message says what the number must be.
/// </summary>
public sealed class MalformedPoliceNumberTests
{
    private static string Page(string police) =>
        "<body><header><p>" + police + "</p></header><main><p>正文</p></main>" +
        "<footer><p>© 示例</p><a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a></footer></body>";

    [Theory]
    [InlineData("00")]
    [InlineData("66")]
    public void DivisionCodeOfNoProvince_IsMalformed_AndGetsOnlyPsb002(string division)
    {
        // Unlinked, no emblem, outside the footer: the link, emblem and place rules would all fire for a well-formed number.
        var findings = Fixture.Inspect(Page($"京公网安备{division}010502030143号"));

        var psb002 = Assert.Single(findings);
        Assert.Equal("PSB002", psb002.Rule);
        Assert.Equal(FindingSeverity.Error, psb002.Severity);
        Assert.Contains($"starts with {division}", psb002.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ThirteenDigits_SaysTheNumberMustHaveFourteen()
    {
        var findings = Fixture.Inspect(Page("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=1101050203014\">京公网安备1101050203014号</a>"));

        var psb002 = Assert.Single(findings);
        Assert.Equal("PSB002", psb002.Rule);
        Assert.Contains("must have 14 digits; it has 13", psb002.MessageEn, StringComparison.Ordinal);
        Assert.Contains("14位数字", psb002.MessageZh, StringComparison.Ordinal);
    }
}

using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests;

/// <summary>Markup shapes the fixtures don't cover: numbers split across elements, blocks that must not merge, junk.</summary>
public sealed class EdgeCaseTests
{
    private const string Police = "<img src=\"/p.png\" alt=\"\"><a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\">京公网安备11010502030143号</a>";

    [Fact]
    public void NumberSplitAcrossInlineElements_IsOneNumber()
    {
        var html = $"<body><footer><p>© 示例</p><a href=\"https://beian.miit.gov.cn/\">京ICP备<span>12345678</span>号-1</a> {Police}</footer></body>";

        Assert.Equal(string.Empty, Fixture.Summary(Fixture.Inspect(html)));
    }

    [Fact]
    public void NextBlockDigits_DoNotRunIntoTheNumber()
    {
        var html = $"<body><footer><p>© 示例</p><a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a><div>2024</div> {Police}</footer></body>";

        Assert.Equal(string.Empty, Fixture.Summary(Fixture.Inspect(html)));
    }

    [Fact]
    public void MiitLinkOnTheFollowingLine_IsAWarningNotAnError()
    {
        var html = $"<body><footer><p>© 示例</p><p>京ICP备12345678号-1</p><p><a href=\"https://beian.miit.gov.cn/\">工信部备案查询</a></p><p>{Police}</p></footer></body>";

        Assert.Equal("ICP005:Warning", Fixture.Summary(Fixture.Inspect(html)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<<<>>>")]
    [InlineData("<html><body><a href=\"javascript:\">京公网安备</a>ICP备 号</body>")]
    [InlineData("<footer>京ICP备12345678号-1<a href=\"http://[::1\">x</a></footer>")]
    public void Junk_NeverThrows(string html)
    {
        var findings = Fixture.Inspect(html);

        Assert.NotNull(findings);
    }
}

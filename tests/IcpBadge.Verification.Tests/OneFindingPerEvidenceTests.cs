using IcpBadge.Localization;
using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests;

/// <summary>SPEC §6: one finding per rule and evidence text on a page.</summary>
public sealed class OneFindingPerEvidenceTests
{
    private const string Police = "<img src=\"/p.png\" alt=\"\"><a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\">京公网安备11010502030143号</a>";

    [Fact]
    public void ANumberRepeatedFiveTimes_WithTheSameDefects_IsReportedOncePerRule()
    {
        var repeated = string.Concat(Enumerable.Repeat("<p>京ICP备12345678号</p>", 5));
        var html = $"<body><footer><p>© 示例</p>{repeated}<p>{Police}</p></footer></body>";

        var findings = Fixture.Inspect(html);

        Assert.Equal("ICP004:Error,ICP005:Error", Fixture.Summary(findings));
        Assert.All(findings, f => Assert.Equal("京ICP备12345678号", f.Evidence));
    }

    [Fact]
    public void TwoNumbersWithTheSameDefect_AreReportedOnceEach()
    {
        var html = $"<body><footer><p>© 示例</p><p>京ICP备12345678号</p><p>京ICP备87654321号</p><p>京ICP备12345678号</p><p>{Police}</p></footer></body>";

        var findings = Fixture.Inspect(html);

        Assert.Equal(["京ICP备12345678号", "京ICP备87654321号"], findings.Where(f => f.Rule == "ICP004").Select(f => f.Evidence));
    }

    [Fact]
    public void TheSameRuleAndEvidence_AsWarningThenError_IsKeptOnceAsTheError_WhereItFirstAppeared()
    {
        var findings = new PageFindings();
        findings.Add(VerificationRules.Icp009, FindingSeverity.Warning, new LocalizedText("后半部分", "later half"), "京ICP备12345678号-1");
        findings.Add(VerificationRules.Icp010, FindingSeverity.Warning, new LocalizedText("隐藏", "hidden"), "京ICP备12345678号-1");
        findings.Add(VerificationRules.Icp009, FindingSeverity.Error, new LocalizedText("前半部分", "first half"), "京ICP备12345678号-1");
        findings.Add(VerificationRules.Icp009, FindingSeverity.Warning, new LocalizedText("再次", "again"), "京ICP备12345678号-1");

        Assert.Equal(["ICP009 Error: first half [京ICP备12345678号-1]", "ICP010 Warning: hidden [京ICP备12345678号-1]"], findings.All.Select(f => f.ToString()));
    }
}

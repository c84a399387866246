using System.Text.RegularExpressions;
using IcpBadge.Localization;
using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests;

/// <summary>
/// Rule titles and finding messages come from the verifier's resources in both languages: each side is complete (no
/// placeholder left), the Chinese is Chinese, and neither cites internal notes.
/// </summary>
public sealed partial class LocalizedMessageTests
{
    [Fact]
    public void EveryRule_HasATitleInBothLanguages()
    {
        Assert.All(VerificationRules.All, rule =>
        {
            AssertReadable(rule.Title, rule.Id);
            Assert.Equal(rule.Title.Zh, rule.TitleZh);
            Assert.Equal(rule.Title.En, rule.TitleEn);
        });
    }

    [Fact]
    public void EveryFixtureFinding_HasAMessageInBothLanguages()
    {
        var findings = FixtureTests.Cases.SelectMany(row => Fixture.Inspect(Fixture.Read((string)row[0]), (bool)row[1], FixtureTests.Configuration((string)row[2]))).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, finding => AssertReadable(finding.Message, finding.ToString()));
    }

    [Fact]
    public void AGuangdongWebsiteNumber_IsTheWrongForm_SaidInEachLanguage()
    {
        var findings = Fixture.Inspect("<body><footer><p>© 示例</p><a href=\"https://beian.miit.gov.cn/\">粤ICP备19015064号-1</a></footer></body>");

        var icp004 = Assert.Single(findings, f => f.Rule == "ICP004");
        Assert.Equal("备案号形式错误：广东（粤）网站应展示不带 -n 的主体备案号（粤ICP备19015064号）。", icp004.Message.In(Language.Zh));
        Assert.Equal("Wrong form: Guangdong (粤) sites show the main number, without -n (粤ICP备19015064号).", icp004.Message.In(Language.En));
    }

    [Fact]
    public void AMessageMadeFromTwoStrings_IsTheSameAsOneMadeFromALocalizedText()
    {
        var fromStrings = new InspectionFinding(VerificationRules.Icp004, FindingSeverity.Error, "Wrong form.", "形式错误。", "x");
        var fromText = new InspectionFinding(VerificationRules.Icp004, FindingSeverity.Error, new LocalizedText("形式错误。", "Wrong form."), "x");

        Assert.Equal(fromText.Message, fromStrings.Message);
        Assert.Equal("Wrong form.", fromStrings.MessageEn);
        Assert.Equal("形式错误。", fromStrings.MessageZh);
    }

    private static void AssertReadable(LocalizedText text, string what)
    {
        Assert.False(string.IsNullOrWhiteSpace(text.Zh), $"{what}: no Chinese");
        Assert.False(string.IsNullOrWhiteSpace(text.En), $"{what}: no English");
        Assert.True(Chinese().IsMatch(text.Zh), $"{what}: the Chinese text has no Chinese: {text.Zh}");
        foreach (var side in new[] { text.Zh, text.En })
        {
            Assert.DoesNotMatch(Placeholder(), side);
            Assert.DoesNotContain("SPEC", side, StringComparison.Ordinal);
            Assert.DoesNotMatch(SeedLine(), side);
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary>A reference to a line of the internal notes, e.g. <c>000:3742</c>.</summary>
    [GeneratedRegex(@"\b\d{3}:\d{2,}\b")]
    private static partial Regex SeedLine();
}

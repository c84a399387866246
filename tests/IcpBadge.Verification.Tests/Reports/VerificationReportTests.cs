using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using IcpBadge.Localization;

namespace IcpBadge.Verification.Tests.Reports;

/// <summary>The report writers: the SARIF rule list is the catalog, statuses are written ok/unreachable.</summary>
public sealed class VerificationReportTests
{
    private static readonly VerificationReport Report = new(
    [
        new TargetReport("https://example.cn/", "https://example.cn/", TargetStatus.Ok, true, [new InspectionFinding("ICP004", FindingSeverity.Error, "Wrong form.", "形式错误。", "粤ICP备19015064号-1")]),
        new TargetReport("https://example.cn/gone", "https://example.cn/gone", TargetStatus.Unreachable, false, [new InspectionFinding("NET001", FindingSeverity.Error, "Gone.", "无法访问。", "https://example.cn/gone")]),
        new TargetReport("site/about.html", new Uri(Path.GetFullPath("site/about.html")).AbsoluteUri, TargetStatus.Ok, false, []),
    ]);

    [Fact]
    public void Sarif_ListsExactlyTheRuleCatalog_InOrder_WithEachRulesHighestSeverity()
    {
        using var json = JsonDocument.Parse(Bytes(Report.WriteSarif));

        var rules = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(VerificationRules.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(VerificationRules.All.Select(r => r.TitleEn), rules.Select(r => r.GetProperty("shortDescription").GetProperty("text").GetString()));
        Assert.Equal(
            VerificationRules.All.Select(r => r.HighestSeverity == FindingSeverity.Error ? "error" : "warning"),
            rules.Select(r => r.GetProperty("defaultConfiguration").GetProperty("level").GetString()));
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(VerificationRules.All.ToList().FindIndex(r => r.Id == "NET001"), results[1].GetProperty("ruleIndex").GetInt32());
    }

    [Fact]
    public void Json_WritesStatusesAsOkAndUnreachable_AndASummary()
    {
        var bytes = Bytes(Report.WriteJson);
        using var json = JsonDocument.Parse(bytes);

        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Equal(["ok", "unreachable", "ok"], json.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("status").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Contains("粤ICP备19015064号-1", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void JUnit_FailsOnErrors_AndText_EndsWithTheSummary()
    {
        var junit = XDocument.Parse(Encoding.UTF8.GetString(Bytes(Report.WriteJUnit)));
        using var text = new StringWriter();
        Report.WriteText(text, Language.En);

        Assert.Equal("2", junit.Root!.Attribute("failures")!.Value);
        Assert.Equal(3, junit.Root.Elements("testsuite").Count());
        Assert.EndsWith("3 target(s): 2 error(s), 0 warning(s)" + Environment.NewLine, text.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("https://example.cn/ (home page): 1 error(s), 0 warning(s)", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("https://example.cn/gone (unreachable):", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_InEnglish_IsEnglishOnly()
    {
        using var text = new StringWriter();
        Report.WriteText(text, Language.En);

        var lines = text.ToString().Split(Environment.NewLine);
        Assert.Equal("  error   ICP004 Wrong form. [粤ICP备19015064号-1]", lines[1]);
        Assert.Equal("site/about.html (page): no findings", lines[4]);
        Assert.DoesNotContain("形式错误", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_InChinese_IsChineseOnly_WithTheRuleIdsLinedUp()
    {
        using var text = new StringWriter();
        Report.WriteText(text, Language.Zh);

        Assert.Equal(
            [
                "https://example.cn/（首页）：1 个错误，0 个警告",
                "  错误    ICP004 形式错误。 [粤ICP备19015064号-1]",
                "https://example.cn/gone（无法访问）：1 个错误，0 个警告",
                "  错误    NET001 无法访问。 [https://example.cn/gone]",
                "site/about.html（页面）：未发现问题",
                "共 3 个目标：2 个错误，0 个警告",
                string.Empty,
            ],
            text.ToString().Split(Environment.NewLine));
        Assert.DoesNotContain("Wrong form", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_KeepsTheEnglishMessage_AndAddsMessagesInBothLanguages()
    {
        using var json = JsonDocument.Parse(Bytes(Report.WriteJson));

        var finding = json.RootElement.GetProperty("targets")[0].GetProperty("findings")[0];
        Assert.Equal(["rule", "severity", "message", "messages", "evidence"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Wrong form.", finding.GetProperty("message").GetString());
        Assert.Equal("形式错误。", finding.GetProperty("messages").GetProperty("zh").GetString());
        Assert.Equal("Wrong form.", finding.GetProperty("messages").GetProperty("en").GetString());
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}

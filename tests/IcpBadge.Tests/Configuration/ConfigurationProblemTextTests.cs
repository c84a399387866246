using IcpBadge.Configuration;
using IcpBadge.Localization;
using IcpBadge.Tests.Support;

namespace IcpBadge.Tests.Configuration;

/// <summary>Configuration problems in both languages: the field, the value and the rule, the English as it always was.</summary>
public sealed class ConfigurationProblemTextTests
{
    [Fact]
    public void Problems_NameTheFieldTheValueAndTheRule_InBothLanguages()
    {
        var result = TestProfiles.FromJson("""
            { "IcpBadge": { "Site": { "LaunchedOn": "2024-13-01", "SubjectType": "Company" },
                            "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Province": "火星" } } }
            """);

        var problems = result.Problems.ToDictionary(p => p.Path[(p.Path.LastIndexOf(':') + 1)..]);

        var date = problems["LaunchedOn"];
        Assert.Equal("IcpBadge:Site:LaunchedOn = '2024-13-01': not a date: write it as YYYY-MM-DD (a China date), e.g. 2026-11-01.", date.ToString());
        Assert.Equal(date.Text.En, date.Message);
        Assert.Equal("IcpBadge:Site:LaunchedOn = “2024-13-01”：不是日期：请按 YYYY-MM-DD 填写（北京时间的日期），例如 2026-11-01。", date.ToString(Language.Zh));
        Assert.Equal("只能是以下之一：Unit, Personal。", problems["SubjectType"].Text.Zh);
        Assert.StartsWith("未知省份“火星”。", problems["Province"].Text.Zh, StringComparison.Ordinal);
        Assert.StartsWith("Unknown province '火星'.", problems["Province"].Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void FilingNumberProblem_HasAChineseSentenceNamingTheCharacter()
    {
        var result = TestProfiles.FromJson("""{ "IcpBadge": { "Icp": { "Number": "京ICP备12号-1" } } }""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IcpBadge:Icp:Number", problem.Path);
        Assert.Contains("has 2 digits", problem.Text.En, StringComparison.Ordinal);
        Assert.Equal("第6个字符起的序号位数过少：ICP备案序号一般为7、8或10位，至少5位。", problem.Text.Zh);
    }

    [Fact]
    public void NumberOfTheWrongKind_NamesBothKinds_InBothLanguages()
    {
        var result = TestProfiles.FromJson("""{ "IcpBadge": { "Icp": { "Number": "京公网安备11010502030143号" } } }""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("'京公网安备11010502030143号' is a police filing number (京公网安备11010502030143号), not an ICP filing number.", problem.Text.En);
        Assert.Equal("“京公网安备11010502030143号”是公安联网备案号（京公网安备11010502030143号），不是ICP备案号。", problem.Text.Zh);
    }

    [Fact]
    public void InventoryFormatProblem_IsInBothLanguages()
    {
        using var stream = new MemoryStream("""{ "Sites": [ { "Site": { "Domains": 5 } } ] }"""u8.ToArray());

        var exception = Assert.Throws<InventoryFormatException>(() => SiteInventory.Read(stream, sourceName: "sites.json").ToList());

        Assert.Equal("sites.json: not a valid inventory (line 1): Sites:0:Site:Domains: must be an array [ ... ].", exception.Message);
        Assert.Equal("sites.json：不是有效的清单（第1行）：Sites:0:Site:Domains：必须是数组 [ ... ]。", exception.Text.Zh);
    }
}

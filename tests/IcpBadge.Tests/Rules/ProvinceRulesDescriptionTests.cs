using System.Text.Json;
using IcpBadge.Localization;
using IcpBadge.Provinces;
using IcpBadge.Rules;

namespace IcpBadge.Tests.Rules;

/// <summary><see cref="ProvinceRulesDescription"/> and <see cref="ProvinceRulesJsonWriter"/>: what <c>icp-badge rules</c> says.</summary>
public sealed class ProvinceRulesDescriptionTests
{
    private static ProvinceRules Rules(int code) => ProvinceRules.For(ProvinceCatalog.FromCode(code)!);

    [Fact]
    public void Details_Guangdong_ShowsTheMainNumberAndOnePolicePlatform()
    {
        var details = ProvinceRulesDescription.Details(Rules(44), Language.En).ToDictionary(l => l.Label, l => l.Value);

        Assert.Equal(["abbreviations", "MIIT host", "footer number", "copyright", "police badge", "police platforms", "licence"], details.Keys);
        Assert.StartsWith("the main number, e.g. 粤ICP备19015064号 without -n", details["footer number"], StringComparison.Ordinal);
        Assert.Equal("全国互联网安全管理服务平台 (beian.mps.gov.cn)", details["police platforms"]);
        Assert.StartsWith("recommended:", details["copyright"], StringComparison.Ordinal);
    }

    [Fact]
    public void Details_ShanghaiAndJiangsu_SayWhatTheyAddToTheNationalRules()
    {
        var shanghai = ProvinceRulesDescription.Details(Rules(31), Language.En).Single(l => l.Label == "police platforms");
        var jiangsu = ProvinceRulesDescription.Details(Rules(32), Language.En).Single(l => l.Label == "copyright");

        Assert.EndsWith(" and 上海互联网安全综合服务网 (wa.police.sh.cn)", shanghai.Value, StringComparison.Ordinal);
        Assert.StartsWith("required:", jiangsu.Value, StringComparison.Ordinal);
        Assert.Equal("D6/D9: also file on wa.police.sh.cn", ProvinceRulesDescription.Extra(Rules(31), Language.En));
        Assert.Equal("D10: live within 1 month of ICP approval", ProvinceRulesDescription.Extra(Rules(44), Language.En));
        Assert.Equal(string.Empty, ProvinceRulesDescription.Extra(Rules(11), Language.En));
    }

    [Fact]
    public void Details_InChinese_HaveChineseLabelsAndNoSourceReferences()
    {
        var details = ProvinceRulesDescription.Details(Rules(31), Language.Zh).ToDictionary(l => l.Label, l => l.Value);

        Assert.Equal(["简称", "工信部备案系统", "底部备案号", "版权", "公安备案标识", "公安备案平台", "许可证"], details.Keys);
        Assert.StartsWith("网站备案号，例如 沪ICP备12345678号-1", details["底部备案号"], StringComparison.Ordinal);
        Assert.EndsWith("和上海互联网安全综合服务网 (wa.police.sh.cn)", details["公安备案平台"], StringComparison.Ordinal);
        Assert.Equal("D6/D9：另在 wa.police.sh.cn 备案", ProvinceRulesDescription.Extra(Rules(31), Language.Zh));
        Assert.Equal("黔（也作贵）", ProvinceRulesDescription.Abbreviations("黔贵", Language.Zh));
        foreach (var language in new[] { Language.Zh, Language.En })
        {
            Assert.All(
                ProvinceCatalog.All.SelectMany(p => ProvinceRulesDescription.Details(ProvinceRules.For(p), language)),
                line => Assert.DoesNotMatch(@"\d{3}:\d", line.Value));
        }
    }

    [Theory]
    [InlineData("粤", "粤")]
    [InlineData("黔贵", "黔 (also 贵)")]
    [InlineData("甲乙丙", "甲 (also 乙, 丙)")]
    public void Abbreviations_PutsTheCurrentOneFirst(string characters, string expected) =>
        Assert.Equal(expected, ProvinceRulesDescription.Abbreviations(characters, Language.En));

    [Fact]
    public void JsonWriter_WritesEveryProvinceWithItsObligations()
    {
        using var output = new MemoryStream();
        ProvinceRulesJsonWriter.Write(output, ProvinceCatalog.All.Select(ProvinceRules.For));

        using var document = JsonDocument.Parse(output.ToArray());
        var provinces = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(31, provinces.Count);
        var shanghai = provinces.Single(p => p.GetProperty("code").GetString() == "31");
        Assert.Equal("上海互联网安全综合服务网 (wa.police.sh.cn)", shanghai.GetProperty("secondPolicePlatform").GetString());
        var beijing = provinces.Single(p => p.GetProperty("code").GetString() == "11");
        Assert.Equal(JsonValueKind.Null, beijing.GetProperty("secondPolicePlatform").ValueKind);
        Assert.Equal("Website", beijing.GetProperty("footerNumber").GetString());
        Assert.Equal(
            Rules(11).Obligations.Select(o => o.Id),
            beijing.GetProperty("obligations").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
    }
}

using IcpBadge.Provinces;
using IcpBadge.Rules;
using IcpBadge.Tests.Provinces;

namespace IcpBadge.Tests.Rules;

public sealed class ProvinceRulesTests
{
    private const int Shanghai = 31;
    private const int Jiangsu = 32;
    private const int Guangdong = 44;

    public static TheoryData<int> ProvinceCodes => ExpectedProvince.Codes();

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void For_EveryProvince_RequiresCopyrightOnlyInJiangsu(int code)
    {
        var rules = ProvinceRules.For(ProvinceCatalog.FromCode(code)!);

        Assert.Equal(code, rules.Province.Code);
        Assert.Equal(code == Jiangsu, rules.CopyrightRequired);
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void For_EveryProvince_HasASecondPolicePlatformOnlyInShanghai(int code)
    {
        var rules = ProvinceRules.For(ProvinceCatalog.FromCode(code)!);

        if (code == Shanghai)
        {
            Assert.NotNull(rules.SecondPolicePlatform);
            Assert.Contains("wa.police.sh.cn", rules.SecondPolicePlatform, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(rules.SecondPolicePlatform);
        }
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void For_EveryProvince_ShowsTheMainNumberOnlyInGuangdong(int code)
    {
        var rules = ProvinceRules.For(ProvinceCatalog.FromCode(code)!);

        Assert.Equal(code == Guangdong ? IcpDisplay.Main : IcpDisplay.Website, rules.FooterNumber);
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void Obligations_EveryProvince_AreTheCommonOnesPlusShanghaiAndGuangdongExtras(int code)
    {
        List<string> expected = ["D1", "D2", "D3", "D4", "D5", "D7", "D8"];
        if (code == Shanghai)
        {
            expected.AddRange(["D6", "D9"]);
        }

        if (code == Guangdong)
        {
            expected.Add("D10");
        }

        var rules = ProvinceRules.For(ProvinceCatalog.FromCode(code)!);

        Assert.Equal(expected.OrderBy(IdNumber), rules.Obligations.Select(o => o.Id));
        Assert.Equal(rules.Obligations.Select(o => o.Id), ObligationCatalog.For(rules.Province).Select(o => o.Id));
    }

    [Fact]
    public void ObligationCatalog_All_HasD1ToD10OnceEachInOrder()
    {
        var ids = ObligationCatalog.All.Select(o => o.Id).ToList();

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"D{i}"), ids);
    }

    [Theory]
    [InlineData("D6", Shanghai)]
    [InlineData("D9", Shanghai)]
    [InlineData("D10", Guangdong)]
    [InlineData("D1", null)]
    [InlineData("D2", null)]
    [InlineData("D3", null)]
    [InlineData("D4", null)]
    [InlineData("D5", null)]
    [InlineData("D7", null)]
    [InlineData("D8", null)]
    public void ObligationCatalog_Obligation_IsLimitedToTheRightProvince(string id, int? province)
    {
        var obligation = Assert.Single(ObligationCatalog.All, o => o.Id == id);

        var where = ProvinceCatalog.All.Where(p => obligation.AppliesIn(ProvinceRules.For(p))).Select(p => p.Code).ToList();
        Assert.Equal(province is { } only ? [only] : ProvinceCatalog.All.Select(p => p.Code), where);
        Assert.False(string.IsNullOrWhiteSpace(obligation.Title.Zh));
        Assert.False(string.IsNullOrWhiteSpace(obligation.Title.En));
        Assert.False(string.IsNullOrWhiteSpace(obligation.Due.Zh));
        Assert.False(string.IsNullOrWhiteSpace(obligation.Due.En));
        Assert.False(string.IsNullOrWhiteSpace(obligation.AppliesWhen.Zh));
        Assert.False(string.IsNullOrWhiteSpace(obligation.AppliesWhen.En));
        Assert.False(string.IsNullOrWhiteSpace(obligation.Source.Zh));
        Assert.False(string.IsNullOrWhiteSpace(obligation.Source.En));
    }

    [Theory]
    [InlineData("D2", "launch + 30 days")]
    [InlineData("D3", "police approval + 30 days")]
    [InlineData("D5", "change - 30 days")]
    [InlineData("D8", "end + 5 working days")]
    [InlineData("D10", "ICP approval + 1 month")]
    public void ObligationCatalog_Obligation_IsDueAsTheSpecSays(string id, string due)
    {
        Assert.Equal(due, Assert.Single(ObligationCatalog.All, o => o.Id == id).Due.En);
    }

    [Fact]
    public void For_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ProvinceRules.For(null!));
        Assert.Throws<ArgumentNullException>(() => ObligationCatalog.For(null!));
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void For_EveryProvince_StatesEachFactOnce(int code)
    {
        var rules = ProvinceRules.For(ProvinceCatalog.FromCode(code)!);

        Assert.Same(rules, ProvinceRules.For(rules.Province));
        Assert.Equal(code == Guangdong, rules.ShowsMainNumber);
        Assert.Equal(code == Guangdong, rules.RequiresLiveSiteAfterIcpApproval);
        Assert.Equal(code == Shanghai, rules.HasSecondPolicePlatform);
        Assert.Equal(rules.ShowsMainNumber ? IcpDisplay.Main : IcpDisplay.Website, FooterNumberRule.DefaultFor(rules.Province));
    }

    private static int IdNumber(string id) => int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}

using IcpBadge.Filing;
using IcpBadge.Provinces;
using IcpBadge.Rules;
using IcpBadge.Tests.Provinces;

namespace IcpBadge.Tests.Rules;

public sealed class FooterNumberRuleTests
{
    private const int Guangdong = 44;

    public static TheoryData<int> ProvinceCodes => ExpectedProvince.Codes();

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void DefaultFor_EveryProvince_IsMainOnlyForGuangdong(int code)
    {
        var province = ProvinceCatalog.FromCode(code)!;
        var expected = code == Guangdong ? IcpDisplay.Main : IcpDisplay.Website;

        Assert.Equal(expected, FooterNumberRule.DefaultFor(province));
        Assert.Equal(expected, FooterNumberRule.Resolve(IcpDisplay.Auto, province));
        Assert.Equal(IcpDisplay.Website, FooterNumberRule.Resolve(IcpDisplay.Website, province));
        Assert.Equal(IcpDisplay.Main, FooterNumberRule.Resolve(IcpDisplay.Main, province));
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void Choose_AutoWithAWebsiteNumber_GivesTheMainNumberOnlyInGuangdong(int code)
    {
        var expected = ExpectedProvince.ByCode(code);
        var website = Icp($"{expected.IcpAbbreviation}ICP备12345678号-3");

        var choice = FooterNumberRule.Choose(website, IcpDisplay.Auto);

        Assert.True(choice.Success, choice.Error);
        Assert.Null(choice.Error);
        var shown = code == Guangdong ? $"{expected.IcpAbbreviation}ICP备12345678号" : $"{expected.IcpAbbreviation}ICP备12345678号-3";
        Assert.Equal(shown, choice.Number.ToString());
        Assert.Equal(code == Guangdong ? IcpDisplay.Main : IcpDisplay.Website, choice.EffectiveDisplay);
    }

    [Fact]
    public void Choose_AutoWithAGuangdongWebsiteNumber_GivesItsMainNumber()
    {
        var choice = FooterNumberRule.Choose(Icp("粤ICP备19015064号-1"), IcpDisplay.Auto);

        Assert.True(choice.Success, choice.Error);
        Assert.Equal(Icp("粤ICP备19015064号"), choice.Number);
        Assert.Equal(IcpDisplay.Main, choice.EffectiveDisplay);
    }

    [Fact]
    public void Choose_AutoWithAGuangdongMainNumber_GivesItself()
    {
        var main = Icp("粤ICP备19015064号");

        var choice = FooterNumberRule.Choose(main, IcpDisplay.Auto);

        Assert.True(choice.Success, choice.Error);
        Assert.Equal(main, choice.Number);
        Assert.Equal(IcpDisplay.Main, choice.EffectiveDisplay);
    }

    [Fact]
    public void Choose_AutoWithABeijingWebsiteNumber_GivesItself()
    {
        var website = Icp("京ICP备12345678号-1");

        var choice = FooterNumberRule.Choose(website, IcpDisplay.Auto);

        Assert.True(choice.Success, choice.Error);
        Assert.Equal(website, choice.Number);
        Assert.Equal(IcpDisplay.Website, choice.EffectiveDisplay);
    }

    [Theory]
    [InlineData(IcpDisplay.Auto)]
    [InlineData(IcpDisplay.Website)]
    public void Choose_WebsiteDisplayWithABeijingMainNumber_FailsAskingForTheWebsiteNumberOrDisplay(IcpDisplay display)
    {
        var choice = FooterNumberRule.Choose(Icp("京ICP备12345678号"), display);

        Assert.False(choice.Success);
        Assert.Null(choice.Number);
        Assert.Equal(IcpDisplay.Website, choice.EffectiveDisplay);
        Assert.Contains("website number", choice.Error, StringComparison.Ordinal);
        Assert.Contains("京ICP备12345678号-", choice.Error, StringComparison.Ordinal);
        Assert.Contains("Display", choice.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("京ICP备12345678号-1", "京ICP备12345678号")]
    [InlineData("京ICP备12345678号", "京ICP备12345678号")]
    [InlineData("蜀ICP备12345678号-2", "蜀ICP备12345678号")]
    [InlineData("粤ICP备19015064号-1", "粤ICP备19015064号")]
    public void Choose_DisplayMain_GivesTheMainNumberInAnyProvince(string filed, string shown)
    {
        var choice = FooterNumberRule.Choose(Icp(filed), IcpDisplay.Main);

        Assert.True(choice.Success, choice.Error);
        Assert.Equal(shown, choice.Number.ToString());
        Assert.Equal(IcpDisplay.Main, choice.EffectiveDisplay);
    }

    [Fact]
    public void Choose_DisplayWebsiteInGuangdongWithAWebsiteNumber_GivesTheWebsiteNumber()
    {
        var website = Icp("粤ICP备19015064号-1");

        var choice = FooterNumberRule.Choose(website, IcpDisplay.Website);

        Assert.True(choice.Success, choice.Error);
        Assert.Equal(website, choice.Number);
        Assert.Equal(IcpDisplay.Website, choice.EffectiveDisplay);
    }

    [Fact]
    public void Choose_DisplayWebsiteInGuangdongWithAMainNumber_Fails()
    {
        var choice = FooterNumberRule.Choose(Icp("粤ICP备19015064号"), IcpDisplay.Website);

        Assert.False(choice.Success);
        Assert.Null(choice.Number);
        Assert.Equal(IcpDisplay.Website, choice.EffectiveDisplay);
        Assert.Contains("粤ICP备19015064号", choice.Error, StringComparison.Ordinal);
        Assert.Contains("Display", choice.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("京ICP备04000001号-2A", IcpDisplay.Auto)]
    [InlineData("京ICP备04000001号-3X", IcpDisplay.Auto)]
    [InlineData("京ICP备04000001号-4K", IcpDisplay.Auto)]
    [InlineData("京ICP备04000001号-2A", IcpDisplay.Website)]
    [InlineData("京ICP备04000001号-2A", IcpDisplay.Main)]
    [InlineData("粤ICP备19015064号-2A", IcpDisplay.Auto)]
    [InlineData("粤ICP备19015064号-3X", IcpDisplay.Main)]
    [InlineData("粤ICP备19015064号-4K", IcpDisplay.Website)]
    public void Choose_AppMiniProgramOrQuickAppNumber_AlwaysFails(string filed, IcpDisplay display)
    {
        var choice = FooterNumberRule.Choose(Icp(filed), display);

        Assert.False(choice.Success);
        Assert.Null(choice.Number);
        Assert.Contains(filed, choice.Error, StringComparison.Ordinal);
        Assert.Contains("website number", choice.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultForAndChoose_Null_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => FooterNumberRule.DefaultFor(null!));
        Assert.Throws<ArgumentNullException>(() => FooterNumberRule.Choose(null!, IcpDisplay.Auto));
    }

    private static IcpFilingNumber Icp(string text) => IcpFilingNumber.ParsePattern(text).GetValueOrThrow();
}

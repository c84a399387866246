using IcpBadge.Filing;

namespace IcpBadge.Tests.Filing;

/// <summary>Lenient parsing: what is accepted and which normalisations are reported.</summary>
public sealed partial class IcpFilingNumberTests
{
    [Theory]
    [InlineData("浙 ICP 备 1200000号 -1", "浙ICP备1200000号-1", new[] { FilingNormalization.Whitespace })]
    [InlineData("浙 ICP 备 1200000 号 -2", "浙ICP备1200000号-2", new[] { FilingNormalization.Whitespace })]
    [InlineData("京ICP备12345678号\t-1", "京ICP备12345678号-1", new[] { FilingNormalization.Whitespace })]
    [InlineData("京ICP备1234\u00A05678号-1", "京ICP备12345678号-1", new[] { FilingNormalization.Whitespace })]
    [InlineData("京ＩＣＰ备１２３４５６７８号－１", "京ICP备12345678号-1", new[] { FilingNormalization.FullWidthCharacters })]
    [InlineData("京ICP备１２３４５６７８号", "京ICP备12345678号", new[] { FilingNormalization.FullWidthCharacters })]
    [InlineData("京ICP备04000001号-2Ａ", "京ICP备04000001号-2A", new[] { FilingNormalization.FullWidthCharacters })]
    [InlineData("备案号：京ICP备12345678号-1", "京ICP备12345678号-1", new[] { FilingNormalization.LeadingLabel })]
    [InlineData("ICP备案号:京ICP备12345678号-1", "京ICP备12345678号-1", new[] { FilingNormalization.LeadingLabel })]
    [InlineData("ICP备案号：京ICP备12345678号-1", "京ICP备12345678号-1", new[] { FilingNormalization.LeadingLabel })]
    [InlineData("备案号： 京ICP备12345678号-1", "京ICP备12345678号-1", new[] { FilingNormalization.LeadingLabel })]
    [InlineData("备案号 ：京ICP备12345678号-1", "京ICP备12345678号-1", new[] { FilingNormalization.LeadingLabel })]
    [InlineData("网站备案号：粤ICP备19015064号", "粤ICP备19015064号", new[] { FilingNormalization.LeadingLabel })]
    [InlineData("备案号：京ＩＣＰ备１２３４５６７８号－１", "京ICP备12345678号-1", new[] { FilingNormalization.FullWidthCharacters, FilingNormalization.LeadingLabel })]
    [InlineData("备案号：浙 ICP 备 1200000号 -1", "浙ICP备1200000号-1", new[] { FilingNormalization.Whitespace, FilingNormalization.LeadingLabel })]
    [InlineData("京icp备04000001号-2a", "京ICP备04000001号-2A", new[] { FilingNormalization.LowercaseLetters })]
    [InlineData("京ICP备04000001号-3x", "京ICP备04000001号-3X", new[] { FilingNormalization.LowercaseLetters })]
    [InlineData("京ICP备12345678号–1", "京ICP备12345678号-1", new[] { FilingNormalization.HyphenVariant })]
    [InlineData("京ICP备12345678号—1", "京ICP备12345678号-1", new[] { FilingNormalization.HyphenVariant })]
    [InlineData("京ICP备12345678号−1", "京ICP备12345678号-1", new[] { FilingNormalization.HyphenVariant })]
    [InlineData("  京ICP备12345678号-1  ", "京ICP备12345678号-1", new FilingNormalization[0])]
    [InlineData("京ICP备12345678号-1\n", "京ICP备12345678号-1", new FilingNormalization[0])]
    public void ParsePattern_LenientInput_GivesCanonicalNumberAndReportsNormalisations(string text, string canonical, FilingNormalization[] normalizations)
    {
        var result = IcpFilingNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(canonical, result.Value.ToString());
        Assert.Equal(normalizations, result.Normalizations);
        Assert.Equal(text, result.Input);
    }

    [Theory]
    [InlineData("备案号：京ICP备12345678号-1")]
    [InlineData("ICP备案号：京ICP备12345678号-1")]
    [InlineData("ＩＣＰ备案号：京ICP备12345678号-1")]
    public void ParsePattern_FullWidthCharactersOnlyInTheLabel_AreNotReportedAsFullWidth(string text)
    {
        var result = IcpFilingNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.DoesNotContain(FilingNormalization.FullWidthCharacters, result.Normalizations);
        Assert.Contains(FilingNormalization.LeadingLabel, result.Normalizations);
    }

    [Fact]
    public void ParsePattern_LenientAndCanonicalInput_GiveEqualValues()
    {
        var canonical = ParseIcp("京ICP备12345678号-1");

        foreach (var text in (string[])["京ＩＣＰ备１２３４５６７８号－１", "备案号：京ICP备12345678号-1", "京 ICP 备 12345678 号 - 1", "京icp备12345678号–1"])
        {
            var lenient = ParseIcp(text);

            Assert.Equal(canonical, lenient);
            Assert.Equal(canonical.GetHashCode(), lenient.GetHashCode());
            Assert.Equal(canonical.ToString(), lenient.ToString());
        }
    }
}

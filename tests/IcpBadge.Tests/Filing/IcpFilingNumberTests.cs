using IcpBadge.Filing;
using IcpBadge.Tests.Provinces;

namespace IcpBadge.Tests.Filing;

/// <summary>Valid ICP numbers: provinces, kinds and the properties derived from them.</summary>
public sealed partial class IcpFilingNumberTests
{
    public static TheoryData<int> ProvinceCodes => ExpectedProvince.Codes();

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void ParsePattern_EveryProvincesIcpCharacters_ParseAndKeepTheCharacter(int code)
    {
        var expected = ExpectedProvince.ByCode(code);

        foreach (var abbreviation in expected.IcpAbbreviations)
        {
            var text = $"{abbreviation}ICP备12345678号-1";

            var result = IcpFilingNumber.ParsePattern(text);

            Assert.True(result.Success, result.Error?.Message);
            var number = result.Value;
            Assert.Equal(code, number.Province.Code);
            Assert.Equal(abbreviation, number.Abbreviation);
            Assert.Equal(text, number.ToString());
            Assert.Equal($"{abbreviation}ICP备12345678号", number.Main.ToString());
            Assert.Empty(result.Normalizations);
        }
    }

    [Theory]
    [InlineData("粤ICP备19015064号", FilingNumberKind.IcpMain, "19015064", null, null)]
    [InlineData("京ICP备12345678号-1", FilingNumberKind.IcpWebsite, "12345678", 1, null)]
    [InlineData("黔ICP备20004760号-14", FilingNumberKind.IcpWebsite, "20004760", 14, null)]
    [InlineData("京ICP备04000001号-2A", FilingNumberKind.IcpApp, "04000001", 2, 'A')]
    [InlineData("京ICP备04000001号-3X", FilingNumberKind.IcpMiniProgram, "04000001", 3, 'X')]
    [InlineData("京ICP备04000001号-4K", FilingNumberKind.IcpQuickApp, "04000001", 4, 'K')]
    [InlineData("沪ICP备1000000号-1", FilingNumberKind.IcpWebsite, "1000000", 1, null)]
    [InlineData("粤ICP备2024331772号", FilingNumberKind.IcpMain, "2024331772", null, null)]
    [InlineData("浙ICP备12345678号-123456789", FilingNumberKind.IcpWebsite, "12345678", 123456789, null)]
    public void ParsePattern_CanonicalNumber_ReadsKindSerialSequenceAndLetter(string text, FilingNumberKind kind, string serial, int? sequence, char? letter)
    {
        var result = IcpFilingNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        var number = result.Value;
        Assert.Equal(kind, number.Kind);
        Assert.Equal(serial, number.Serial);
        Assert.Equal(sequence, number.Sequence);
        Assert.Equal(letter, number.ServiceLetter);
        Assert.Equal(text, number.ToString());
        Assert.Equal(text, result.Input);
        Assert.Empty(result.Normalizations);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("粤ICP备19015064号", true, false, false)]
    [InlineData("京ICP备12345678号-1", false, true, false)]
    [InlineData("黔ICP备20004760号-14", false, true, false)]
    [InlineData("京ICP备04000001号-2A", false, false, true)]
    [InlineData("京ICP备04000001号-3X", false, false, true)]
    [InlineData("京ICP备04000001号-4K", false, false, true)]
    public void Flags_EachKind_SayMainWebsiteOrAppLike(string text, bool isMain, bool isWebsite, bool isAppLike)
    {
        var number = ParseIcp(text);

        Assert.Equal(isMain, number.IsMain);
        Assert.Equal(isWebsite, number.IsWebsite);
        Assert.Equal(isAppLike, number.IsAppLike);
    }

    [Theory]
    [InlineData("京ICP备12345678号-1", "京ICP备12345678号")]
    [InlineData("黔ICP备20004760号-14", "黔ICP备20004760号")]
    [InlineData("京ICP备04000001号-2A", "京ICP备04000001号")]
    [InlineData("京ICP备04000001号-3X", "京ICP备04000001号")]
    [InlineData("京ICP备04000001号-4K", "京ICP备04000001号")]
    [InlineData("川ICP备12345678号-3", "川ICP备12345678号")]
    [InlineData("甘ICP备1234567号-2", "甘ICP备1234567号")]
    public void Main_ServiceNumber_IsTheSameSerialWithoutSequence(string text, string main)
    {
        var number = ParseIcp(text);

        var result = number.Main;

        Assert.Equal(main, result.ToString());
        Assert.Equal(FilingNumberKind.IcpMain, result.Kind);
        Assert.True(result.IsMain);
        Assert.Null(result.Sequence);
        Assert.Null(result.ServiceLetter);
        Assert.Equal(number.Abbreviation, result.Abbreviation);
        Assert.Equal(number.Serial, result.Serial);
        Assert.Same(number.Province, result.Province);
        Assert.Equal(ParseIcp(main), result);
    }

    [Fact]
    public void Main_MainNumber_IsItself()
    {
        var number = ParseIcp("粤ICP备19015064号");

        Assert.Same(number, number.Main);
    }

    [Theory]
    [InlineData("12345", true)]
    [InlineData("123456", true)]
    [InlineData("1234567", false)]
    [InlineData("12345678", false)]
    [InlineData("123456789", true)]
    [InlineData("1234567890", false)]
    [InlineData("12345678901", true)]
    public void HasUnusualSerialLength_SerialLength_FlagsFiveSixNineAndElevenDigits(string serial, bool unusual)
    {
        var result = IcpFilingNumber.ParsePattern($"京ICP备{serial}号-1");

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(unusual, result.Value.HasUnusualSerialLength);
        Assert.Equal(serial, result.Value.Serial);
    }

    [Theory]
    [InlineData("京ICP备12345678号-1")]
    [InlineData("粤ICP备19015064号")]
    [InlineData("京ICP备04000001号-2A")]
    public void Link_AnyIcpNumber_IsTheNationalMiitSystem(string text)
    {
        var number = ParseIcp(text);

        Assert.Equal("https://beian.miit.gov.cn/", number.Link.AbsoluteUri);
        Assert.Equal("https://beian.miit.gov.cn/", ((FilingNumber)number).Link?.AbsoluteUri);
    }

    [Theory]
    [InlineData("蜀ICP备12345678号-1", 51)]
    [InlineData("川ICP备12345678号-1", 51)]
    [InlineData("黔ICP备12345678号-1", 52)]
    [InlineData("贵ICP备12345678号-1", 52)]
    [InlineData("陇ICP备12345678号-1", 62)]
    [InlineData("甘ICP备12345678号-1", 62)]
    [InlineData("秦ICP备12345678号-1", 61)]
    [InlineData("云ICP备12345678号-1", 53)]
    public void Parse_AliasCharacter_IsKeptAsFiledNeverRewritten(string text, int code)
    {
        var number = ParseIcp(text);

        Assert.Equal(code, number.Province.Code);
        Assert.Equal(text, number.ToString());
        Assert.Equal(text[0], number.Abbreviation);
    }

    /// <summary>Parses a number the test expects to be valid; if it is not, the FormatException says why.</summary>
    private static IcpFilingNumber ParseIcp(string text) => IcpFilingNumber.ParsePattern(text).GetValueOrThrow();
}

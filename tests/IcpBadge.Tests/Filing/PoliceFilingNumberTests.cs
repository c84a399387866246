using System.Globalization;
using IcpBadge.Filing;
using IcpBadge.Tests.Support;
using IcpBadge.Tests.Provinces;

namespace IcpBadge.Tests.Filing;

public sealed class PoliceFilingNumberTests
{
    public static TheoryData<int> ProvinceCodes => ExpectedProvince.Codes();

    /// <summary>Each province's prefix paired with another province's division code: two neighbours in the table, and one far away.</summary>
    public static TheoryData<int, int> MismatchedPairs()
    {
        var all = ExpectedProvince.All;
        var pairs = new TheoryData<int, int>();
        for (var i = 0; i < all.Length; i++)
        {
            pairs.Add(all[i].Code, all[(i + 1) % all.Length].Code);
            pairs.Add(all[i].Code, all[(i + 15) % all.Length].Code);
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void ParsePattern_EveryProvinceWithItsOwnDivisionCode_ParsesWithProvinceDivisionAndLink(int code)
    {
        var expected = ExpectedProvince.ByCode(code);
        var digits = expected.CodeText + "0105" + "02030143";
        var text = $"{expected.PoliceAbbreviation}公网安备{digits}号";

        var result = PoliceFilingNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        var number = result.Value;
        Assert.Equal(FilingNumberKind.Police, number.Kind);
        Assert.Equal(code, number.Province.Code);
        Assert.Equal(expected.PoliceAbbreviation, number.Abbreviation);
        Assert.Equal(digits, number.Digits);
        Assert.Equal(expected.CodeText + "0105", number.DivisionCode);
        Assert.Equal(text, number.ToString());
        Assert.Equal($"https://beian.mps.gov.cn/#/query/webSearch?code={digits}", number.Link.ToString());
        Assert.Equal("beian.mps.gov.cn", number.Link.Host);
        Assert.Equal(Uri.UriSchemeHttps, number.Link.Scheme);
        Assert.Empty(result.Normalizations);
    }

    [Theory]
    [MemberData(nameof(ProvinceCodes))]
    public void ParsePattern_EveryPoliceCharacterOfAProvince_IsAcceptedAndKept(int code)
    {
        var expected = ExpectedProvince.ByCode(code);

        foreach (var abbreviation in expected.PoliceAbbreviations)
        {
            var text = $"{abbreviation}公网安备{expected.CodeText}010002000001号";

            var number = ParsePolice(text);

            Assert.Equal(code, number.Province.Code);
            Assert.Equal(abbreviation, number.Abbreviation);
            Assert.Equal(text, number.ToString());
        }
    }

    [Theory]
    [InlineData("川公网安备51192302000220号", 51, '川')]
    [InlineData("蜀公网安备51192302000220号", 51, '蜀')]
    [InlineData("贵公网安备52010002000001号", 52, '贵')]
    [InlineData("黔公网安备52010002000001号", 52, '黔')]
    [InlineData("甘公网安备62010002000001号", 62, '甘')]
    [InlineData("陇公网安备62010002000001号", 62, '陇')]
    public void ParsePattern_SichuanGuizhouAndGansuCharacters_AreAcceptedAndKeptAsFiled(string text, int code, char abbreviation)
    {
        var number = ParsePolice(text);

        Assert.Equal(code, number.Province.Code);
        Assert.Equal(abbreviation, number.Abbreviation);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData("粤公网安备 44190002003939号", "粤公网安备44190002003939号")]
    [InlineData("湘公网安备43112602000261", "湘公网安备43112602000261号")]
    [InlineData("京公网安备 11010502030143", "京公网安备11010502030143号")]
    [InlineData("京公网安备\u00A011010502030143号", "京公网安备11010502030143号")]
    [InlineData("京公网安备:11010502030143号", "京公网安备11010502030143号")]
    [InlineData("京公网安备: 11010502030143号", "京公网安备11010502030143号")]
    [InlineData("京公网安备/11010502030143号", "京公网安备11010502030143号")]
    public void ParsePattern_SpaceOrColonBeforeDigitsOrMissingNumberSign_IsAcceptedWithoutNormalisation(string text, string canonical)
    {
        var result = PoliceFilingNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(canonical, result.Value.ToString());
        Assert.Empty(result.Normalizations);
    }

    [Theory]
    [InlineData("京公网安备：11010502030143号")]
    [InlineData("京公网安备 ：11010502030143号")]
    [InlineData("京公网安备 ： 11010502030143号")]
    [InlineData("京公网安备／11010502030143")]
    public void ParsePattern_FullWidthOrSpacedSeparatorBeforeDigits_IsAcceptedWithoutNormalisation(string text)
    {
        // The separator is not part of the number: its width and the spaces around it say nothing about how the number is written.
        var result = PoliceFilingNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal("京公网安备11010502030143号", result.Value.ToString());
        Assert.Empty(result.Normalizations);
    }

    [Theory]
    [InlineData("京公网安备110105 02030143号")]
    [InlineData("京公网安备 110105 02030143号")]
    [InlineData("京公网安备11010502030143 号")]
    [InlineData("京 公网安备11010502030143号")]
    [InlineData("京公网安 备11010502030143号")]
    public void ParsePattern_SpaceAnywhereButBeforeTheDigits_IsReportedAsWhitespace(string text)
    {
        var result = PoliceFilingNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal("京公网安备11010502030143号", result.Value.ToString());
        Assert.Equal([FilingNormalization.Whitespace], result.Normalizations);
    }

    [Theory]
    [InlineData("京公网安备１１０１０５０２０３０１４３号", new[] { FilingNormalization.FullWidthCharacters })]
    [InlineData("公安备案号：京公网安备11010502030143号", new[] { FilingNormalization.LeadingLabel })]
    [InlineData("公安备案号： 京公网安备 11010502030143号", new[] { FilingNormalization.LeadingLabel })]
    public void ParsePattern_OtherLenientInput_ReportsItsNormalisations(string text, FilingNormalization[] normalizations)
    {
        var result = PoliceFilingNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal("京公网安备11010502030143号", result.Value.ToString());
        Assert.Equal(normalizations, result.Normalizations);
    }

    [Fact]
    public void ParsePattern_GuangdongPrefixWithGuizhouDigits_FailsWithMismatchNamingBoth()
    {
        var result = PoliceFilingNumber.ParsePattern("粤公网安备 52990002000093号");

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.PoliceProvinceMismatch, result.Error.Code);
        Assert.Equal(6, result.Error.Position);
        Assert.Contains("粤", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("52", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("贵州", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MismatchedPairs))]
    public void ParsePattern_PrefixOfOneProvinceDigitsOfAnother_FailsWithMismatch(int prefixCode, int digitsCode)
    {
        var prefix = ExpectedProvince.ByCode(prefixCode);
        var digits = ExpectedProvince.ByCode(digitsCode);
        var text = $"{prefix.PoliceAbbreviation}公网安备{digits.CodeText}010002000001号";

        var result = PoliceFilingNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.PoliceProvinceMismatch, result.Error.Code);
        Assert.Equal(5, result.Error.Position);
        Assert.Contains(prefix.PoliceAbbreviation.ToString(), result.Error.Message, StringComparison.Ordinal);
        Assert.Contains(digits.CodeText, result.Error.Message, StringComparison.Ordinal);
        Assert.Contains(digits.Name, result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("京公网安备1101050203014号", 13)]
    [InlineData("京公网安备110105020301431号", 15)]
    [InlineData("京公网安备 1101050203014号", 13)]
    [InlineData("京公网安备1101号", 4)]
    public void ParsePattern_NotFourteenDigits_FailsWithDigitCount(string text, int count)
    {
        var result = PoliceFilingNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.PoliceDigitCount, result.Error.Code);
        Assert.Equal(text.IndexOf('1', StringComparison.Ordinal), result.Error.Position);
        Assert.Contains("must have 14 digits; it has " + count.ToString(CultureInfo.InvariantCulture) + ",", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("京公网安备81010502030143号")]
    [InlineData("京公网安备82010502030143号")]
    [InlineData("京公网安备71010502030143号")]
    [InlineData("京公网安备00010502030143号")]
    [InlineData("京公网安备99010502030143号")]
    public void ParsePattern_DivisionCodeOfNoMainlandProvince_FailsWithUnknownDivisionCode(string text)
    {
        var result = PoliceFilingNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.UnknownDivisionCode, result.Error.Code);
        Assert.Equal(5, result.Error.Position);
    }

    [Theory]
    [InlineData("浙备3301000000001号")]
    [InlineData("浙备3301000000001")]
    [InlineData("京备1101000000001号")]
    [InlineData("公安备案号：浙备3301000000001号")]
    [InlineData(" 浙备 3301000000001号")]
    public void ParsePattern_PreTwentySixteenNumber_FailsAsLegacyPoliceNumber(string text)
    {
        var result = PoliceFilingNumber.ParsePattern(text);
        var any = FilingNumber.ParseAny(text);

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.LegacyPoliceNumber, result.Error.Code);
        Assert.Equal(text.IndexOfAny(['浙', '京']), result.Error.Position);
        Assert.Contains("legacy", result.Error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(any.Success);
        Assert.Equal(FilingParseErrorCode.LegacyPoliceNumber, any.Error.Code);
    }

    [Theory]
    [InlineData("11010502030143", FilingParseErrorCode.UnrecognisedFormat)]
    [InlineData("公网安备11010502030143号", FilingParseErrorCode.MissingProvinceAbbreviation)]
    [InlineData("京公网备11010502030143号", FilingParseErrorCode.UnrecognisedFormat)]
    [InlineData("京公网安备1101050203014X号", FilingParseErrorCode.Placeholder)]
    [InlineData("京公网安备号", FilingParseErrorCode.MissingSerial)]
    [InlineData("京公网安备11010502030143号号", FilingParseErrorCode.TrailingCharacters)]
    [InlineData("京ICP备12345678号-1", FilingParseErrorCode.WrongKind)]
    [InlineData("港公网安备81010502030143号", FilingParseErrorCode.NoIcpFilingRegion)]
    public void ParsePattern_NotAPoliceNumber_Fails(string text, FilingParseErrorCode code)
    {
        var result = PoliceFilingNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error.Code);
    }

    [Theory]
    [InlineData("京公网安备11010599030143号")]
    [InlineData("京公网安备11999900000000号")]
    public void ParsePattern_UnusualSeventhAndEighthDigits_AreNotRejected(string text)
    {
        Assert.Equal(text, ParsePolice(text).ToString());
    }

    [Theory]
    [InlineData("粤公网安备 52990002000093号")]
    [InlineData("京公网安备1101050203014号")]
    [InlineData("京ICP备12345678号-1")]
    [InlineData("")]
    public void ParseAndTryParse_InvalidText_ThrowFormatExceptionOrReturnFalse(string text)
    {
        var message = PoliceFilingNumber.ParsePattern(text).Error?.Message;

        Assert.NotNull(message);
        Assert.Equal(message, Assert.Throws<FormatException>(() => Parsable.Parse<PoliceFilingNumber>(text)).Message);
        Assert.Equal(message, Assert.Throws<FormatException>(() => Parsable.Span<PoliceFilingNumber>(text)).Message);
        Assert.False(PoliceFilingNumber.TryParse(text, out var result));
        Assert.Null(result);
        Assert.False(Parsable.TrySpan<PoliceFilingNumber>(text, out var fromSpan));
        Assert.Null(fromSpan);
    }

    [Fact]
    public void ParseAndTryParse_ValidText_AllOverloadsAgree()
    {
        const string Text = "粤公网安备 44190002003939号";
        var expected = ParsePolice(Text);

        Assert.Equal(expected, PoliceFilingNumber.Parse(Text));
        Assert.Equal(expected, Parsable.Parse<PoliceFilingNumber>(Text));
        Assert.Equal(expected, Parsable.Span<PoliceFilingNumber>(Text));
        Assert.True(PoliceFilingNumber.TryParse(Text, out var tried));
        Assert.Equal(expected, tried);
        Assert.True(Parsable.TryParse<PoliceFilingNumber>(Text, out var withProvider));
        Assert.Equal(expected, withProvider);
        Assert.True(Parsable.TrySpan<PoliceFilingNumber>(Text, out var fromSpan));
        Assert.Equal(expected, fromSpan);
        Assert.Equal(expected, FilingNumber.ParseAny(Text).Value);
    }

    [Fact]
    public void Equality_SameDigitsDifferentSpacing_IsEqual_DifferentDigitsOrCharacter_IsNot()
    {
        var a = ParsePolice("川公网安备51192302000220号");
        var b = ParsePolice("川公网安备 51192302000220");
        var otherDigits = ParsePolice("川公网安备51192302000221号");
        var otherCharacter = ParsePolice("蜀公网安备51192302000220号");

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != otherDigits);
        Assert.True(a != otherCharacter);
        Assert.False(a.Equals(otherCharacter));
    }

    private static PoliceFilingNumber ParsePolice(string text) => PoliceFilingNumber.ParsePattern(text).GetValueOrThrow();
}

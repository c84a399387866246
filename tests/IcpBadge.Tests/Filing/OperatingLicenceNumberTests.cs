using IcpBadge.Filing;
using IcpBadge.Tests.Support;

namespace IcpBadge.Tests.Filing;

public sealed class OperatingLicenceNumberTests
{
    [Theory]
    [InlineData("京ICP证030173号", 11, '京', "030173", null)]
    [InlineData("京ICP证030173号-1", 11, '京', "030173", 1)]
    [InlineData("沪ICP证1234号", 31, '沪', "1234", null)]
    [InlineData("粤ICP证12345678号-12", 44, '粤', "12345678", 12)]
    [InlineData("蜀ICP证030173号", 51, '蜀', "030173", null)]
    public void ParsePattern_IcpLicence_ReadsProvinceDigitsAndSequence(string text, int code, char abbreviation, string digits, int? sequence)
    {
        var result = OperatingLicenceNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        var licence = result.Value;
        Assert.Equal(FilingNumberKind.IcpLicence, licence.Kind);
        Assert.Equal(code, licence.Province?.Code);
        Assert.Equal(abbreviation, licence.Abbreviation);
        Assert.Equal(digits, licence.Digits);
        Assert.Equal(sequence, licence.Sequence);
        Assert.Empty(licence.Categories);
        Assert.Null(licence.Link);
        Assert.Equal(text, licence.ToString());
        Assert.Empty(result.Normalizations);
    }

    [Theory]
    [InlineData("粤B2-20190762", 44, "B2", "20190762", false)]
    [InlineData("苏B2-20130048号", 32, "B2", "20130048", true)]
    [InlineData("B2-20233776", null, "B2", "20233776", false)]
    [InlineData("A2.B1.B2-20070312", null, "A2,B1,B2", "20070312", false)]
    [InlineData("京B1.B2-20190001", 11, "B1,B2", "20190001", false)]
    [InlineData("浙B25-20190001号", 33, "B25", "20190001", true)]
    public void ParsePattern_TelecomLicence_ReadsProvinceCategoriesDigitsAndNumberSign(string text, int? code, string categories, string digits, bool numberSign)
    {
        var result = OperatingLicenceNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        var licence = result.Value;
        Assert.Equal(FilingNumberKind.TelecomLicence, licence.Kind);
        Assert.Equal(code, licence.Province?.Code);
        Assert.Equal(code is null ? null : text[0], licence.Abbreviation);
        Assert.Equal(categories.Split(','), licence.Categories);
        Assert.Equal(digits, licence.Digits);
        Assert.Equal(numberSign, licence.HasNumberSign);
        Assert.Null(licence.Sequence);
        Assert.Null(licence.Link);
        Assert.Equal(text, licence.ToString());
        Assert.Empty(result.Normalizations);
    }

    [Fact]
    public void Link_AnyLicence_IsNull()
    {
        foreach (var text in (string[])["粤B2-20190762", "苏B2-20130048号", "B2-20233776", "A2.B1.B2-20070312", "京ICP证030173号-1"])
        {
            Assert.Null(ParseLicence(text).Link);
            Assert.Null(FilingNumber.ParseAny(text).Value.Link);
        }
    }

    [Theory]
    [InlineData("粤Ｂ２－２０１９０７６２", "粤B2-20190762", new[] { FilingNormalization.FullWidthCharacters })]
    [InlineData("粤b2-20190762", "粤B2-20190762", new[] { FilingNormalization.LowercaseLetters })]
    [InlineData("增值电信业务经营许可证：粤B2-20190762", "粤B2-20190762", new[] { FilingNormalization.LeadingLabel })]
    [InlineData("京 ICP 证 030173 号", "京ICP证030173号", new[] { FilingNormalization.Whitespace })]
    public void ParsePattern_LenientLicence_GivesCanonicalFormAndReportsNormalisations(string text, string canonical, FilingNormalization[] normalizations)
    {
        var result = OperatingLicenceNumber.ParsePattern(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(canonical, result.Value.ToString());
        Assert.Equal(normalizations, result.Normalizations);
    }

    [Theory]
    [InlineData("京ICP证030号", 5)]
    [InlineData("京ICP证123456789号", 5)]
    [InlineData("粤B2-2019076", 4)]
    [InlineData("粤B2-201907621", 4)]
    [InlineData("B2-2023377", 3)]
    [InlineData("A2.B1.B2-200703120", 9)]
    public void ParsePattern_WrongNumberOfDigits_FailsWithLicenceDigitCountAtTheDigits(string text, int position)
    {
        var result = OperatingLicenceNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.LicenceDigitCount, result.Error.Code);
        Assert.Equal(position, result.Error.Position);
    }

    [Theory]
    [InlineData("京ICP证030173-1", FilingParseErrorCode.MissingNumberSign)]
    [InlineData("京ICP证030173", FilingParseErrorCode.MissingNumberSign)]
    [InlineData("京ICP证030173号-0", FilingParseErrorCode.SequenceZero)]
    [InlineData("粤B2", FilingParseErrorCode.InvalidCharacter)]
    [InlineData("粤B2 20190762", FilingParseErrorCode.InvalidCharacter)]
    [InlineData("粤B2-20190762号-1", FilingParseErrorCode.TrailingCharacters)]
    [InlineData("粤B2-", FilingParseErrorCode.MissingSerial)]
    public void ParsePattern_MalformedLicence_FailsWithTheProblem(string text, FilingParseErrorCode code)
    {
        var result = OperatingLicenceNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error.Code);
    }

    [Theory]
    [InlineData("备案主体编号：44201919072182")]
    [InlineData("44201919072182")]
    [InlineData("44190002003939")]
    [InlineData("粤新出网备（2021）2号")]
    [InlineData("（粤）网城平台备字[2022]第00005号")]
    [InlineData("（粤）-非经营性-2020-0102")]
    [InlineData("粤东食药监械经营备20203930")]
    [InlineData("GDWS10168")]
    public void ParseAny_TextsThatOnlyLookLikeFilings_AreNotFilingNumbers(string text)
    {
        var any = FilingNumber.ParseAny(text);

        Assert.False(any.Success);
        Assert.False(OperatingLicenceNumber.TryParse(text, out var licence));
        Assert.Null(licence);
        Assert.False(IcpFilingNumber.TryParse(text, out var icp));
        Assert.Null(icp);
        Assert.False(PoliceFilingNumber.TryParse(text, out var police));
        Assert.Null(police);
    }

    [Theory]
    [InlineData("京ICP备12345678号-1")]
    [InlineData("京公网安备11010502030143号")]
    public void ParsePattern_FilingNumber_FailsWithWrongKind(string text)
    {
        var result = OperatingLicenceNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.WrongKind, result.Error.Code);
        Assert.Throws<FormatException>(() => Parsable.Parse<OperatingLicenceNumber>(text));
    }

    [Fact]
    public void ParseAndTryParse_ValidText_AllOverloadsAgree()
    {
        const string Text = "A2.B1.B2-20070312";
        var expected = ParseLicence(Text);

        Assert.Equal(expected, OperatingLicenceNumber.Parse(Text));
        Assert.Equal(expected, Parsable.Parse<OperatingLicenceNumber>(Text));
        Assert.Equal(expected, Parsable.Span<OperatingLicenceNumber>(Text));
        Assert.True(OperatingLicenceNumber.TryParse(Text, out var tried));
        Assert.Equal(expected, tried);
        Assert.True(Parsable.TryParse<OperatingLicenceNumber>(Text, out var withProvider));
        Assert.Equal(expected, withProvider);
        Assert.True(Parsable.TrySpan<OperatingLicenceNumber>(Text, out var fromSpan));
        Assert.Equal(expected, fromSpan);
    }

    [Fact]
    public void Equality_NumberSignKeptAsWritten_MakesDifferentValues()
    {
        var without = ParseLicence("苏B2-20130048");
        var with = ParseLicence("苏B2-20130048号");

        Assert.NotEqual(without, with);
        Assert.Equal(with, ParseLicence("苏 B2-20130048 号"));
    }

    private static OperatingLicenceNumber ParseLicence(string text) => OperatingLicenceNumber.ParsePattern(text).GetValueOrThrow();
}

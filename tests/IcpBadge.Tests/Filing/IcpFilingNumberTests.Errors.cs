using IcpBadge.Filing;

namespace IcpBadge.Tests.Filing;

/// <summary>Invalid ICP numbers: the error code, and where in the original input it points.</summary>
public sealed partial class IcpFilingNumberTests
{
    [Theory]
    [InlineData("豫ICP备20151109-1", FilingParseErrorCode.MissingNumberSign, 13)]
    [InlineData("豫ICP备20151109", FilingParseErrorCode.MissingNumberSign, 13)]
    [InlineData("  豫 ICP备20151109-1", FilingParseErrorCode.MissingNumberSign, 16)]
    [InlineData("备案号：豫ICP备20151109-1", FilingParseErrorCode.MissingNumberSign, 17)]
    [InlineData("豫ＩＣＰ备２０１５１１０９－１", FilingParseErrorCode.MissingNumberSign, 13)]
    [InlineData("粤ICP备 18047355-1 号", FilingParseErrorCode.MisplacedNumberSign, 17)]
    [InlineData("粤ICP备18047355-1号", FilingParseErrorCode.MisplacedNumberSign, 15)]
    [InlineData("粤ICP备19015064号-1号", FilingParseErrorCode.MisplacedNumberSign, 16)]
    [InlineData("萌ICP备20240001号", FilingParseErrorCode.UnknownProvinceAbbreviation, 0)]
    [InlineData("港ICP备12345678号", FilingParseErrorCode.NoIcpFilingRegion, 0)]
    [InlineData("澳ICP备12345678号", FilingParseErrorCode.NoIcpFilingRegion, 0)]
    [InlineData("台ICP备12345678号", FilingParseErrorCode.NoIcpFilingRegion, 0)]
    [InlineData("ICP备12345678号-1", FilingParseErrorCode.MissingProvinceAbbreviation, 0)]
    [InlineData("京ICP备****号-1", FilingParseErrorCode.Placeholder, 5)]
    [InlineData("鄂ICP备19****24号-1", FilingParseErrorCode.Placeholder, 7)]
    [InlineData("京ICP备00000000号-*", FilingParseErrorCode.Placeholder, 15)]
    [InlineData("京ICP备XXXXXXXX号-1", FilingParseErrorCode.Placeholder, 5)]
    [InlineData("京ICP备１２＊＊５６７８号-1", FilingParseErrorCode.Placeholder, 7)]
    [InlineData("京ICP备1234号-1", FilingParseErrorCode.SerialTooShort, 5)]
    [InlineData("京ICP备123456789012号-1", FilingParseErrorCode.SerialTooLong, 5)]
    [InlineData("京ICP备号-1", FilingParseErrorCode.MissingSerial, 5)]
    [InlineData("京ICP备12345678号-0", FilingParseErrorCode.SequenceZero, 15)]
    [InlineData("京ICP备12345678号-01", FilingParseErrorCode.SequenceLeadingZero, 15)]
    [InlineData("京ICP备12345678号-007A", FilingParseErrorCode.SequenceLeadingZero, 15)]
    [InlineData("京ICP备12345678号-", FilingParseErrorCode.MissingSequence, 15)]
    [InlineData("京ICP备12345678号-A", FilingParseErrorCode.MissingSequence, 15)]
    [InlineData("京ICP备12345678号-2B", FilingParseErrorCode.UnknownServiceLetter, 16)]
    [InlineData("京ICP备12345678号-1 京ICP备12345678号-2", FilingParseErrorCode.TrailingCharacters, 17)]
    [InlineData("京ICP备12345678号1", FilingParseErrorCode.TrailingCharacters, 14)]
    [InlineData("京ICP备12345678号-2A。", FilingParseErrorCode.TrailingCharacters, 17)]
    [InlineData("", FilingParseErrorCode.Empty, 0)]
    [InlineData("   ", FilingParseErrorCode.Empty, 0)]
    [InlineData("备案号：", FilingParseErrorCode.Empty, 0)]
    [InlineData("hello", FilingParseErrorCode.UnrecognisedFormat, 0)]
    [InlineData("  萌ICP备20240001号", FilingParseErrorCode.UnknownProvinceAbbreviation, 2)]
    [InlineData("备案号：萌ICP备20240001号", FilingParseErrorCode.UnknownProvinceAbbreviation, 4)]
    [InlineData("备案号：港ICP备12345678号", FilingParseErrorCode.NoIcpFilingRegion, 4)]
    [InlineData(" ICP备12345678号-1", FilingParseErrorCode.MissingProvinceAbbreviation, 1)]
    [InlineData("备案号： hello", FilingParseErrorCode.UnrecognisedFormat, 5)]
    [InlineData("粤ICP备18047355-A号", FilingParseErrorCode.MissingNumberSign, 13)]
    public void ParsePattern_InvalidNumber_ReportsCodeAndPositionInTheOriginalInput(string text, FilingParseErrorCode code, int position)
    {
        var result = IcpFilingNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(position, result.Error.Position);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        Assert.Equal(result.Error.Message, result.Error.ToString());
        Assert.False(result.TryGetValue(out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("豫ICP备20151109-1", "豫ICP备20151109号-1")]
    [InlineData("豫ICP备20151109-2A", "豫ICP备20151109号-2A")]
    public void ParsePattern_MissingNumberSign_SuggestsTheCorrectNumber(string text, string suggestion)
    {
        var result = IcpFilingNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.MissingNumberSign, result.Error.Code);
        Assert.Contains(suggestion, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePattern_MisplacedNumberSign_SuggestsTheCorrectNumber()
    {
        var result = IcpFilingNumber.ParsePattern("粤ICP备 18047355-1 号");

        Assert.False(result.Success);
        Assert.Contains("粤ICP备18047355号-1", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePattern_UnknownProvinceCharacter_SaysItIsALookalike()
    {
        var result = IcpFilingNumber.ParsePattern("萌ICP备20240001号");

        Assert.False(result.Success);
        Assert.Contains("萌", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("lookalike", result.Error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("京ICP备12345678号-1", 16)]
    [InlineData("备案号：京ICP备12345678号-1", 20)]
    public void ParsePattern_ErrorMessages_CountCharactersFromOne(string valid, int length)
    {
        // Append an unknown letter right after the number: its zero-based position is the valid text's length.
        var result = IcpFilingNumber.ParsePattern(valid + "B");

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.UnknownServiceLetter, result.Error.Code);
        Assert.Equal(length, result.Error.Position);
        Assert.Contains($"character {length + 1}", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("粤ICP备 18047355-1 号")]
    [InlineData("豫ＩＣＰ备２０１５１１０９－１")]
    [InlineData("备案号：京ICP备12345678号-0")]
    [InlineData("粤新出网备（2021）2号")]
    [InlineData("粤公网安备 44190002003939号")]
    public void ParsePattern_Failure_ReportsNoNormalisations(string text)
    {
        var result = IcpFilingNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Empty(result.Normalizations);
    }
}

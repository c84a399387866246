using IcpBadge.Filing;
using IcpBadge.Tests.Support;

namespace IcpBadge.Tests.Filing;

/// <summary>Parse, TryParse, the IParsable/ISpanParsable overloads, kinds asked for, equality.</summary>
public sealed partial class IcpFilingNumberTests
{
    [Theory]
    [InlineData("豫ICP备20151109-1")]
    [InlineData("萌ICP备20240001号")]
    [InlineData("京ICP备****号-1")]
    [InlineData("")]
    [InlineData("京公网安备11010502030143号")]
    public void Parse_InvalidText_ThrowsFormatExceptionWithTheErrorMessage(string text)
    {
        var error = IcpFilingNumber.ParsePattern(text).Error;

        var exception = Assert.Throws<FormatException>(() => IcpFilingNumber.Parse(text));
        var withProvider = Assert.Throws<FormatException>(() => Parsable.Parse<IcpFilingNumber>(text));
        var fromSpan = Assert.Throws<FormatException>(() => Parsable.Span<IcpFilingNumber>(text));
        var viaInterface = Assert.Throws<FormatException>(() => ParseSpan<IcpFilingNumber>(text));
        var fromResult = Assert.Throws<FormatException>(() => IcpFilingNumber.ParsePattern(text).GetValueOrThrow());

        Assert.NotNull(error);
        Assert.Equal(error.Message, exception.Message);
        Assert.Equal(error.Message, withProvider.Message);
        Assert.Equal(error.Message, fromSpan.Message);
        Assert.Equal(error.Message, viaInterface.Message);
        Assert.Equal(error.Message, fromResult.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => IcpFilingNumber.Parse(null!));
    }

    [Theory]
    [InlineData("豫ICP备20151109-1")]
    [InlineData("京公网安备11010502030143号")]
    [InlineData("京ICP证030173号")]
    [InlineData(null)]
    [InlineData("")]
    public void TryParse_InvalidText_ReturnsFalseAndNull(string? text)
    {
        Assert.False(IcpFilingNumber.TryParse(text, out var result));
        Assert.Null(result);
        Assert.False(Parsable.TryParse<IcpFilingNumber>(text, out var withProvider));
        Assert.Null(withProvider);
        Assert.False(Parsable.TrySpan<IcpFilingNumber>(text, out var fromSpan));
        Assert.Null(fromSpan);
        Assert.False(TryParseSpan<IcpFilingNumber>(text, out var viaInterface));
        Assert.Null(viaInterface);
    }

    [Theory]
    [InlineData("京ICP备12345678号-1", "京ICP备12345678号-1")]
    [InlineData("备案号：京ＩＣＰ备１２３４５６７８号－１", "京ICP备12345678号-1")]
    [InlineData("粤ICP备19015064号", "粤ICP备19015064号")]
    public void ParseAndTryParse_ValidText_AllOverloadsGiveTheSameValue(string text, string canonical)
    {
        var expected = IcpFilingNumber.Parse(text);

        Assert.Equal(canonical, expected.ToString());
        Assert.Equal(expected, Parsable.Parse<IcpFilingNumber>(text));
        Assert.Equal(expected, Parsable.Span<IcpFilingNumber>(text));
        Assert.Equal(expected, ParseSpan<IcpFilingNumber>(text));
        Assert.Equal(expected, ParseString<IcpFilingNumber>(text));
        Assert.True(IcpFilingNumber.TryParse(text, out var tried));
        Assert.Equal(expected, tried);
        Assert.True(Parsable.TryParse<IcpFilingNumber>(text, out var withProvider));
        Assert.Equal(expected, withProvider);
        Assert.True(Parsable.TrySpan<IcpFilingNumber>(text, out var fromSpan));
        Assert.Equal(expected, fromSpan);
        Assert.True(TryParseSpan<IcpFilingNumber>(text, out var viaInterface));
        Assert.Equal(expected, viaInterface);
        Assert.Equal(expected, FilingNumber.ParseAny(text).Value);
    }

    [Theory]
    [InlineData("京公网安备11010502030143号", FilingNumberKind.Police)]
    [InlineData("粤公网安备 44190002003939号", FilingNumberKind.Police)]
    [InlineData("京ICP证030173号", FilingNumberKind.IcpLicence)]
    [InlineData("粤B2-20190762", FilingNumberKind.TelecomLicence)]
    [InlineData("  京ICP证030173号", FilingNumberKind.IcpLicence)]
    public void ParsePattern_ValidNumberOfAnotherKind_FailsWithWrongKind(string text, FilingNumberKind actualKind)
    {
        var result = IcpFilingNumber.ParsePattern(text);

        Assert.False(result.Success);
        Assert.Equal(FilingParseErrorCode.WrongKind, result.Error.Code);
        Assert.Equal(text.IndexOf(text.TrimStart()[0], StringComparison.Ordinal), result.Error.Position);
        Assert.Contains("not an ICP filing number", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(actualKind, FilingNumber.ParseAny(text).Value.Kind);
    }

    [Fact]
    public void Value_FailedParse_ThrowsInvalidOperationException()
    {
        var result = IcpFilingNumber.ParsePattern("豫ICP备20151109-1");

        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Equality_SameCanonicalValue_IsEqual()
    {
        var a = ParseIcp("京ICP备12345678号-1");
        var b = ParseIcp("京 ICP 备 12345678 号 -1");

        Assert.NotSame(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.True(((FilingNumber)a).Equals((FilingNumber)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<FilingNumber> { a, b });
    }

    [Theory]
    [InlineData("京ICP备12345678号-1", "京ICP备12345678号-2")]
    [InlineData("京ICP备12345678号-1", "京ICP备12345678号")]
    [InlineData("京ICP备12345678号-2", "京ICP备12345678号-2A")]
    [InlineData("京ICP备12345678号-2A", "京ICP备12345678号-2X")]
    [InlineData("京ICP备12345678号-1", "京ICP备12345679号-1")]
    [InlineData("京ICP备12345678号-1", "沪ICP备12345678号-1")]
    [InlineData("蜀ICP备12345678号-1", "川ICP备12345678号-1")]
    [InlineData("京ICP备12345678号-1", "京ICP证12345678号-1")]
    [InlineData("京ICP备12345678号", "京ICP证12345678号")]
    public void Equality_DifferentKindOrValue_IsNotEqual(string left, string right)
    {
        var a = FilingNumber.ParseAny(left).Value;
        var b = FilingNumber.ParseAny(right).Value;

        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
        Assert.False(a.Equals((object)b));
        Assert.NotEqual(a.ToString(), b.ToString());
    }

    [Fact]
    public void Equality_NullAndOtherTypes_AreNotEqual()
    {
        var number = ParseIcp("京ICP备12345678号-1");
        FilingNumber? none = null;

        Assert.False(number == none);
        Assert.True(number != none);
        Assert.False(none == number);
        Assert.True(none == null);
        Assert.False(number.Equals(none));
        Assert.False(number.Equals("京ICP备12345678号-1"));
    }

    [Theory]
    [InlineData("京ICP备12345678号-1")]
    [InlineData("粤ICP备19015064号")]
    [InlineData("京ICP备04000001号-4K")]
    public void ToString_ParsedNumber_IsCanonicalAndParsesBackToAnEqualValue(string text)
    {
        var number = ParseIcp(text);

        Assert.Equal(text, number.ToString());
        Assert.Equal(number, ParseIcp(number.ToString()));
    }

    private static T ParseSpan<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);

    private static T ParseString<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static bool TryParseSpan<T>(string? text, out T? result)
        where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), null, out result);
}

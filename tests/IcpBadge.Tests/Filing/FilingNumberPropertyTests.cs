using System.Globalization;
using System.Text;
using CsCheck;
using IcpBadge.Filing;
using IcpBadge.Tests.Support;
using IcpBadge.Provinces;
using IcpBadge.Tests.Provinces;

namespace IcpBadge.Tests.Filing;

/// <summary>Property tests: the parsers never throw, and valid numbers survive formatting and lenient rewriting.</summary>
public sealed class FilingNumberPropertyTests
{
    private const int Iterations = 4000;

    /// <summary>Characters that matter to the grammar, so random text often gets deep into it.</summary>
    private static readonly string RelevantCharacters =
        string.Concat(ExpectedProvince.All.Select(p => p.IcpAbbreviations + p.PoliceAbbreviations))
        + "ICP备号证公网安案编许可经营港澳台萌新出"
        + "0123456789０１２３４５６７８９"
        + "-*Xx号AXKaxkBb.:：/－–—− \t\u3000\u00A0\u200B\uFEFF（）()"
        + "\uD800\uDC00\uD83D\uDE00\uFFFF";

    /// <summary>Fragments of real numbers, glued together at random.</summary>
    private static readonly string[] Tokens =
    [
        "京", "粤", "蜀", "川", "萌", "港", "ICP", "ＩＣＰ", "icp", "备", "证", "号", "公网安备", "公安备案号", "备案号：", "ICP备案号:",
        "-", "－", "–", "1", "0", "12", "1234", "12345678", "1200000", "44190002003939", "52990002000093", "3301000000001",
        "A", "X", "K", "B2", "A2.B1.", "*", "****", " ", ":", "\uD800", "\uDC00",
    ];

    private static readonly Gen<string> AnyUnicode =
        Gen.Char['\0', '\uFFFF'].Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<string> RelevantMix =
        Gen.Char[RelevantCharacters].Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<string> TokenSoup =
        Gen.OneOf(Tokens).Array[0, 12].Select(string.Concat);

    private static readonly Gen<string> RandomText = Gen.OneOf(AnyUnicode, RelevantMix, TokenSoup);

    private static readonly Gen<Province> AnyProvince = Gen.Int[0, 30].Select(i => ProvinceCatalog.All[i]);

    private static readonly Gen<string> IcpText =
        from province in AnyProvince
        from abbreviation in Gen.Char[province.IcpAbbreviations]
        from serial in Digits(5, 11)
        from hasSequence in Gen.Bool
        from sequence in Gen.Int[1, 999]
        from letter in Gen.OneOf("", "A", "X", "K")
        select hasSequence
            ? string.Create(CultureInfo.InvariantCulture, $"{abbreviation}ICP备{serial}号-{sequence}{letter}")
            : $"{abbreviation}ICP备{serial}号";

    private static readonly Gen<string> PoliceText =
        from province in AnyProvince
        from abbreviation in Gen.Char[province.PoliceAbbreviations]
        from rest in Digits(12, 12)
        select $"{abbreviation}公网安备{province.CodeText}{rest}号";

    private static readonly Gen<string> IcpLicenceText =
        from province in AnyProvince
        from abbreviation in Gen.Char[province.IcpAbbreviations]
        from digits in Digits(4, 8)
        from hasSequence in Gen.Bool
        from sequence in Gen.Int[1, 99]
        select hasSequence
            ? string.Create(CultureInfo.InvariantCulture, $"{abbreviation}ICP证{digits}号-{sequence}")
            : $"{abbreviation}ICP证{digits}号";

    private static readonly Gen<string> TelecomLicenceText =
        from province in AnyProvince
        from withProvince in Gen.Bool
        from categories in Gen.OneOf("A1", "A2", "B1", "B2", "B21", "B25").Array[1, 3]
        from digits in Digits(8, 8)
        from numberSign in Gen.Bool
        select (withProvince ? province.IcpAbbreviation.ToString() : string.Empty)
            + string.Join('.', categories) + "-" + digits + (numberSign ? "号" : string.Empty);

    private static readonly Gen<string> ValidText = Gen.OneOf(IcpText, PoliceText, IcpLicenceText, TelecomLicenceText);

    [Fact]
    public void ParseAny_RandomText_NeverThrowsAndGivesAValueOrAnError()
    {
        RandomText.Sample(
            text =>
            {
                var result = FilingNumber.ParseAny(text);

                Assert.Equal(text, result.Input);
                if (result.Success)
                {
                    // Whatever is accepted formats to a canonical form that reads back as the same value.
                    var value = result.Value;
                    Assert.Equal(value, FilingNumber.ParseAny(value.ToString()).Value);
                }
                else
                {
                    Assert.InRange(result.Error.Position, 0, text.Length);
                    Assert.False(string.IsNullOrEmpty(result.Error.Message));
                    Assert.Empty(result.Normalizations);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void TryParse_RandomText_NeverThrowsAndAgreesWithParsePattern()
    {
        RandomText.Sample(
            text =>
            {
                Assert.Equal(IcpFilingNumber.ParsePattern(text).Success, IcpFilingNumber.TryParse(text, out var icp));
                Assert.Equal(PoliceFilingNumber.ParsePattern(text).Success, PoliceFilingNumber.TryParse(text, out var police));
                Assert.Equal(OperatingLicenceNumber.ParsePattern(text).Success, OperatingLicenceNumber.TryParse(text, out var licence));
                Assert.Equal(icp is not null, Parsable.TrySpan<IcpFilingNumber>(text, out _));
                Assert.Equal(police is not null, Parsable.TrySpan<PoliceFilingNumber>(text, out _));
                Assert.Equal(licence is not null, Parsable.TrySpan<OperatingLicenceNumber>(text, out _));

                // At most one of the typed parsers accepts any text.
                Assert.True(new object?[] { icp, police, licence }.Count(v => v is not null) <= 1, text);
            },
            iter: Iterations);
    }

    [Fact]
    public void Parse_RandomText_ThrowsOnlyFormatException()
    {
        RandomText.Sample(
            text =>
            {
                AssertParsesOrThrowsFormatException(() => Parsable.Parse<IcpFilingNumber>(text), IcpFilingNumber.TryParse(text, out _));
                AssertParsesOrThrowsFormatException(() => Parsable.Parse<PoliceFilingNumber>(text), PoliceFilingNumber.TryParse(text, out _));
                AssertParsesOrThrowsFormatException(() => Parsable.Parse<OperatingLicenceNumber>(text), OperatingLicenceNumber.TryParse(text, out _));
                AssertParsesOrThrowsFormatException(() => Parsable.Span<IcpFilingNumber>(text), IcpFilingNumber.TryParse(text, out _));
                AssertParsesOrThrowsFormatException(() => FilingNumber.ParseAny(text).GetValueOrThrow(), FilingNumber.ParseAny(text).Success);
            },
            iter: Iterations);
    }

    [Fact]
    public void ParseAny_TextPrefixedWithSpaces_GivesTheSameResultWithPositionsShifted()
    {
        Gen.Select(Gen.OneOf(RandomText, ValidText), Gen.Int[1, 5]).Sample(
            sample =>
            {
                var (text, count) = sample;
                var plain = FilingNumber.ParseAny(text);

                var shifted = FilingNumber.ParseAny(new string(' ', count) + text);

                Assert.Equal(plain.Success, shifted.Success);
                if (plain.Success)
                {
                    Assert.Equal(plain.Value, shifted.Value);
                    Assert.Equal(plain.Normalizations, shifted.Normalizations);
                }
                else if (plain.Error.Code != FilingParseErrorCode.Empty)
                {
                    Assert.NotNull(shifted.Error);
                    Assert.Equal(plain.Error.Code, shifted.Error.Code);
                    Assert.Equal(plain.Error.Position + count, shifted.Error.Position);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Icp_GeneratedCanonicalNumber_RoundTrips()
    {
        IcpText.Sample(
            text =>
            {
                var number = Parsable.Parse<IcpFilingNumber>(text);

                Assert.Equal(text, number.ToString());
                Assert.Equal(number, IcpFilingNumber.Parse(number.ToString()));
                Assert.Equal(ProvinceCatalog.FromAbbreviation(text[0]), number.Province);
                Assert.Equal(text[0], number.Abbreviation);
                Assert.Equal(!text.Contains('-', StringComparison.Ordinal), number.IsMain);
                Assert.Equal(text.Split('号')[0], number.Main.ToString().Split('号')[0]);
                Assert.Empty(IcpFilingNumber.ParsePattern(text).Normalizations);
            },
            iter: Iterations);
    }

    [Fact]
    public void Police_GeneratedCanonicalNumber_RoundTrips()
    {
        PoliceText.Sample(
            text =>
            {
                var number = Parsable.Parse<PoliceFilingNumber>(text);

                Assert.Equal(text, number.ToString());
                Assert.Equal(number, PoliceFilingNumber.Parse(number.ToString()));
                Assert.Equal(number.Province.CodeText, number.Digits[..2]);
                Assert.Equal(text[5..19], number.Digits);
                Assert.EndsWith("code=" + number.Digits, number.Link.ToString(), StringComparison.Ordinal);
                Assert.Empty(PoliceFilingNumber.ParsePattern(text).Normalizations);
            },
            iter: Iterations);
    }

    [Fact]
    public void Licence_GeneratedCanonicalNumber_RoundTrips()
    {
        Gen.OneOf(IcpLicenceText, TelecomLicenceText).Sample(
            text =>
            {
                var licence = Parsable.Parse<OperatingLicenceNumber>(text);

                Assert.Equal(text, licence.ToString());
                Assert.Equal(licence, OperatingLicenceNumber.Parse(licence.ToString()));
                Assert.Null(licence.Link);
                Assert.Empty(OperatingLicenceNumber.ParsePattern(text).Normalizations);
            },
            iter: Iterations);
    }

    [Fact]
    public void ParseAny_ValidNumberWrittenLeniently_GivesAnEqualValueAndReportsWhatChanged()
    {
        var gen =
            from text in ValidText
            from modes in Gen.Int[0, 3].Array[40]
            from spaces in Gen.Select(Gen.Int[0, 40], Gen.Char[" \t\u3000\u00A0"]).Array[0, 4]
            from label in Gen.OneOf("", "备案号：", "ICP备案号:", "备案号： ")
            select (text, modes, spaces, label);

        gen.Sample(
            sample =>
            {
                var (text, modes, spaces, label) = sample;
                var (lenient, expected) = WriteLeniently(text, modes, spaces, label);

                var canonical = FilingNumber.ParseAny(text).Value;
                var result = FilingNumber.ParseAny(lenient);

                Assert.True(result.Success, $"'{lenient}' (from '{text}'): {result.Error?.Message}");
                Assert.Equal(canonical, result.Value);
                Assert.Equal(text, result.Value.ToString());
                Assert.Equal(expected, result.Normalizations);
            },
            iter: Iterations);
    }

    private static Gen<string> Digits(int min, int max) => Gen.Char['0', '9'].Array[min, max].Select(chars => new string(chars));

    /// <summary>
    /// Rewrites a canonical number as a careless footer might — full-width or lower-case ASCII, spaces, a label — and
    /// works out the normalisations the parser must report, in its fixed order.
    /// </summary>
    private static (string Text, List<FilingNormalization> Expected) WriteLeniently(
        string canonical,
        int[] modes,
        (int Position, char Space)[] spaces,
        string label)
    {
        var fullWidth = false;
        var lowercase = false;
        var builder = new StringBuilder();
        for (var i = 0; i < canonical.Length; i++)
        {
            var c = canonical[i];
            var mode = modes[i % modes.Length];
            if (char.IsAsciiLetterUpper(c) && (mode & 1) != 0)
            {
                c = char.ToLowerInvariant(c);
                lowercase = true;
            }

            if (c is > ' ' and <= '~' && (mode & 2) != 0)
            {
                c = (char)(c + 0xFEE0);
                fullWidth = true;
            }

            builder.Append(c);
        }

        // A space right after 公网安备 is the police number's tolerated form, not a normalisation.
        var silentGap = canonical.Contains("公网安备", StringComparison.Ordinal) ? 5 : -1;
        var whitespace = false;
        foreach (var (position, space) in spaces.Select(s => (Position: s.Position % (canonical.Length + 1), s.Space)).OrderByDescending(s => s.Position))
        {
            builder.Insert(position, space);
            whitespace |= position > 0 && position < canonical.Length && position != silentGap;
        }

        List<FilingNormalization> expected = [];
        if (fullWidth)
        {
            expected.Add(FilingNormalization.FullWidthCharacters);
        }

        if (whitespace)
        {
            expected.Add(FilingNormalization.Whitespace);
        }

        if (label.Length > 0)
        {
            expected.Add(FilingNormalization.LeadingLabel);
        }

        if (lowercase)
        {
            expected.Add(FilingNormalization.LowercaseLetters);
        }

        return (label + builder, expected);
    }

    private static void AssertParsesOrThrowsFormatException(Func<FilingNumber> parse, bool expectedToParse)
    {
        try
        {
            var value = parse();
            Assert.True(expectedToParse, $"Parse accepted {value} although TryParse did not.");
        }
        catch (FormatException)
        {
            Assert.False(expectedToParse, "Parse threw although TryParse accepted the text.");
        }
    }
}

using System.Diagnostics.CodeAnalysis;
using IcpBadge.Provinces;

namespace IcpBadge.Filing;

/// <summary>
/// A public-security filing number (公安联网备案号), e.g. <c>京公网安备11010502030143号</c>.
/// </summary>
/// <remarks>
/// Grammar: <c>&lt;abbr&gt;公网安备&lt;14 digits&gt;号</c>. Digits 1–6 are the GB/T 2260 division code of the accepting
/// police office, and digits 1–2 must be the prefix's province. A space before the digits and a missing <c>号</c> are
/// accepted silently; the canonical form has neither.
/// </remarks>
public sealed class PoliceFilingNumber : FilingNumber, ISpanParsable<PoliceFilingNumber>
{
    internal PoliceFilingNumber(Province province, char abbreviation, string digits)
        : base(province, $"{abbreviation}公网安备{digits}号")
    {
        Abbreviation = abbreviation;
        Digits = digits;
    }

    /// <inheritdoc />
    public override FilingNumberKind Kind => FilingNumberKind.Police;

    /// <summary>The province of the police filing (where the site is operated).</summary>
    public new Province Province => base.Province!;

    /// <summary>The province character as filed, e.g. <c>川</c> or <c>蜀</c>.</summary>
    public char Abbreviation { get; }

    /// <summary>The 14 digits, e.g. <c>11010502030143</c>.</summary>
    public string Digits { get; }

    /// <summary>The six-digit division code of the accepting police office, e.g. <c>110105</c>.</summary>
    public string DivisionCode => Digits[..6];

    /// <summary>The public record: <c>https://beian.mps.gov.cn/#/query/webSearch?code=&lt;digits&gt;</c>.</summary>
    public override Uri Link => FilingLinks.PoliceRecord(Digits);

    /// <summary>Parses a police filing number, reporting precisely what is wrong on failure; never throws.</summary>
    public static FilingParseResult<PoliceFilingNumber> ParsePattern(string? text) => FilingNumberParser.Parse<PoliceFilingNumber>(text);

    /// <summary>Parses a police filing number.</summary>
    /// <exception cref="FormatException">The text is not a valid police filing number; the message says why.</exception>
    public static PoliceFilingNumber Parse(string text) => ParsePattern(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)" />
    static PoliceFilingNumber IParsable<PoliceFilingNumber>.Parse(string s, IFormatProvider? provider) => ParsePattern(s).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)" />
    static PoliceFilingNumber ISpanParsable<PoliceFilingNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParsePattern(s.ToString()).GetValueOrThrow();

    /// <summary>Tries to parse a police filing number.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PoliceFilingNumber? result) =>
        ParsePattern(text).TryGetValue(out result);

    /// <inheritdoc cref="TryParse(string?, out PoliceFilingNumber?)" />
    static bool IParsable<PoliceFilingNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out PoliceFilingNumber result) =>
        TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out PoliceFilingNumber?)" />
    static bool ISpanParsable<PoliceFilingNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out PoliceFilingNumber result) =>
        TryParse(s.ToString(), out result);
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IcpBadge.Provinces;

namespace IcpBadge.Filing;

/// <summary>
/// An operating licence number (经营许可证): an ICP licence (<c>京ICP证030173号</c>, <c>京ICP证030173号-1</c>) or a
/// value-added telecom licence (<c>粤B2-20190762</c>, <c>苏B2-20130048号</c>, <c>A2.B1.B2-20070312</c>).
/// </summary>
/// <remarks>A licence never satisfies the ICP filing-number rules: a commercial site shows both.</remarks>
public sealed class OperatingLicenceNumber : FilingNumber, ISpanParsable<OperatingLicenceNumber>
{
    internal OperatingLicenceNumber(Province province, char abbreviation, string digits, int? sequence)
        : base(province, FormatIcpLicence(abbreviation, digits, sequence))
    {
        Kind = FilingNumberKind.IcpLicence;
        Abbreviation = abbreviation;
        Digits = digits;
        Sequence = sequence;
        Categories = [];
    }

    internal OperatingLicenceNumber(Province? province, char? abbreviation, IReadOnlyList<string> categories, string digits, bool numberSign)
        : base(province, $"{abbreviation}{string.Join('.', categories)}-{digits}{(numberSign ? "号" : string.Empty)}")
    {
        Kind = FilingNumberKind.TelecomLicence;
        Abbreviation = abbreviation;
        Categories = categories;
        Digits = digits;
        HasNumberSign = numberSign;
    }

    /// <inheritdoc />
    public override FilingNumberKind Kind { get; }

    /// <summary>The province character, or <see langword="null"/> for a national telecom licence (<c>B2-20233776</c>).</summary>
    public char? Abbreviation { get; }

    /// <summary>Telecom business categories, e.g. <c>["A2", "B1", "B2"]</c>; empty for an ICP licence.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The licence digits, e.g. <c>030173</c> or <c>20190762</c>.</summary>
    public string Digits { get; }

    /// <summary>The <c>-n</c> of an ICP licence shown per site, or <see langword="null"/>.</summary>
    public int? Sequence { get; }

    /// <summary>Whether a telecom licence was written with a trailing <c>号</c> (both forms are real and kept as filed).</summary>
    public bool HasNumberSign { get; }

    /// <summary>Licences have no canonical link; <see langword="null"/>.</summary>
    public override Uri? Link => null;

    /// <summary>Parses a licence number, reporting precisely what is wrong on failure; never throws.</summary>
    public static FilingParseResult<OperatingLicenceNumber> ParsePattern(string? text) => FilingNumberParser.Parse<OperatingLicenceNumber>(text);

    /// <summary>Parses a licence number.</summary>
    /// <exception cref="FormatException">The text is not a valid licence number; the message says why.</exception>
    public static OperatingLicenceNumber Parse(string text) => ParsePattern(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)" />
    static OperatingLicenceNumber IParsable<OperatingLicenceNumber>.Parse(string s, IFormatProvider? provider) => ParsePattern(s).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)" />
    static OperatingLicenceNumber ISpanParsable<OperatingLicenceNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParsePattern(s.ToString()).GetValueOrThrow();

    /// <summary>Tries to parse a licence number.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out OperatingLicenceNumber? result) =>
        ParsePattern(text).TryGetValue(out result);

    /// <inheritdoc cref="TryParse(string?, out OperatingLicenceNumber?)" />
    static bool IParsable<OperatingLicenceNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out OperatingLicenceNumber result) =>
        TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out OperatingLicenceNumber?)" />
    static bool ISpanParsable<OperatingLicenceNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out OperatingLicenceNumber result) =>
        TryParse(s.ToString(), out result);

    private static string FormatIcpLicence(char abbreviation, string digits, int? sequence) =>
        sequence is null
            ? $"{abbreviation}ICP证{digits}号"
            : string.Create(CultureInfo.InvariantCulture, $"{abbreviation}ICP证{digits}号-{sequence}");
}

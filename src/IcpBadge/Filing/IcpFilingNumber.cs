using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IcpBadge.Provinces;

namespace IcpBadge.Filing;

/// <summary>
/// An MIIT ICP filing number (ICP备案号): a main number (主体备案号, <c>粤ICP备19015064号</c>) or a service number —
/// website (<c>京ICP备12345678号-1</c>), APP (<c>-2A</c>), mini-program (<c>-3X</c>) or quick app (<c>-4K</c>).
/// </summary>
/// <remarks>
/// Grammar: <c>&lt;abbr&gt;ICP备&lt;serial&gt;号[-&lt;seq&gt;[A|X|K]]</c>. The abbreviation is kept exactly as filed
/// (蜀 and 川 are both Sichuan); only width, spaces, case and labels are normalised.
/// </remarks>
public sealed class IcpFilingNumber : FilingNumber, ISpanParsable<IcpFilingNumber>
{
    internal IcpFilingNumber(Province province, char abbreviation, string serial, int? sequence, char? serviceLetter)
        : base(province, Format(abbreviation, serial, sequence, serviceLetter))
    {
        Abbreviation = abbreviation;
        Serial = serial;
        Sequence = sequence;
        ServiceLetter = serviceLetter;
        Kind = (sequence, serviceLetter) switch
        {
            (null, _) => FilingNumberKind.IcpMain,
            (_, null) => FilingNumberKind.IcpWebsite,
            (_, 'A') => FilingNumberKind.IcpApp,
            (_, 'X') => FilingNumberKind.IcpMiniProgram,
            _ => FilingNumberKind.IcpQuickApp,
        };
    }

    /// <inheritdoc />
    public override FilingNumberKind Kind { get; }

    /// <summary>The issuing province (the 管局 that approved the filing).</summary>
    public new Province Province => base.Province!;

    /// <summary>The province character as filed, e.g. <c>蜀</c> or <c>川</c>.</summary>
    public char Abbreviation { get; }

    /// <summary>The subject's serial, e.g. <c>12345678</c>.</summary>
    public string Serial { get; }

    /// <summary>The position in the subject's series (<c>-n</c>), or <see langword="null"/> for a main number.</summary>
    public int? Sequence { get; }

    /// <summary><c>A</c>, <c>X</c> or <c>K</c> for APP, mini-program and quick-app numbers; otherwise <see langword="null"/>.</summary>
    public char? ServiceLetter { get; }

    /// <summary>Whether this is the main number (no <c>-n</c>).</summary>
    public bool IsMain => Sequence is null;

    /// <summary>Whether this is a website number (<c>-n</c> without letter).</summary>
    public bool IsWebsite => Kind == FilingNumberKind.IcpWebsite;

    /// <summary>Whether this is an APP, mini-program or quick-app number: never a website's footer number.</summary>
    public bool IsAppLike => ServiceLetter is not null;

    /// <summary>Whether the serial has an unusual length (5, 6, 9 or 11 digits; 7, 8 and 10 are normal).</summary>
    public bool HasUnusualSerialLength => Serial.Length is not (7 or 8 or 10);

    /// <summary>The main number this number belongs to (itself for a main number).</summary>
    public IcpFilingNumber Main => IsMain ? this : new IcpFilingNumber(Province, Abbreviation, Serial, null, null);

    /// <summary>The MIIT filing system, <c>https://beian.miit.gov.cn/</c>.</summary>
    public override Uri Link => FilingLinks.Miit;

    /// <summary>Parses an ICP filing number, reporting precisely what is wrong on failure; never throws.</summary>
    public static FilingParseResult<IcpFilingNumber> ParsePattern(string? text) => FilingNumberParser.Parse<IcpFilingNumber>(text);

    /// <summary>Parses an ICP filing number.</summary>
    /// <exception cref="FormatException">The text is not a valid ICP filing number; the message says why.</exception>
    public static IcpFilingNumber Parse(string text) => ParsePattern(text).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)" />
    static IcpFilingNumber IParsable<IcpFilingNumber>.Parse(string s, IFormatProvider? provider) => ParsePattern(s).GetValueOrThrow();

    /// <inheritdoc cref="Parse(string)" />
    static IcpFilingNumber ISpanParsable<IcpFilingNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParsePattern(s.ToString()).GetValueOrThrow();

    /// <summary>Tries to parse an ICP filing number.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out IcpFilingNumber? result) =>
        ParsePattern(text).TryGetValue(out result);

    /// <inheritdoc cref="TryParse(string?, out IcpFilingNumber?)" />
    static bool IParsable<IcpFilingNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out IcpFilingNumber result) =>
        TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out IcpFilingNumber?)" />
    static bool ISpanParsable<IcpFilingNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out IcpFilingNumber result) =>
        TryParse(s.ToString(), out result);

    private static string Format(char abbreviation, string serial, int? sequence, char? letter) =>
        sequence is null
            ? $"{abbreviation}ICP备{serial}号"
            : string.Create(CultureInfo.InvariantCulture, $"{abbreviation}ICP备{serial}号-{sequence}{letter}");
}

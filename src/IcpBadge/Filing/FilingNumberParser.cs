using System.Globalization;
using IcpBadge.Localization;
using IcpBadge.Provinces;

namespace IcpBadge.Filing;

/// <summary>
/// The one grammar behind every <c>Parse</c>/<c>TryParse</c>: lenient about width, spaces, case and labels, strict
/// about structure, and precise about what is wrong and where. Never throws.
/// </summary>
internal static class FilingNumberParser
{
    private const string IcpMarker = "ICP备";
    private const string IcpLicenceMarker = "ICP证";
    private const string PoliceMarker = "公网安备";

    public static FilingParseResult<FilingNumber> Parse(string? input) => Parse<FilingNumber>(input);

    public static FilingParseResult<T> Parse<T>(string? input)
        where T : FilingNumber
    {
        input ??= string.Empty;
        var text = NormalizedText.From(input);
        var state = new Reader(input, text);
        var value = state.ReadNumber();

        // Normalisations describe how a valid number was displayed; text that is not one has nothing to report.
        if (value is null)
        {
            return FilingParseResult<T>.ForError(input, state.Error!, []);
        }

        if (value is not T typed)
        {
            var error = new FilingParseError(
                FilingParseErrorCode.WrongKind,
                text.Origin(0),
                $"'{input}' is {Describe(value.Kind)} ({value}), not {DescribeType(typeof(T))}.",
                CoreText.Resources.Format(
                    "Filing.Error.WrongKindNamed",
                    input,
                    CoreText.Resources.Get($"FilingKind.{value.Kind}.Article"),
                    value,
                    CoreText.Resources.Get(ExpectedKindKey(typeof(T)))).Zh);
            return FilingParseResult<T>.ForError(input, error, []);
        }

        return FilingParseResult<T>.ForValue(input, typed, text.Applied(state.SilentGaps, state.SilentCharacters));
    }

    /// <summary>A short English description such as "an ICP website number".</summary>
    internal static string Describe(FilingNumberKind kind) => kind switch
    {
        FilingNumberKind.IcpMain => "an ICP main number",
        FilingNumberKind.IcpWebsite => "an ICP website number",
        FilingNumberKind.IcpApp => "an ICP APP number",
        FilingNumberKind.IcpMiniProgram => "an ICP mini-program number",
        FilingNumberKind.IcpQuickApp => "an ICP quick-app number",
        FilingNumberKind.IcpLicence => "an ICP operating licence",
        FilingNumberKind.TelecomLicence => "a value-added telecom licence",
        _ => "a police filing number",
    };

    private static string ExpectedKindKey(Type type) =>
        type == typeof(IcpFilingNumber) ? "FilingKind.Icp.Expected"
        : type == typeof(PoliceFilingNumber) ? "FilingKind.Police.Article"
        : "FilingKind.Licence.Expected";

    private static string DescribeType(Type type) =>
        type == typeof(IcpFilingNumber) ? "an ICP filing number"
        : type == typeof(PoliceFilingNumber) ? "a police filing number"
        : "an operating licence number";

    /// <summary>A cursor over the normalised text; the first error found wins.</summary>
    private sealed class Reader(string input, NormalizedText normalized)
    {
        private readonly string _t = normalized.Text;
        private List<int>? _silentGaps;
        private List<int>? _silentCharacters;
        private int _i;

        public FilingParseError? Error { get; private set; }

        public ReadOnlySpan<int> SilentGaps => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_silentGaps);

        public ReadOnlySpan<int> SilentCharacters => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_silentCharacters);

        public FilingNumber? ReadNumber()
        {
            if (_t.Length == 0)
            {
                return Fail(FilingParseErrorCode.Empty, 0, normalized.HadLabel ? "There is no number after the label." : "The text is empty: give a filing number.");
            }

            var first = _t[0];
            if (first is 'A' or 'B' && _t.Length > 1 && char.IsAsciiDigit(_t[1]))
            {
                return ReadTelecomLicence(null, null);
            }

            if (At(0, IcpMarker) || At(0, IcpLicenceMarker) || At(0, PoliceMarker))
            {
                return Fail(
                    FilingParseErrorCode.MissingProvinceAbbreviation,
                    Pos(0),
                    $"'{input}' has no province abbreviation: a filing number starts with one, e.g. 京ICP备12345678号-1.");
            }

            var province = ProvinceCatalog.FromAbbreviation(first);
            _i = 1;
            if (province is null)
            {
                return FailUnknownPrefix(first);
            }

            if (At(_i, IcpMarker))
            {
                _i += IcpMarker.Length;
                return ReadIcp(province, first);
            }

            if (At(_i, IcpLicenceMarker))
            {
                _i += IcpLicenceMarker.Length;
                return ReadIcpLicence(province, first);
            }

            if (At(_i, PoliceMarker))
            {
                _i += PoliceMarker.Length;
                return ReadPolice(province, first);
            }

            if (_i < _t.Length && _t[_i] is 'A' or 'B' && _i + 1 < _t.Length && char.IsAsciiDigit(_t[_i + 1]))
            {
                return ReadTelecomLicence(province, first);
            }

            if (At(_i, "备") && _i + 1 < _t.Length && char.IsAsciiDigit(_t[_i + 1]))
            {
                return ReadLegacyPolice(first);
            }

            if (At(_i, "公网备") || At(_i, "网安备") || At(_i, "公安备"))
            {
                return Fail(
                    FilingParseErrorCode.UnrecognisedFormat,
                    Pos(_i),
                    $"'{input}' is not a filing number: after {first} a police number has 公网安备 (character {Col(_i)}), e.g. 京公网安备11010502030143号.");
            }

            return Unrecognised();
        }

        private FilingNumber? FailUnknownPrefix(char first)
        {
            var icpAt = _t.IndexOf(IcpMarker, StringComparison.Ordinal);
            var policeAt = _t.IndexOf(PoliceMarker, StringComparison.Ordinal);
            var markerAt = icpAt == 1 || policeAt == 1 ? 1 : -1;
            if (ProvinceCatalog.IsNoIcpRegionAbbreviation(first))
            {
                var region = first switch { '港' => "Hong Kong", '澳' => "Macau", _ => "Taiwan" };
                return Fail(
                    FilingParseErrorCode.NoIcpFilingRegion,
                    Pos(0),
                    $"'{first}' stands for {region}, which has no MIIT ICP or police filing: '{input}' is not a real filing number.");
            }

            if (markerAt == 1)
            {
                return Fail(
                    FilingParseErrorCode.UnknownProvinceAbbreviation,
                    Pos(0),
                    $"'{first}' (character {Col(0)}) is not a province abbreviation, so '{input}' is a lookalike, not an MIIT filing number.");
            }

            return Unrecognised();
        }

        private FilingNumber? Unrecognised() => Fail(
            FilingParseErrorCode.UnrecognisedFormat,
            Pos(0),
            $"'{input}' is not an ICP filing number (京ICP备12345678号-1), a licence (京ICP证030173号, 粤B2-20190762) or a police filing number (京公网安备11010502030143号).");

        private FilingNumber? ReadIcp(Province province, char abbreviation)
        {
            var serial = ReadDigits("serial");
            if (serial is null)
            {
                return null;
            }

            var serialStart = _i - serial.Length;
            if (serial.Length < 5)
            {
                return Fail(FilingParseErrorCode.SerialTooShort, Pos(serialStart), $"The serial {serial} (character {Col(serialStart)}) has {serial.Length} digits; an ICP serial has 7, 8 or 10 (at least 5).");
            }

            if (serial.Length > 11)
            {
                return Fail(FilingParseErrorCode.SerialTooLong, Pos(serialStart), $"The serial {serial} (character {Col(serialStart)}) has {serial.Length} digits; an ICP serial has 7, 8 or 10 (at most 11).");
            }

            if (!At(_i, "号"))
            {
                return FailMissingNumberSign(abbreviation + IcpMarker, serial);
            }

            _i++;
            if (_i == _t.Length)
            {
                return new IcpFilingNumber(province, abbreviation, serial, null, null);
            }

            if (_t[_i] != '-')
            {
                return FailTrailing();
            }

            _i++;
            var sequence = ReadSequence();
            if (sequence is null)
            {
                return null;
            }

            char? letter = null;
            if (_i < _t.Length && char.IsAsciiLetterUpper(_t[_i]))
            {
                if (_t[_i] is not ('A' or 'X' or 'K'))
                {
                    return Fail(
                        FilingParseErrorCode.UnknownServiceLetter,
                        Pos(_i),
                        $"'{_t[_i]}' after -{sequence} (character {Col(_i)}) is not a service letter: use A (APP), X (mini-program), K (quick app) or none (website).");
                }

                letter = _t[_i++];
            }

            if (_i < _t.Length && _t[_i] == '号')
            {
                return Fail(
                    FilingParseErrorCode.MisplacedNumberSign,
                    Pos(_i),
                    $"'号' (character {Col(_i)}) belongs right after the serial, before -{sequence}{letter}: write {abbreviation}ICP备{serial}号-{sequence}{letter}.");
            }

            return _i == _t.Length ? new IcpFilingNumber(province, abbreviation, serial, sequence, letter) : FailTrailing();
        }

        private FilingNumber? ReadIcpLicence(Province province, char abbreviation)
        {
            var digits = ReadDigits("licence number");
            if (digits is null)
            {
                return null;
            }

            if (digits.Length is < 4 or > 8)
            {
                var start = _i - digits.Length;
                return Fail(FilingParseErrorCode.LicenceDigitCount, Pos(start), $"The ICP licence number {digits} (character {Col(start)}) has {digits.Length} digits; expected 4 to 8, e.g. 京ICP证030173号.");
            }

            if (!At(_i, "号"))
            {
                return FailMissingNumberSign(abbreviation + IcpLicenceMarker, digits);
            }

            _i++;
            int? sequence = null;
            if (_i < _t.Length && _t[_i] == '-')
            {
                _i++;
                sequence = ReadSequence();
                if (sequence is null)
                {
                    return null;
                }
            }

            return _i == _t.Length ? new OperatingLicenceNumber(province, abbreviation, digits, sequence) : FailTrailing();
        }

        private FilingNumber? ReadTelecomLicence(Province? province, char? abbreviation)
        {
            var categories = new List<string>();
            while (true)
            {
                var start = _i;
                if (_i >= _t.Length || _t[_i] is not ('A' or 'B'))
                {
                    return Fail(FilingParseErrorCode.InvalidCharacter, Pos(_i), $"Expected a licence category such as B2 at character {Col(_i)} of '{input}'.");
                }

                _i++;
                while (_i < _t.Length && char.IsAsciiDigit(_t[_i]) && _i - start <= 2)
                {
                    _i++;
                }

                if (_i - start < 2)
                {
                    return Fail(FilingParseErrorCode.InvalidCharacter, Pos(start), $"The licence category at character {Col(start)} of '{input}' needs a digit, e.g. B2.");
                }

                categories.Add(_t[start.._i]);
                if (_i < _t.Length && _t[_i] == '.')
                {
                    _i++;
                    continue;
                }

                break;
            }

            if (_i >= _t.Length || _t[_i] != '-')
            {
                return Fail(FilingParseErrorCode.InvalidCharacter, Pos(_i), $"Expected '-' after the licence category {categories[^1]} (character {Col(_i)}), e.g. 粤B2-20190762.");
            }

            _i++;
            var digits = ReadDigits("licence number");
            if (digits is null)
            {
                return null;
            }

            if (digits.Length != 8)
            {
                var start = _i - digits.Length;
                return Fail(FilingParseErrorCode.LicenceDigitCount, Pos(start), $"The telecom licence number {digits} (character {Col(start)}) must have 8 digits; it has {digits.Length}, e.g. 粤B2-20190762.");
            }

            var numberSign = At(_i, "号");
            if (numberSign)
            {
                _i++;
            }

            return _i == _t.Length ? new OperatingLicenceNumber(province, abbreviation, categories, digits, numberSign) : FailTrailing();
        }

        private FilingNumber? ReadPolice(Province prefixProvince, char abbreviation)
        {
            // A space, a colon or a slash before the digits is tolerated silently: none of them is part of the number.
            (_silentGaps ??= []).Add(_i);
            if (_i < _t.Length && _t[_i] is ':' or '/')
            {
                (_silentCharacters ??= []).Add(_i);
                _i++;
                (_silentGaps ??= []).Add(_i);
            }

            var start = _i;
            var digits = ReadDigits("police number");
            if (digits is null)
            {
                return null;
            }

            if (digits.Length != 14)
            {
                return Fail(FilingParseErrorCode.PoliceDigitCount, Pos(start), $"The police number {digits} (character {Col(start)}) must have 14 digits; it has {digits.Length}, e.g. 京公网安备11010502030143号.");
            }

            var code = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            var division = ProvinceCatalog.FromCode(code);
            if (division is null)
            {
                return Fail(FilingParseErrorCode.UnknownDivisionCode, Pos(start), $"The police number {digits} starts with {digits[..2]} (character {Col(start)}), which is not the code of a mainland province.");
            }

            if (division != prefixProvince)
            {
                return Fail(
                    FilingParseErrorCode.PoliceProvinceMismatch,
                    Pos(start),
                    $"The prefix {abbreviation} ({prefixProvince.Name}) does not match division code {digits[..2]} ({division.Name}) at the start of the digits (character {Col(start)}): a {abbreviation} police number starts with {prefixProvince.CodeText}, and {digits[..2]} would be {division.PoliceAbbreviation}公网安备.");
            }

            if (_i < _t.Length && _t[_i] == '号')
            {
                _i++;
            }

            return _i == _t.Length ? new PoliceFilingNumber(prefixProvince, abbreviation, digits) : FailTrailing();
        }

        private FilingNumber? ReadLegacyPolice(char abbreviation)
        {
            _i++;
            var digits = ReadDigits("police number");
            if (digits is null)
            {
                return null;
            }

            if (digits.Length == 13)
            {
                return Fail(
                    FilingParseErrorCode.LegacyPoliceNumber,
                    Pos(0),
                    $"'{input}' is a legacy (pre-2016) police filing number; check it on the police platform (beian.mps.gov.cn) and show the current {abbreviation}公网安备 number with its 14 digits.");
            }

            return Unrecognised();
        }

        private string? ReadDigits(string what)
        {
            var start = _i;
            while (_i < _t.Length && char.IsAsciiDigit(_t[_i]))
            {
                _i++;
            }

            if (_i < _t.Length && _t[_i] is '*' or 'X' or '×' or '＊')
            {
                return Fail<string>(FilingParseErrorCode.Placeholder, Pos(_i), $"'{input}' is a masked placeholder ('{_t[_i]}' at character {Col(_i)}), not a real number: fill in the {what} digits.");
            }

            if (_i == start)
            {
                return Fail<string>(FilingParseErrorCode.MissingSerial, Pos(_i), $"Expected the {what} digits at character {Col(_i)} of '{input}'.");
            }

            return _t[start.._i];
        }

        private int? ReadSequence()
        {
            var start = _i;
            if (_i < _t.Length && _t[_i] is '*' or 'N')
            {
                Fail<string>(FilingParseErrorCode.Placeholder, Pos(_i), $"'{input}' is a masked placeholder ('-{_t[_i]}' at character {Col(_i)}), not a real number: fill in the sequence number.");
                return null;
            }

            while (_i < _t.Length && char.IsAsciiDigit(_t[_i]))
            {
                _i++;
            }

            // The common case, a short sequence without a leading zero, is read without a substring.
            if (_i - start is > 0 and <= 9 && _t[start] != '0')
            {
                return int.Parse(_t.AsSpan(start, _i - start), NumberStyles.None, CultureInfo.InvariantCulture);
            }

            var digits = _t[start.._i];
            if (digits.Length == 0)
            {
                Fail<string>(FilingParseErrorCode.MissingSequence, Pos(start), $"Expected the sequence number after '-' at character {Col(start)} of '{input}', e.g. -1.");
                return null;
            }

            if (digits == "0")
            {
                Fail<string>(FilingParseErrorCode.SequenceZero, Pos(start), $"The sequence -0 (character {Col(start)}) is not valid: sequences start at 1.");
                return null;
            }

            if (digits[0] == '0')
            {
                Fail<string>(FilingParseErrorCode.SequenceLeadingZero, Pos(start), $"The sequence -{digits} (character {Col(start)}) has a leading zero: write -{digits.TrimStart('0')}.");
                return null;
            }

            if (digits.Length > 9)
            {
                Fail<string>(FilingParseErrorCode.SequenceTooLarge, Pos(start), $"The sequence -{digits} (character {Col(start)}) is too large.");
                return null;
            }

            return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        private FilingNumber? FailMissingNumberSign(string prefix, string digits)
        {
            var rest = _t[_i..];
            if (rest.Length > 2 && rest[0] == '-' && char.IsAsciiDigit(rest[1]) && rest[^1] == '号' && rest[1..^1].TrimEnd('A', 'X', 'K').All(char.IsAsciiDigit))
            {
                var numberSignAt = _t.Length - 1;
                return Fail(
                    FilingParseErrorCode.MisplacedNumberSign,
                    Pos(numberSignAt),
                    $"'号' (character {Col(numberSignAt)}) belongs right after the serial, before {rest[..^1]}: write {prefix}{digits}号{rest[..^1]}.");
            }

            var suggestion = rest.StartsWith('-') ? $": write {prefix}{digits}号{rest.TrimEnd('号')}" : string.Empty;
            return Fail(
                FilingParseErrorCode.MissingNumberSign,
                Pos(_i),
                $"'{input}' is missing '号' after {digits} (character {Col(_i)}){suggestion}.");
        }

        private FilingNumber? FailTrailing() =>
            Fail(FilingParseErrorCode.TrailingCharacters, Pos(_i), $"Unexpected '{_t[_i..]}' at character {Col(_i)} of '{input}', after the end of the number.");

        private FilingNumber? Fail(FilingParseErrorCode code, int position, string message) => Fail<FilingNumber>(code, position, message);

        private T? Fail<T>(FilingParseErrorCode code, int position, string message)
            where T : class
        {
            Error ??= new FilingParseError(code, position, message);
            return null;
        }

        private bool At(int index, string marker) =>
            index <= _t.Length - marker.Length && string.CompareOrdinal(_t, index, marker, 0, marker.Length) == 0;

        private int Pos(int index) => normalized.Origin(index);

        /// <summary>1-based column in the original input, for messages.</summary>
        private int Col(int index) => Pos(index) + 1;
    }
}

using System.Text;

namespace IcpBadge.Filing;

/// <summary>
/// The input with widths, dashes, case and whitespace normalised and a leading label removed, remembering where each
/// character came from so errors can point into the original text.
/// </summary>
internal sealed class NormalizedText
{
    // Longest first: "ICP备案号" must win over "备案号".
    private static readonly string[] Labels =
    [
        "增值电信业务经营许可证", "经营许可证编号", "公安联网备案号", "公安机关备案号", "工信部备案号", "ICP许可证号",
        "ICP经营许可证", "ICP备案编号", "网站备案编号", "经营许可证号", "ICP备案号", "网站备案号", "公安备案号", "网安备案号",
        "经营许可证", "ICP备案", "备案编号", "许可证号", "备案号",
    ];

    [Flags]
    private enum CharFlags : byte
    {
        None = 0,
        FullWidth = 1,
        Hyphen = 2,
        Lowercase = 4,
    }

    private static readonly IReadOnlyList<FilingNormalization> None = [];

    private readonly int[]? _origins;
    private readonly CharFlags[]? _flags;
    private readonly List<int> _gaps;
    private readonly int _inputLength;

    private NormalizedText(string text, int[]? origins, CharFlags[]? flags, List<int> gaps, int inputLength, bool hadLabel)
    {
        Text = text;
        _origins = origins;
        _flags = flags;
        _gaps = gaps;
        _inputLength = inputLength;
        HadLabel = hadLabel;
    }

    /// <summary>The compact, upper-cased, half-width text the grammar reads.</summary>
    public string Text { get; }

    /// <summary>Whether a leading label was removed.</summary>
    public bool HadLabel { get; }

    public static NormalizedText From(string input)
    {
        // Most input is already canonical: then the text is the input itself and nothing is allocated.
        if (IsPlain(input) && LabelLength(input) == 0)
        {
            return new NormalizedText(input, null, null, [], input.Length, false);
        }

        var builder = new StringBuilder(input.Length);
        var origins = new List<int>(input.Length);
        var flags = new List<CharFlags>(input.Length);
        var gaps = new List<int>();
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                if (gaps.Count == 0 || gaps[^1] != builder.Length)
                {
                    gaps.Add(builder.Length);
                }

                continue;
            }

            var flag = CharFlags.None;
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
                flag |= CharFlags.FullWidth;
            }
            else if (c is >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE58' or '\uFE63')
            {
                c = '-';
                flag |= CharFlags.Hyphen;
            }

            if (c is >= 'a' and <= 'z')
            {
                c = (char)(c - 32);
                flag |= CharFlags.Lowercase;
            }

            builder.Append(c);
            origins.Add(i);
            flags.Add(flag);
        }

        var text = builder.ToString();
        var labelLength = LabelLength(text);
        var normalized = new NormalizedText(
            text[labelLength..],
            [.. origins.Skip(labelLength)],
            [.. flags.Skip(labelLength)],
            [.. gaps.Select(g => g - labelLength).Where(g => g > 0 && g < text.Length - labelLength)],
            input.Length,
            labelLength > 0);
        return normalized;
    }

    /// <summary>The index in the original input of the normalised character at <paramref name="index"/>.</summary>
    public int Origin(int index) =>
        index < Text.Length ? _origins?[index] ?? index : _inputLength;

    /// <summary>The normalisations that touched the number itself (the label's own characters don't count).</summary>
    /// <param name="silentGaps">Whitespace positions the grammar tolerates without comment (the police number's space before its digits).</param>
    /// <param name="silentCharacters">Positions of separators the grammar skips, which are not part of the number (the police number's colon).</param>
    public IReadOnlyList<FilingNormalization> Applied(ReadOnlySpan<int> silentGaps, ReadOnlySpan<int> silentCharacters)
    {
        if (_flags is null && _gaps.Count == 0 && !HadLabel)
        {
            return None;
        }

        var all = CharFlags.None;
        for (var i = 0; i < (_flags?.Length ?? 0); i++)
        {
            if (!silentCharacters.Contains(i))
            {
                all |= _flags![i];
            }
        }

        var result = new List<FilingNormalization>(4);
        if ((all & CharFlags.FullWidth) != 0)
        {
            result.Add(FilingNormalization.FullWidthCharacters);
        }

        foreach (var gap in _gaps)
        {
            if (!silentGaps.Contains(gap))
            {
                result.Add(FilingNormalization.Whitespace);
                break;
            }
        }

        if (HadLabel)
        {
            result.Add(FilingNormalization.LeadingLabel);
        }

        if ((all & CharFlags.Lowercase) != 0)
        {
            result.Add(FilingNormalization.LowercaseLetters);
        }

        if ((all & CharFlags.Hyphen) != 0)
        {
            result.Add(FilingNormalization.HyphenVariant);
        }

        return result;
    }

    /// <summary>Whether no character needs normalising: no whitespace, full-width form, dash variant or lower-case letter.</summary>
    private static bool IsPlain(string input)
    {
        foreach (var c in input)
        {
            if (c is (>= 'a' and <= 'z') or (>= '\uFF01' and <= '\uFF5E') or (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63' or '\u200B' or '\uFEFF' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int LabelLength(string text)
    {
        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                var length = label.Length;
                return length < text.Length && text[length] == ':' ? length + 1 : length;
            }
        }

        return 0;
    }
}

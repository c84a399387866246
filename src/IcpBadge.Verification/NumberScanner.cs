using System.Text;
using System.Text.RegularExpressions;
using IcpBadge.Filing;
using IcpBadge.Provinces;

namespace IcpBadge.Verification;

/// <summary>What a piece of filing-like text turned out to be.</summary>
internal enum CandidateKind
{
    /// <summary>ICP-like text with a province character (valid or malformed).</summary>
    Icp,

    /// <summary>Text that only resembles an ICP number (<c>萌ICP备</c>, <c>港ICP备</c>, no prefix at all).</summary>
    IcpLookalike,

    /// <summary>Police-like text (valid, legacy or malformed).</summary>
    Police,

    /// <summary>Text that only resembles a police number (<c>萌公网安备</c>).</summary>
    PoliceLookalike,

    /// <summary>An operating licence number.</summary>
    Licence,
}

/// <summary>One piece of filing-like text found in the scan text.</summary>
internal sealed class Candidate
{
    public required CandidateKind Kind { get; init; }

    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>The text as displayed.</summary>
    public required string Text { get; init; }

    /// <summary>The ICP parse (Icp candidates).</summary>
    public FilingParseResult<IcpFilingNumber>? Icp { get; init; }

    /// <summary>The police parse (Police candidates).</summary>
    public FilingParseResult<PoliceFilingNumber>? Police { get; init; }

    /// <summary>The 14 (or 13, legacy) ASCII digits of police-like text.</summary>
    public string? PoliceDigits { get; init; }

    /// <summary>Where the digits of police-like text start in the scan text (they may sit in a link the label is outside of).</summary>
    public int DigitsStart { get; init; }

    /// <summary>How many characters the digits of police-like text take in the scan text.</summary>
    public int DigitsLength { get; init; }

    /// <summary>The police prefix is a province character (so the digits can be checked against a link).</summary>
    public bool PoliceHasProvincePrefix { get; init; }

    /// <summary>The licence (Licence candidates).</summary>
    public OperatingLicenceNumber? Licence { get; init; }
}

/// <summary>Finds ICP-like, police-like and licence text (docs/filing-numbers.md) and parses it with the core parsers.</summary>
internal static partial class NumberScanner
{
    public static List<Candidate> Scan(string text)
    {
        // Every pattern matches within one '\n'-delimited line (none of their classes admits '\n', and the lookaheads
        // treat a line end like the '\n' after it), so only lines holding a pattern's required literal are searched.
        // The patterns still run in the same order, so the candidates (and their sort) are exactly as for a scan of
        // the whole text; pages whose body has no filing text skip most of the regex work.
        var filingLines = new List<(int Start, int Length)>();
        var licenceLines = new List<(int Start, int Length)>();
        var telecomLines = new List<(int Start, int Length)>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start);
            if (line.Contains('备'))
            {
                filingLines.Add((start, line.Length));
            }

            if (line.Contains('证'))
            {
                licenceLines.Add((start, line.Length));
            }

            if (HasDashAndEightDigits(line))
            {
                telecomLines.Add((start, line.Length));
            }

            start = end + 1;
        }

        var found = new List<Candidate>();
        foreach (var m in Matches(IcpRegex(), text, filingLines))
        {
            found.Add(IcpCandidate(m));
        }

        foreach (var m in Matches(PoliceRegex(), text, filingLines))
        {
            found.Add(PoliceCandidate(m, m.Groups["p"].Success ? m.Groups["p"].Value[0] : null, legacy: false));
        }

        foreach (var m in Matches(LegacyPoliceRegex(), text, filingLines))
        {
            var prefix = m.Groups["p"].Value[0];
            if (ProvinceCatalog.FromAbbreviation(prefix) is not null)
            {
                found.Add(PoliceCandidate(m, prefix, legacy: true));
            }
        }

        foreach (var m in Matches(IcpLicenceRegex(), text, licenceLines))
        {
            AddLicence(found, m);
        }

        foreach (var m in Matches(TelecomLicenceRegex(), text, telecomLines))
        {
            AddLicence(found, m);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Whether <paramref name="line"/> holds a dash followed by eight ASCII digits, which every telecom licence match
    /// contains (<c>[-－][0-9]{8}</c>). A dash alone is common in text ("icp-badge", dates), and the pattern's optional
    /// leading ideograph makes the regex try every Chinese character of such a line.
    /// </summary>
    private static bool HasDashAndEightDigits(ReadOnlySpan<char> line)
    {
        for (var dash = line.IndexOfAny('-', '－'); dash >= 0; dash = line.IndexOfAny('-', '－'))
        {
            line = line[(dash + 1)..];
            if (line.Length >= 8 && !line[..8].ContainsAnyExceptInRange('0', '9'))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Match> Matches(Regex regex, string text, List<(int Start, int Length)> lines)
    {
        foreach (var (start, length) in lines)
        {
            for (var m = regex.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                yield return m;
            }
        }
    }

    private static Candidate IcpCandidate(Match m)
    {
        var value = m.Value.Trim();
        var start = m.Index + (m.Value.Length - m.Value.TrimStart().Length);
        var prefix = m.Groups["p"];
        if (!prefix.Success || !char.IsLetter(prefix.Value[0]) || char.IsAscii(prefix.Value[0]))
        {
            var bare = prefix.Success ? value[1..].TrimStart() : value;
            return new Candidate { Kind = CandidateKind.IcpLookalike, Start = start, Length = value.Length, Text = bare };
        }

        var parse = IcpFilingNumber.ParsePattern(value);
        var lookalike = !parse.Success && parse.Error.Code is FilingParseErrorCode.UnknownProvinceAbbreviation or FilingParseErrorCode.NoIcpFilingRegion;
        return new Candidate
        {
            Kind = lookalike ? CandidateKind.IcpLookalike : CandidateKind.Icp,
            Start = start,
            Length = value.Length,
            Text = value,
            Icp = parse,
        };
    }

    private static Candidate PoliceCandidate(Match m, char? prefix, bool legacy)
    {
        var value = m.Value.Trim();
        var start = m.Index + (m.Value.Length - m.Value.TrimStart().Length);
        var digitsGroup = m.Groups["d"];
        var digits = AsciiDigits(digitsGroup.Value);
        var isLetter = prefix is { } p && char.IsLetter(p) && !char.IsAscii(p);
        var canonical = legacy
            ? value
            : string.Concat(isLetter ? prefix.ToString() : string.Empty, "公网安备", digits, "号");
        var parse = PoliceFilingNumber.ParsePattern(canonical);
        var lookalike = !parse.Success && parse.Error.Code == FilingParseErrorCode.UnknownProvinceAbbreviation;
        return new Candidate
        {
            Kind = lookalike ? CandidateKind.PoliceLookalike : CandidateKind.Police,
            Start = isLetter ? start : start + (prefix is null ? 0 : 1),
            Length = isLetter || prefix is null ? value.Length : value.Length - 1,
            Text = isLetter || prefix is null ? value : value[1..].TrimStart(),
            Police = parse,
            PoliceDigits = digits,
            DigitsStart = digitsGroup.Index,
            DigitsLength = digitsGroup.Length,
            PoliceHasProvincePrefix = isLetter && ProvinceCatalog.FromAbbreviation(prefix!.Value) is not null,
        };
    }

    private static void AddLicence(List<Candidate> found, Match m)
    {
        var value = m.Value.Trim();
        var parse = OperatingLicenceNumber.ParsePattern(value);
        if (!parse.Success && value.Length > 1 && !char.IsAscii(value[0]))
        {
            // A character before a national licence that is not a province: read the licence without it.
            value = value[1..];
            parse = OperatingLicenceNumber.ParsePattern(value);
        }

        if (parse.Success)
        {
            found.Add(new Candidate
            {
                Kind = CandidateKind.Licence,
                Start = m.Index + (m.Value.Length - m.Value.TrimStart().Length),
                Length = value.Length,
                Text = value,
                Licence = parse.Value,
            });
        }
    }

    private static string AsciiDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c);
        }

        return builder.ToString();
    }

    // Tolerated inside a number: spaces, no-break spaces and ideographic spaces (never a block boundary).
    private const string Sp = @"[ \u00A0\u3000\t]*";

    [GeneratedRegex(@"(?<p>[^\s\d])?" + Sp + "[IiＩｉ][CcＣｃ][PpＰｐ]" + Sp + "备" + Sp +
        @"[0-9０-９*＊XxＸｘ]+(?:" + Sp + "号)?(?:" + Sp + @"[-－–—−‐]" + Sp + @"[0-9０-９*＊]+(?:[A-Za-zＡ-Ｚａ-ｚ](?![A-Za-z]))?)?(?:" + Sp + "号)?")]
    private static partial Regex IcpRegex();

    [GeneratedRegex(@"(?:(?<p>[^\s\d:：/／])?" + Sp + "公网安备|公安备案号)" + @"[ \u00A0\u3000\t:：/／]*(?<d>[0-9０-９]+)(?:" + Sp + "号)?")]
    private static partial Regex PoliceRegex();

    [GeneratedRegex(@"(?<p>\p{IsCJKUnifiedIdeographs})备" + Sp + @"(?<d>[0-9]{13})(?![0-9])(?:" + Sp + "号)?")]
    private static partial Regex LegacyPoliceRegex();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}" + Sp + "ICP" + Sp + "证" + Sp + @"[0-9]+" + Sp + "号(?:-[0-9]+)?")]
    private static partial Regex IcpLicenceRegex();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}?[AB][0-9](?:[.．·][AB][0-9])*[-－][0-9]{8}(?![0-9])号?")]
    private static partial Regex TelecomLicenceRegex();
}

using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace IcpBadge.Verification.Fetching;

/// <summary>
/// NET002: recognises, conservatively, the page a Chinese hosting provider serves instead of a site that is not filed
/// or not connected to its filing ("网站暂时无法访问 … 未备案"). Only a short page (a block page is a few lines) that
/// shows no ICP number of its own and carries a provider's wording counts; anything doubtful is inspected normally.
/// </summary>
public static partial class BlockPageDetector
{
    private const int MaxVisibleChars = 1500;

    /// <summary>Phrases that, on a short page, only a provider's block page uses.</summary>
    private static readonly string[] StrongPhrases =
    [
        "网站暂时无法访问",
        "该网站暂时无法进行访问",
        "网站暂时无法进行访问",
        "未根据工信部相关法律规则进行备案",
        "没有在工信部备案",
        "未在工信部备案",
        "Non-compliance ICP Filing",
        "备案未接入",
        "未接入备案",
    ];

    /// <summary>Returns the NET002 finding when <paramref name="html"/> is a provider's block page; otherwise null.</summary>
    public static InspectionFinding? Detect(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlDocument();
        document.LoadHtml(html);
        foreach (var node in document.DocumentNode.SelectNodes("//script|//style|//noscript")?.ToList() ?? [])
        {
            node.Remove();
        }

        var text = Whitespace().Replace(HtmlEntity.DeEntitize(document.DocumentNode.InnerText) ?? string.Empty, " ").Trim();
        if (text.Length == 0 || text.Length > MaxVisibleChars || IcpNumber().IsMatch(text))
        {
            return null;
        }

        var phrase = StrongPhrases.FirstOrDefault(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
        if (phrase is null && text.Contains("未备案", StringComparison.Ordinal)
            && (text.Contains("接入", StringComparison.Ordinal) || text.Contains("无法访问", StringComparison.Ordinal) || text.Contains("暂停访问", StringComparison.Ordinal)))
        {
            phrase = "未备案";
        }

        if (phrase is null)
        {
            return null;
        }

        var start = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        var evidence = text.Substring(start, Math.Min(80, text.Length - start));
        return new InspectionFinding(
            VerificationRules.Net002,
            FindingSeverity.Error,
            VerificationText.Get("Finding.NET002.BlockPage"),
            evidence);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}\s*ICP\s*[备證证]\s*\d{4,}")]
    private static partial Regex IcpNumber();
}

using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace IcpBadge.Audits.Reports;

/// <summary>
/// HTML-encodes everything that comes from sites, pages and the history (names, URLs, evidence, messages):
/// <c>&lt; &gt; &amp; " '</c> and control characters become references; Chinese stays readable in the source.
/// </summary>
internal static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);
}

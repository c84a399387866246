using System.Text;
using IcpBadge.Html;
using IcpBadge.Localization;

namespace IcpBadge.StaticSites;

/// <summary>
/// The encoding the injected block is written in: the page's own (<see cref="HtmlCharset"/>). The page itself is never
/// decoded and re-encoded, so only encodings whose bytes can be spliced are accepted.
/// </summary>
internal static class PageEncoding
{
    /// <summary>Finds the encoding of <paramref name="page"/>; null with a reason when it can't be written safely.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> page, out LocalizedText? problem)
    {
        var detection = HtmlCharset.Detect(page);
        problem = detection switch
        {
            { IsUtf16: true } => StaticSitesText.Get("Page.Utf16"),
            { Encoding: null } => StaticSitesText.Format("Page.UnwritableCharset", detection.Label),
            _ => null,
        };
        return problem is null ? detection.Encoding : null;
    }
}

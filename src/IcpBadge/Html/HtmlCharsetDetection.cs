using System.Text;

namespace IcpBadge.Html;

/// <summary>What <see cref="HtmlCharset.Detect"/> found.</summary>
/// <param name="Encoding">The page's encoding; null when it declares one this library does not handle (see <paramref name="Label"/>).</param>
/// <param name="Source">Where the encoding came from.</param>
/// <param name="ByteOrderMarkLength">How many bytes of byte order mark the page starts with (0 when none).</param>
/// <param name="Label">The declared charset label (lower case), for <see cref="HtmlCharsetSource.Header"/> and <see cref="HtmlCharsetSource.Meta"/>.</param>
public sealed record HtmlCharsetDetection(Encoding? Encoding, HtmlCharsetSource Source, int ByteOrderMarkLength, string? Label)
{
    /// <summary>Whether the page is UTF-16 (by its byte order mark), which <c>inject</c> cannot write into byte for byte.</summary>
    public bool IsUtf16 => Encoding is { CodePage: 1200 or 1201 };
}

using System.Text;
using System.Text.RegularExpressions;

namespace IcpBadge.Html;

/// <summary>
/// The character encoding of an HTML page, found the way browsers do: the charset of the HTTP <c>Content-Type</c>
/// header when there is one, else a byte order mark, else a <c>&lt;meta&gt;</c> charset in the first 2 KB, else UTF-8.
/// Knows the encodings Chinese sites use: UTF-8, GBK/GB2312, GB18030 and Big5 (and UTF-16 by its byte order mark).
/// The one place both <c>inject</c> (which writes in the page's encoding) and the verifier (which decodes) ask.
/// </summary>
public static partial class HtmlCharset
{
    /// <summary>How far into a page a <c>&lt;meta&gt;</c> charset is looked for (the HTML prescan's 1024 bytes, with room).</summary>
    public const int PrescanBytes = 2048;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    // GBK, GB18030 and Big5 live in the code-pages provider; registering it is idempotent.
    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The encoding for a WHATWG charset label (case, surrounding spaces and quotes ignored), or null for a label
    /// this library does not handle.
    /// </summary>
    public static Encoding? FromLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Trim().Trim('"', '\'').ToLowerInvariant() switch
        {
            "utf-8" or "utf8" or "unicode-1-1-utf-8" => Encoding.UTF8,
            "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "cp936" or "windows-936" or "csgb2312" or "chinese" or "iso-ir-58" => Encoding.GetEncoding(936),
            "gb18030" => Encoding.GetEncoding(54936),
            "big5" or "big5-hkscs" or "cn-big5" or "csbig5" or "x-x-big5" => Encoding.GetEncoding(950),
            _ => null,
        };
    }

    /// <summary>Finds the encoding of <paramref name="page"/>; <paramref name="headerCharset"/> is the HTTP header's charset, if any.</summary>
    public static HtmlCharsetDetection Detect(ReadOnlySpan<byte> page, string? headerCharset = null)
    {
        if (headerCharset is not null && FromLabel(headerCharset) is { } declared)
        {
            var bom = declared.CodePage == 65001 && page.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
            return new HtmlCharsetDetection(declared, HtmlCharsetSource.Header, bom, headerCharset);
        }

        if (page.StartsWith(Utf8Bom))
        {
            return new HtmlCharsetDetection(Encoding.UTF8, HtmlCharsetSource.ByteOrderMark, Utf8Bom.Length, null);
        }

        if (page.StartsWith(Utf16LeBom))
        {
            return new HtmlCharsetDetection(Encoding.Unicode, HtmlCharsetSource.ByteOrderMark, Utf16LeBom.Length, null);
        }

        if (page.StartsWith(Utf16BeBom))
        {
            return new HtmlCharsetDetection(Encoding.BigEndianUnicode, HtmlCharsetSource.ByteOrderMark, Utf16BeBom.Length, null);
        }

        var head = Encoding.Latin1.GetString(page[..Math.Min(page.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return new HtmlCharsetDetection(Encoding.UTF8, HtmlCharsetSource.Default, 0, null);
        }

        var label = match.Groups["label"].Value;
        return new HtmlCharsetDetection(FromLabel(label), HtmlCharsetSource.Meta, 0, label.ToLowerInvariant());
    }

    /// <summary>
    /// Decodes <paramref name="page"/> as <see cref="Detect"/> finds it, without the byte order mark; a declared
    /// charset this library does not handle is read as UTF-8.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> page, string? headerCharset = null)
    {
        var detection = Detect(page, headerCharset);
        return (detection.Encoding ?? Encoding.UTF8).GetString(page[detection.ByteOrderMarkLength..]);
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<label>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}

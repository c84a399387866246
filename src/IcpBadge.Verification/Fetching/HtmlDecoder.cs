using System.Text;
using System.Text.RegularExpressions;

namespace IcpBadge.Verification.Fetching;

/// <summary>
/// Decodes a fetched page: the charset of the HTTP <c>Content-Type</c> header, else a BOM, else a <c>&lt;meta&gt;</c>
/// charset in the first 2 KB, else UTF-8. Knows UTF-8, GBK, GB2312, GB18030 and Big5.
/// </summary>
internal static partial class HtmlDecoder
{
    private const int PrescanBytes = 2048;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="body"/> with the encoding found as described above.</summary>
    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (headerCharset is not null && FromLabel(headerCharset) is { } declared)
        {
            var skip = declared.CodePage == 65001 && body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            return declared.GetString(body[skip..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(body[3..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(body[2..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(body[2..]);
        }

        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        var encoding = match.Success ? FromLabel(match.Groups["label"].Value) ?? Encoding.UTF8 : Encoding.UTF8;
        return encoding.GetString(body);
    }

    /// <summary>The encodings Chinese sites use, by WHATWG label; null for anything else.</summary>
    public static Encoding? FromLabel(string label) => label.Trim().Trim('"', '\'').ToLowerInvariant() switch
    {
        "utf-8" or "utf8" or "unicode-1-1-utf-8" => Encoding.UTF8,
        "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "cp936" or "windows-936" or "csgb2312" or "chinese" or "iso-ir-58" => Encoding.GetEncoding(936),
        "gb18030" => Encoding.GetEncoding(54936),
        "big5" or "big5-hkscs" or "cn-big5" or "csbig5" or "x-x-big5" => Encoding.GetEncoding(950),
        _ => null,
    };

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<label>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}

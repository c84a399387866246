using System.Text;
using System.Text.RegularExpressions;

namespace IcpBadge.Cli.Injection;

/// <summary>
/// A page's character encoding, found the way browsers do for a file: a BOM, else a <c>&lt;meta&gt;</c> charset in the
/// first bytes, else UTF-8. Only used to encode the injected block; the page itself is never decoded and re-encoded.
/// </summary>
internal static partial class PageEncoding
{
    private const int PrescanBytes = 2048;

    /// <summary>Finds the encoding of <paramref name="page"/>; null with a reason when it can't be written safely.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> page, out string? problem)
    {
        problem = null;
        if (page.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8;
        }

        if (page.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || page.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problem = "UTF-16 pages are not supported; save the page as UTF-8";
            return null;
        }

        var head = Encoding.Latin1.GetString(page[..Math.Min(page.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return Encoding.UTF8;
        }

        var label = match.Groups["label"].Value.ToLowerInvariant();
        var encoding = FromLabel(label);
        if (encoding is null)
        {
            problem = $"the page declares charset '{label}', which IcpBadge can't write";
        }

        return encoding;
    }

    /// <summary>The encodings Chinese sites use, by WHATWG label; null for anything else.</summary>
    public static Encoding? FromLabel(string label) => label switch
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

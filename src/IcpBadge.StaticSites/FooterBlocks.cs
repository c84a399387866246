using System.Collections.Concurrent;
using System.Text;

namespace IcpBadge.StaticSites;

/// <summary>
/// The encoded bytes of the injected block, rendered once per variant (page encoding, line ending, inside a
/// <c>&lt;footer&gt;</c> or not, folder depth for a copied emblem) and reused for every page of that variant.
/// </summary>
/// <param name="render">Renders the footer HTML: (inside a page's footer element, folder depth) → HTML.</param>
internal sealed class FooterBlocks(Func<bool, int, string> render)
{
    private readonly ConcurrentDictionary<(int CodePage, bool CrLf, bool InsideFooter, int Depth), byte[]> _blocks = new();

    /// <summary>The block for a page in <paramref name="encoding"/>, with CRLF or LF lines, inside a footer or not, <paramref name="depth"/> folders down.</summary>
    public byte[] For(Encoding encoding, bool crLf, bool insideFooter, int depth) =>
        _blocks.GetOrAdd((encoding.CodePage, crLf, insideFooter, depth), key =>
        {
            var newline = key.CrLf ? "\r\n" : "\n";
            var html = render(key.InsideFooter, key.Depth).TrimEnd('\n').ReplaceLineEndings(newline);
            var text = PageScanner.BeginMarker + newline + html + newline + PageScanner.EndMarker;
            return Encode(text, encoding);
        });

    /// <summary>Encodes in the page's own encoding; characters it lacks become numeric character references.</summary>
    internal static byte[] Encode(string text, Encoding encoding)
    {
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        }

        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var safe = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var piece = rune.ToString();
            try
            {
                strict.GetByteCount(piece);
                safe.Append(piece);
            }
            catch (EncoderFallbackException)
            {
                safe.Append("&#").Append(rune.Value).Append(';');
            }
        }

        return strict.GetBytes(safe.ToString());
    }
}

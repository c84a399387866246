using IcpBadge.Localization;
namespace IcpBadge.StaticSites;

/// <summary>
/// Finds where the footer block goes, by scanning the page's bytes for tags and comments while skipping comments,
/// <c>script</c>, <c>style</c>, <c>textarea</c> and <c>title</c> contents.
/// </summary>
/// <remarks>
/// Works on bytes so the page is never decoded: every marker starts with '&lt;', which in UTF-8, GBK, GB18030 and Big5
/// is never part of a multi-byte character, and the ASCII that follows it is therefore ASCII too.
/// </remarks>
internal static class PageScanner
{
    public const string BeginMarker = "<!-- icp-badge:begin -->";
    public const string EndMarker = "<!-- icp-badge:end -->";

    private static readonly string[] RawTextNames = ["<script>", "<style>", "<textarea>", "<title>"];

    private static readonly byte[][] RawTextOpen = [.. new[] { "script", "style", "textarea", "title" }.Select(n => System.Text.Encoding.ASCII.GetBytes("<" + n))];

    private static readonly byte[][] RawTextClose = [.. new[] { "script", "style", "textarea", "title" }.Select(n => System.Text.Encoding.ASCII.GetBytes("</" + n))];

    public static PagePlan? Plan(ReadOnlySpan<byte> page, out LocalizedText? problem)
    {
        problem = null;
        int blockStart = -1, blockEnd = -1, markerStart = -1, markerEnd = -1;
        int footerDepth = 0, footerClose = -1, bodyClose = -1;

        // The footer depth where each candidate starts, counted on real tags only (not in comments, scripts...), so a
        // rerun sees the same depth at its earlier block as the first run saw at the insertion point.
        int blockDepth = 0, markerDepth = 0, bodyDepth = 0;
        var firstFooterOpen = false;

        // What the page ends inside of, if anything: a block added at the end would be hidden in it (and not be seen
        // by the next run either, which would add another).
        string? unclosed = null;
        var i = 0;
        while (i < page.Length)
        {
            var next = page[i..].IndexOf((byte)'<');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (page[i..].StartsWith("<!--"u8))
            {
                var close = page[(i + 4)..].IndexOf("-->"u8);
                var end = close < 0 ? page.Length : i + 4 + close + 3;
                unclosed = close < 0 ? "<!--" : null;
                var text = Trim(page[(i + 4)..Math.Max(i + 4, end - 3)]);
                if (text.SequenceEqual("icp-badge:begin"u8) && blockStart < 0)
                {
                    (blockStart, blockDepth) = (i, footerDepth);
                }
                else if (text.SequenceEqual("icp-badge:end"u8) && blockStart >= 0 && blockEnd < 0)
                {
                    blockEnd = end;
                }
                else if (text.SequenceEqual("icp-badge"u8) && markerStart < 0)
                {
                    (markerStart, markerEnd, markerDepth) = (i, end, footerDepth);
                }

                i = end;
                continue;
            }

            if (RawTextElement(page, i) is var raw and >= 0)
            {
                i = SkipRawText(page, i, RawTextClose[raw]);
                unclosed = i == page.Length ? RawTextNames[raw] : null;
                continue;
            }

            if (IsTag(page, i, "<footer"u8))
            {
                footerDepth++;
                firstFooterOpen |= footerClose < 0;
            }
            else if (IsTag(page, i, "</footer"u8))
            {
                if (firstFooterOpen && footerDepth == 1 && footerClose < 0)
                {
                    footerClose = i;
                }

                footerDepth = Math.Max(0, footerDepth - 1);
            }
            else if (IsTag(page, i, "</body"u8) && bodyClose < 0)
            {
                (bodyClose, bodyDepth) = (i, footerDepth);
            }

            i++;
        }

        if (blockStart >= 0)
        {
            if (blockEnd < 0)
            {
                problem = StaticSitesText.Format("Page.OpenBlock", BeginMarker, EndMarker);
                return null;
            }

            return new PagePlan(Placement.ExistingBlock, blockStart, blockEnd, blockDepth > 0);
        }

        if (markerStart >= 0)
        {
            return new PagePlan(Placement.Marker, markerStart, markerEnd, markerDepth > 0);
        }

        if (footerClose >= 0)
        {
            return new PagePlan(Placement.Footer, footerClose, footerClose, InsideFooter: true);
        }

        if (bodyClose >= 0)
        {
            return new PagePlan(Placement.Body, bodyClose, bodyClose, bodyDepth > 0);
        }

        if (unclosed is not null)
        {
            problem = StaticSitesText.Format("Page.EndsUnclosed", unclosed, "<!-- icp-badge -->");
            return null;
        }

        return new PagePlan(Placement.EndOfFile, page.Length, page.Length, footerDepth > 0);
    }

    /// <summary>Whether <paramref name="page"/> uses CRLF line endings more than bare LF.</summary>
    public static bool PrefersCrLf(ReadOnlySpan<byte> page)
    {
        int crlf = 0, lf = 0;
        for (var i = page.IndexOf((byte)'\n'); i >= 0 && i < page.Length;)
        {
            if (i > 0 && page[i - 1] == '\r')
            {
                crlf++;
            }
            else
            {
                lf++;
            }

            var next = page[(i + 1)..].IndexOf((byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return crlf > lf;
    }

    private static bool IsTag(ReadOnlySpan<byte> page, int at, ReadOnlySpan<byte> opening)
    {
        if (at + opening.Length > page.Length || !EqualsIgnoreCase(page.Slice(at, opening.Length), opening))
        {
            return false;
        }

        var after = at + opening.Length;
        return after == page.Length || page[after] is (byte)'>' or (byte)'/' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
    }

    private static int RawTextElement(ReadOnlySpan<byte> page, int at)
    {
        for (var k = 0; k < RawTextOpen.Length; k++)
        {
            if (IsTag(page, at, RawTextOpen[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static int SkipRawText(ReadOnlySpan<byte> page, int at, ReadOnlySpan<byte> closing)
    {
        for (var i = at + 1; i < page.Length; i++)
        {
            var next = page[i..].IndexOf((byte)'<');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (IsTag(page, i, closing))
            {
                return i;
            }
        }

        return page.Length;
    }

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        for (var i = 0; i < left.Length; i++)
        {
            if (Lower(left[i]) != Lower(right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static byte Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
    {
        while (text.Length > 0 && text[0] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            text = text[1..];
        }

        while (text.Length > 0 && text[^1] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            text = text[..^1];
        }

        return text;
    }
}

namespace IcpBadge.Verification;

/// <summary>
/// The elements a browser lays out inline, within a line of text (HTML phrasing content). Every other element starts a
/// new block. One list serves the scan text (an inline element does not break a line, so a number split by a
/// <c>&lt;span&gt;</c> or a label outside a link reads as one) and the page-structure rules (an inline wrapper is part
/// of the number it holds; an emblem inside an inline sibling is next to the number).
/// </summary>
internal static class InlineElements
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "span", "b", "strong", "em", "i", "small", "font", "label", "u", "sup", "sub", "code", "abbr", "bdi", "bdo", "mark", "s", "q", "cite", "time", "wbr", "img",
    };

    /// <summary>Whether an element named <paramref name="name"/> is laid out inline.</summary>
    public static bool Contains(string name) => Names.Contains(name);
}

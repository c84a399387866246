using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace IcpBadge.Verification;

/// <summary>
/// A parsed page flattened to text: every text node with its position in the scan text, its visible offset, whether
/// markup hides it and whether it sits inside a footer element. Block boundaries become line breaks in the scan text,
/// so numbers never run into the next block; <see cref="InlineElements"/> (links included) stay on the line, so text
/// split by them reads as a reader sees it.
/// </summary>
internal sealed partial class PageDocument
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "textarea", "select", "option", "svg", "math",
    };

    private readonly List<TextSegment> _segments = [];
    private readonly StringBuilder _text;
    private int _visibleLength;

    private PageDocument(HtmlDocument document)
    {
        Document = document;
        Body = FirstElement(document.DocumentNode, "body") ?? document.DocumentNode;
        _text = ScanTextBuilder.Rent();
        Walk(Body, hidden: false, inFooter: false);
        Text = _text.ToString();
        ScanTextBuilder.Return(_text);
        VisibleLength = _visibleLength;
        var title = FirstElement(document.DocumentNode, "title");
        Title = title is null ? null : CollapseWhitespace(HtmlEntity.DeEntitize(title.InnerText)).Trim();
    }

    public HtmlDocument Document { get; }

    public HtmlNode Body { get; }

    /// <summary>The scan text: collapsed text nodes, with <c>\n</c> at block boundaries.</summary>
    public string Text { get; }

    /// <summary>The number of visible (not hidden) characters.</summary>
    public int VisibleLength { get; }

    /// <summary>The <c>&lt;title&gt;</c> text, or null without one.</summary>
    public string? Title { get; }

    public IReadOnlyList<TextSegment> Segments => _segments;

    public static PageDocument Parse(string html)
    {
        // Nothing looks elements up by id, so HtmlAgilityPack need not index every node it appends by its id
        // (a dictionary write per node, a few percent of the parse).
        var document = new HtmlDocument { OptionCheckSyntax = false, OptionUseIdAttribute = false };
        document.LoadHtml(html ?? string.Empty);
        return new PageDocument(document);
    }

    /// <summary>The part of the page a match covers.</summary>
    public PageSpan Locate(int start, int length)
    {
        var end = start + Math.Max(length, 1);
        TextSegment? first = null;
        HtmlNode? common = null;
        var hidden = true;
        var inFooter = false;
        foreach (var segment in _segments)
        {
            if (segment.ScanStart >= end)
            {
                break;
            }

            if (segment.ScanStart + segment.Length <= start)
            {
                continue;
            }

            first ??= segment;
            hidden &= segment.Hidden;
            inFooter |= segment.InFooterElement;
            common = common is null ? segment.Node : CommonAncestor(common, segment.Node);
        }

        if (first is null || common is null)
        {
            return new PageSpan(Body, 0, Hidden: false, InFooterElement: false);
        }

        var visible = first.VisibleStart + (first.Hidden ? 0 : Math.Max(0, start - first.ScanStart));
        return new PageSpan(common, visible, hidden, inFooter);
    }

    public static bool IsHidden(HtmlNode node)
    {
        if (node.NodeType != HtmlNodeType.Element)
        {
            return false;
        }

        // HasAttributes first: reading Attributes on an element without any allocates an empty collection for it.
        if (!node.HasAttributes)
        {
            return false;
        }

        if (node.Attributes.Contains("hidden"))
        {
            return true;
        }

        var style = node.GetAttributeValue("style", string.Empty);
        if (style.Length == 0)
        {
            return false;
        }

        var compact = WhitespaceRegex().Replace(style, string.Empty).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    public static bool IsFooterElement(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Element &&
        (node.Name.Equals("footer", StringComparison.OrdinalIgnoreCase) ||
         node.GetAttributeValue("id", string.Empty).Contains("footer", StringComparison.OrdinalIgnoreCase) ||
         node.GetAttributeValue("class", string.Empty).Contains("footer", StringComparison.OrdinalIgnoreCase));

    public static string CollapseWhitespace(string text) => NeedsCollapsing(text) ? WhitespaceRunRegex().Replace(text, " ") : text;

    // True when the text holds a tab, line break or form feed, or two spaces in a row: only then does the
    // replacement change it (a single space becomes a single space).
    private static bool NeedsCollapsing(string text)
    {
        var index = text.AsSpan().IndexOfAny(CollapsibleBreaks);
        if (index >= 0)
        {
            return true;
        }

        return text.Contains("  ", StringComparison.Ordinal);
    }

    private static readonly System.Buffers.SearchValues<char> CollapsibleBreaks = System.Buffers.SearchValues.Create("\t\r\n\f");

    // The characters of WhitespaceRunRegex: each run of them collapses to one space.
    private static readonly System.Buffers.SearchValues<char> WhitespaceRunChars = System.Buffers.SearchValues.Create(" \t\r\n\f");

    private static HtmlNode CommonAncestor(HtmlNode a, HtmlNode b)
    {
        var ancestors = new HashSet<HtmlNode>();
        for (var n = a; n is not null; n = n.ParentNode)
        {
            ancestors.Add(n);
        }

        for (var n = b; n is not null; n = n.ParentNode)
        {
            if (ancestors.Contains(n))
            {
                return n;
            }
        }

        return a;
    }

    private void Walk(HtmlNode node, bool hidden, bool inFooter)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    AddText(child, hidden, inFooter);
                    break;
                case HtmlNodeType.Element when !Skipped.Contains(child.Name):
                    var block = !InlineElements.Contains(child.Name);
                    if (block)
                    {
                        Break();
                    }

                    Walk(child, hidden || IsHidden(child), inFooter || IsFooterElement(child));
                    if (block)
                    {
                        Break();
                    }

                    break;
            }
        }
    }

    private void AddText(HtmlNode node, bool hidden, bool inFooter)
    {
        // For a text node InnerText is its Text (HAP's default BackwardCompatibility mode) copied once more through a
        // StringBuilder; Text is read directly, and the collapsed text is written straight into the scan text.
        var raw = node is HtmlTextNode textNode ? textNode.Text : node.InnerText;
        var text = raw.Contains('&', StringComparison.Ordinal) ? HtmlEntity.DeEntitize(raw) : raw;
        if (text.Length == 0)
        {
            return;
        }

        // Whitespace only collapses to a single space, which is dropped at the start and after a space or a break.
        if (text.AsSpan().IndexOfAnyExcept(WhitespaceRunChars) < 0 && (_text.Length == 0 || _text[^1] is ' ' or '\n'))
        {
            return;
        }

        var start = _text.Length;
        AppendCollapsed(_text, text);
        var length = _text.Length - start;
        _segments.Add(new TextSegment(node, start, length, _visibleLength, hidden, inFooter));
        if (!hidden)
        {
            _visibleLength += length;
        }
    }

    /// <summary>Appends <paramref name="text"/> with <see cref="CollapseWhitespace"/> applied, without the intermediate string.</summary>
    internal static void AppendCollapsed(StringBuilder builder, string text)
    {
        if (!NeedsCollapsing(text))
        {
            builder.Append(text);
            return;
        }

        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var run = rest.IndexOfAny(WhitespaceRunChars);
            if (run < 0)
            {
                builder.Append(rest);
                break;
            }

            builder.Append(rest[..run]).Append(' ');
            rest = rest[run..];
            var end = rest.IndexOfAnyExcept(WhitespaceRunChars);
            rest = end < 0 ? [] : rest[end..];
        }
    }

    /// <summary>The first element named <paramref name="name"/> in document order, as <c>//name</c> selects it.</summary>
    private static HtmlNode? FirstElement(HtmlNode node, string name)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (string.Equals(child.Name, name, StringComparison.Ordinal))
            {
                return child;
            }

            if (FirstElement(child, name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private void Break()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex WhitespaceRunRegex();
}

/// <summary>A text node in the scan text.</summary>
internal sealed record TextSegment(HtmlNode Node, int ScanStart, int Length, int VisibleStart, bool Hidden, bool InFooterElement);

/// <summary>Where a match sits: the smallest node covering it, its visible offset, and its hidden/footer state.</summary>
internal sealed record PageSpan(HtmlNode Node, int VisibleOffset, bool Hidden, bool InFooterElement);

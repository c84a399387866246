using HtmlAgilityPack;

namespace IcpBadge.Verification;

/// <summary>
/// The footer area (docs/verification.md): every <c>&lt;footer&gt;</c> element and every element whose id or class contains
/// <c>footer</c>, plus the last quarter of the body's visible text.
/// </summary>
internal sealed class FooterArea(PageDocument page)
{
    /// <summary>Whether the matched text is in the footer area.</summary>
    public bool Contains(PageSpan span) =>
        span.InFooterElement || page.VisibleLength == 0 || span.VisibleOffset >= page.VisibleLength * 0.75;

    /// <summary>Whether an element (a link) is in the footer area: inside a footer element, or its text is.</summary>
    public bool Contains(HtmlNode element)
    {
        for (var n = element; n is not null; n = n.ParentNode)
        {
            if (PageDocument.IsFooterElement(n))
            {
                return true;
            }
        }

        var segment = page.Segments.FirstOrDefault(s => Markup.IsWithin(s.Node, element));
        return segment is not null && Contains(new PageSpan(element, segment.VisibleStart, segment.Hidden, segment.InFooterElement));
    }
}

using HtmlAgilityPack;

namespace IcpBadge.Verification;

/// <summary>
/// A link "right next to" a number that is not inside one (the rules on the number's link): in the same parent as the
/// number (or its inline wrapper), or in the element on the following line.
/// </summary>
internal static class AdjacentLink
{
    /// <summary>The first link next to <paramref name="node"/> whose href <paramref name="goesToHost"/> accepts, or null.</summary>
    public static HtmlNode? Find(HtmlNode node, Func<string?, bool> goesToHost)
    {
        var anchor = NumberAnchor(node);
        bool Matches(HtmlNode a) => goesToHost(a.GetAttributeValue("href", null));
        if (anchor.ParentNode is { } parent)
        {
            foreach (var sibling in parent.ChildNodes.Where(s => s != anchor && s.NodeType == HtmlNodeType.Element))
            {
                if (sibling.DescendantsAndSelf("a").FirstOrDefault(Matches) is { } link)
                {
                    return link;
                }
            }

            // The following line: the element right after the number's block.
            var next = parent.NextSibling;
            while (next is not null && next.NodeType != HtmlNodeType.Element)
            {
                next = next.NextSibling;
            }

            if (next is not null && next.DescendantsAndSelf("a").FirstOrDefault(Matches) is { } following)
            {
                return following;
            }
        }

        return null;
    }

    /// <summary>The node whose siblings are "next to" the number: the text, or the outermost inline element wrapping it.</summary>
    public static HtmlNode NumberAnchor(HtmlNode node)
    {
        var n = node;
        while (n.ParentNode is { } parent && parent.NodeType == HtmlNodeType.Element && InlineElements.Contains(parent.Name) &&
               (n.NodeType == HtmlNodeType.Text || InlineElements.Contains(n.Name)))
        {
            n = parent;
        }

        return n;
    }
}

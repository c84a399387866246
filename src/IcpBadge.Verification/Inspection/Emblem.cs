using HtmlAgilityPack;

namespace IcpBadge.Verification;

/// <summary>
/// The police emblem as the verifier recognises it (docs/verification.md): an <c>&lt;img&gt;</c> with a non-empty <c>src</c>, or an element with a CSS background
/// image, inside the police number's link or next to it (a sibling of the link or of its parent, before or after).
/// </summary>
internal static class Emblem
{
    /// <summary>Whether an emblem goes with the number in <paramref name="numberNode"/>, linked by <paramref name="link"/> (or not linked).</summary>
    public static bool IsWith(HtmlNode? link, HtmlNode numberNode)
    {
        if (link is not null && link.Descendants().Any(IsEmblem))
        {
            return true;
        }

        var near = link ?? AdjacentLink.NumberAnchor(numberNode);
        return SiblingHasEmblem(near) || (near.ParentNode is { } parent && SiblingHasEmblem(parent));
    }

    private static bool SiblingHasEmblem(HtmlNode node)
    {
        if (node.ParentNode is null)
        {
            return false;
        }

        foreach (var sibling in node.ParentNode.ChildNodes)
        {
            if (sibling == node || sibling.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (IsEmblem(sibling) || (InlineElements.Contains(sibling.Name) && sibling.Descendants().Any(IsEmblem)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEmblem(HtmlNode node)
    {
        if (node.NodeType != HtmlNodeType.Element)
        {
            return false;
        }

        if (node.Name.Equals("img", StringComparison.OrdinalIgnoreCase))
        {
            return node.GetAttributeValue("src", string.Empty).Trim().Length > 0;
        }

        var style = node.GetAttributeValue("style", string.Empty);
        return style.Contains("background-image", StringComparison.OrdinalIgnoreCase) ||
            (style.Contains("background", StringComparison.OrdinalIgnoreCase) && style.Contains("url(", StringComparison.OrdinalIgnoreCase));
    }
}

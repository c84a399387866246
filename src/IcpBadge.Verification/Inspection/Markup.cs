using HtmlAgilityPack;

namespace IcpBadge.Verification;

/// <summary>Where a node sits in the markup: inside another, inside a link, hidden by an ancestor.</summary>
internal static class Markup
{
    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestor"/> or inside it.</summary>
    public static bool IsWithin(HtmlNode node, HtmlNode ancestor)
    {
        for (var n = node; n is not null; n = n.ParentNode)
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether markup hides <paramref name="node"/> or one of its ancestors.</summary>
    public static bool IsHiddenWithin(HtmlNode node)
    {
        for (var n = node; n is not null; n = n.ParentNode)
        {
            if (PageDocument.IsHidden(n))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>&lt;a&gt;</c> that wraps <paramref name="node"/> (or is it), or null.</summary>
    public static HtmlNode? WrappingLink(HtmlNode node)
    {
        for (var n = node; n is not null; n = n.ParentNode)
        {
            if (n.NodeType == HtmlNodeType.Element && n.Name.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }

        return null;
    }
}

namespace IcpBadge.Html;

/// <summary>Where a page's encoding was found, in the order browsers look.</summary>
public enum HtmlCharsetSource
{
    /// <summary>The charset of the HTTP <c>Content-Type</c> header.</summary>
    Header,

    /// <summary>A byte order mark at the start of the page.</summary>
    ByteOrderMark,

    /// <summary>A <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c> in the first 2 KB.</summary>
    Meta,

    /// <summary>Nothing declared: UTF-8.</summary>
    Default,
}

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IcpBadge.AspNetCore.TagHelpers;

/// <summary>
/// Replaces its element with a rendered template, no per-request template work. The element's <c>class</c>, <c>id</c>,
/// <c>style</c>, <c>data-*</c> and <c>aria-*</c> attributes go onto the footer's own wrapper element (<c>class</c> is
/// added to <c>icp-badge</c>); other attributes are dropped.
/// </summary>
public abstract class FooterTagHelperBase : TagHelper
{
    private readonly IcpBadgeFooter _footer;

    /// <summary>Creates the tag helper.</summary>
    protected FooterTagHelperBase(IcpBadgeFooter footer)
    {
        ArgumentNullException.ThrowIfNull(footer);
        _footer = footer;
    }

    /// <summary>The view context, for the request's host; set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    /// <summary>
    /// The host whose number to show (<c>host="shop.example.cn"</c>: a domain filed under its own number); the
    /// request's host when not set. With <c>Site.UnlistedHosts: Hide</c>, nothing is rendered for a host outside
    /// <c>Site.Domains</c>.
    /// </summary>
    [HtmlAttributeName("host")]
    public string? Host { get; set; }

    /// <summary>The template to render (a built-in name such as <c>compact</c>, or a custom template's); the element's own template when not set.</summary>
    [HtmlAttributeName("template")]
    public string? Template { get; set; }

    /// <summary>The template this element renders when no <c>template</c> attribute is given.</summary>
    protected abstract string TemplateName { get; }

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var attributes = output.Attributes;
        var footer = _footer.RenderForElement(Template ?? TemplateName, Host, ViewContext?.HttpContext, attributes);
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        if (attributes.Count > 0)
        {
            attributes.Clear();
        }

        output.Content.SetHtmlContent(footer);
    }
}

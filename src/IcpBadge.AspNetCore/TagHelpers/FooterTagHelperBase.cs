using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IcpBadge.AspNetCore.TagHelpers;

/// <summary>Replaces its element with a rendered template: no wrapper, no per-request template work.</summary>
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

    /// <summary>The template to render.</summary>
    protected abstract string TemplateName { get; }

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(_footer.Render(TemplateName, host: null, ViewContext?.HttpContext));
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
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

        // The kept attributes live on the stack for the usual handful: a request allocates nothing for them.
        var buffer = default(AttributeBuffer);
        var attributes = output.Attributes;
        Span<WrapperAttribute> kept = attributes.Count <= AttributeBuffer.Length ? buffer : new WrapperAttribute[attributes.Count];
        kept = kept[..KeepAttributes(attributes, kept)];
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        if (attributes.Count > 0)
        {
            attributes.Clear();
        }

        output.Content.SetHtmlContent(_footer.Render(Template ?? TemplateName, Host, ViewContext?.HttpContext, kept));
    }

    /// <summary>Copies the attributes carried over to the wrapper into <paramref name="kept"/>, their values HTML-encoded as Razor would write them.</summary>
    /// <returns>How many were kept.</returns>
    private static int KeepAttributes(TagHelperAttributeList attributes, Span<WrapperAttribute> kept)
    {
        var count = 0;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            if (WrapperAttributes.IsKeptByTagHelpers(attribute.Name))
            {
                kept[count++] = new WrapperAttribute(attribute.Name, attribute.ValueStyle == HtmlAttributeValueStyle.Minimized ? null : Encode(attribute.Value));
            }
        }

        return count;
    }

    private static string Encode(object? value)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case HtmlString html:
                return html.Value ?? string.Empty;
            case IHtmlContent content:
                using (var writer = new StringWriter(CultureInfo.InvariantCulture))
                {
                    content.WriteTo(writer, HtmlEncoder.Default);
                    return writer.ToString();
                }

            default:
                return HtmlEncoder.Default.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }

    /// <summary>Room for the attributes of a typical element (<c>class</c>, <c>id</c>, a few <c>data-*</c>) on the stack.</summary>
    [InlineArray(Length)]
    private struct AttributeBuffer
    {
        public const int Length = 8;

        private WrapperAttribute _first;
    }
}

using IcpBadge.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IcpBadge.AspNetCore.TagHelpers;

/// <summary>
/// <c>&lt;icp-badge /&gt;</c>: the whole footer — copyright, ICP number linked to MIIT, police badge, licence.
/// </summary>
/// <example><code>&lt;icp-badge /&gt;  &lt;icp-badge template="compact" /&gt;</code></example>
[HtmlTargetElement("icp-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IcpBadgeTagHelper(IcpBadgeFooter footer) : FooterTagHelperBase(footer)
{
    /// <summary>The template: <c>default</c> (centred footer) or <c>compact</c> (one line), or a custom template's name.</summary>
    [HtmlAttributeName("template")]
    public string Template { get; set; } = TemplateNames.Default;

    /// <inheritdoc />
    protected override string TemplateName => Template;
}

using IcpBadge.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IcpBadge.AspNetCore.TagHelpers;

/// <summary><c>&lt;icp-link /&gt;</c>: the ICP number alone, linked to the MIIT filing system.</summary>
[HtmlTargetElement("icp-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IcpLinkTagHelper(IcpBadgeFooter footer) : FooterTagHelperBase(footer)
{
    /// <inheritdoc />
    protected override string TemplateName => TemplateNames.IcpLink;
}

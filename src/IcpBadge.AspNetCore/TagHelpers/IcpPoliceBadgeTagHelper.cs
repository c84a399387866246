using IcpBadge.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IcpBadge.AspNetCore.TagHelpers;

/// <summary>
/// <c>&lt;icp-police-badge /&gt;</c>: the police emblem and number alone, linked to the public record; nothing before
/// approval.
/// </summary>
[HtmlTargetElement("icp-police-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IcpPoliceBadgeTagHelper(IcpBadgeFooter footer) : FooterTagHelperBase(footer)
{
    /// <inheritdoc />
    protected override string TemplateName => TemplateNames.PoliceBadge;
}

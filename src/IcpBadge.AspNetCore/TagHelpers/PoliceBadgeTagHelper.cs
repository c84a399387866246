using IcpBadge.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IcpBadge.AspNetCore.TagHelpers;

/// <summary><c>&lt;police-badge /&gt;</c>: the police emblem and number alone, linked to the public record; nothing before approval.</summary>
[HtmlTargetElement("police-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PoliceBadgeTagHelper(IcpBadgeFooter footer) : FooterTagHelperBase(footer)
{
    /// <inheritdoc />
    protected override string TemplateName => TemplateNames.PoliceBadge;
}

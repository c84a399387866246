using IcpBadge.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IcpBadge.AspNetCore.TagHelpers;

/// <summary>
/// <c>&lt;icp-badge /&gt;</c>: the whole footer — copyright, ICP number linked to MIIT, police badge, licence.
/// </summary>
/// <example><code>&lt;icp-badge /&gt;  &lt;icp-badge template="compact" class="site-footer" /&gt;  &lt;icp-badge host="shop.example.cn" /&gt;</code></example>
[HtmlTargetElement("icp-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IcpBadgeTagHelper(IcpBadgeFooter footer) : FooterTagHelperBase(footer)
{
    /// <inheritdoc />
    protected override string TemplateName => TemplateNames.Default;
}

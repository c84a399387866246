using IcpBadge.Rendering;

namespace IcpBadge.AspNetCore.Components;

/// <summary>
/// <c>&lt;IcpFooter /&gt;</c>: the whole footer — copyright, ICP number linked to MIIT, police badge, licence. Takes
/// <c>Template</c> (<c>default</c> or <c>compact</c>), <c>Host</c>, and any attribute for the wrapper
/// (<c>&lt;IcpFooter class="site-footer" /&gt;</c>).
/// </summary>
public sealed class IcpFooter : FooterComponentBase
{
    /// <inheritdoc />
    protected override string TemplateName => TemplateNames.Default;
}

using IcpBadge.Rendering;
using Microsoft.AspNetCore.Components;

namespace IcpBadge.AspNetCore.Components;

/// <summary><c>&lt;IcpFooter /&gt;</c>: the whole footer — copyright, ICP number linked to MIIT, police badge, licence.</summary>
public sealed class IcpFooter : FooterComponentBase
{
    /// <summary>The template: <c>default</c> (centred footer, the default) or <c>compact</c> (one line).</summary>
    [Parameter]
    public string Template { get; set; } = TemplateNames.Default;

    /// <inheritdoc />
    protected override string TemplateName => Template;
}

using IcpBadge.Rendering;

namespace IcpBadge.AspNetCore.Components;

/// <summary><c>&lt;IcpFilingLink /&gt;</c>: the ICP number alone, linked to the MIIT filing system.</summary>
public sealed class IcpFilingLink : FooterComponentBase
{
    /// <inheritdoc />
    protected override string TemplateName => TemplateNames.IcpLink;
}

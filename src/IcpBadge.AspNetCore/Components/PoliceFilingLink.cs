using IcpBadge.Rendering;

namespace IcpBadge.AspNetCore.Components;

/// <summary><c>&lt;PoliceFilingLink /&gt;</c>: the police emblem and number alone, linked to the public record; nothing before approval.</summary>
public sealed class PoliceFilingLink : FooterComponentBase
{
    /// <inheritdoc />
    protected override string TemplateName => TemplateNames.PoliceBadge;
}

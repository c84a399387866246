namespace IcpBadge.Configuration;

/// <summary>The <c>Icp</c> part of <see cref="IcpBadgeOptions"/>: the MIIT filing.</summary>
public sealed class IcpOptions
{
    /// <summary>The number the site was filed under, normally its website number (<c>京ICP备12345678号-1</c>). Required.</summary>
    public string? Number { get; set; }

    /// <summary>The day the filing was approved, <c>YYYY-MM-DD</c>.</summary>
    public string? ApprovedOn { get; set; }

    /// <summary><c>Auto</c> (default: main number in Guangdong, website number elsewhere), <c>Website</c> or <c>Main</c>.</summary>
    public string? Display { get; set; }

    /// <summary>The day the number first appeared on the site, <c>YYYY-MM-DD</c>.</summary>
    public string? DisplayedOn { get; set; }

    /// <summary>The day the filing was cancelled, <c>YYYY-MM-DD</c>.</summary>
    public string? CancelledOn { get; set; }
}

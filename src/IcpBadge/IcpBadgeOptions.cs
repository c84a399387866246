using IcpBadge.Configuration;

namespace IcpBadge;

/// <summary>
/// The one configuration schema of IcpBadge, bound from the <c>IcpBadge</c> section of
/// <c>appsettings.json</c>, read by the CLI from <c>icpbadge.json</c>, and the element type of an inventory.
/// </summary>
/// <remarks>
/// These are the raw values as written. <see cref="SiteProfile.Create(IcpBadgeOptions, string, string?)"/> validates
/// them all at once and turns them into a <see cref="SiteProfile"/>; every front-end renders from that.
/// </remarks>
/// <example>
/// <code>
/// {
///   "IcpBadge": {
///     "Site": { "Name": "示例网站", "LaunchedOn": "2026-11-01" },
///     "Icp": { "Number": "京ICP备12345678号-1" },
///     "Police": { "Number": "京公网安备11010502030143号", "Icon": "assets/police-emblem.png" },
///     "Copyright": { "Holder": "示例科技有限公司", "Since": 2019 }
///   }
/// }
/// </code>
/// </example>
public sealed class IcpBadgeOptions
{
    /// <summary>The configuration section name, <c>IcpBadge</c>.</summary>
    public const string SectionName = "IcpBadge";

    /// <summary>The site: name, domains, province, dates.</summary>
    public SiteOptions Site { get; set; } = new();

    /// <summary>The MIIT ICP filing.</summary>
    public IcpOptions Icp { get; set; } = new();

    /// <summary>The operating licence of a commercial site.</summary>
    public LicenseOptions License { get; set; } = new();

    /// <summary>The public-security filing.</summary>
    public PoliceOptions Police { get; set; } = new();

    /// <summary>The copyright line.</summary>
    public CopyrightOptions Copyright { get; set; } = new();

    /// <summary>How the footer markup is written (a strict Content-Security-Policy).</summary>
    public RenderingOptions Rendering { get; set; } = new();

    /// <summary>Planned or past changes of filed details (deadlines D4, D5).</summary>
    public IList<ChangeOptions> Changes { get; } = [];

    /// <summary>A file of public holidays (ISO dates, one a line) for working-day deadlines.</summary>
    public string? HolidaysFile { get; set; }
}

namespace IcpBadge.Rendering;

/// <summary>
/// Everything a footer shows, as raw (unencoded) values. Templates see it as snake_case variables, encoded for the
/// template's output (see docs/templates.md).
/// </summary>
public sealed record FooterModel
{
    /// <summary>The language of the footer, <c>zh-CN</c>.</summary>
    public string Lang { get; init; } = "zh-CN";

    /// <summary>
    /// The wrapper element of the default footer: <c>footer</c>, or <c>div</c> when the footer goes inside a page's
    /// own <c>&lt;footer&gt;</c> (a footer may not contain another).
    /// </summary>
    public string Element { get; init; } = "footer";

    /// <summary>The filed site name, if configured.</summary>
    public string? SiteName { get; init; }

    /// <summary>The ICP number to show (display rule applied).</summary>
    public required string IcpNumber { get; init; }

    /// <summary>The MIIT link.</summary>
    public required string IcpLink { get; init; }

    /// <summary>The police number, once approved.</summary>
    public string? PoliceNumber { get; init; }

    /// <summary>The police number's 14 digits.</summary>
    public string? PoliceCode { get; init; }

    /// <summary>The police record link.</summary>
    public string? PoliceLink { get; init; }

    /// <summary>The emblem's <c>src</c> (data URI or URL).</summary>
    public string? IconSource { get; init; }

    /// <summary>The emblem's display width.</summary>
    public int IconWidth { get; init; }

    /// <summary>The emblem's display height.</summary>
    public int IconHeight { get; init; }

    /// <summary>The emblem's alternative text.</summary>
    public string IconAlt { get; init; } = "公安备案图标";

    /// <summary>The full copyright line, e.g. <c>© 2019–2026 示例科技有限公司 版权所有</c>.</summary>
    public string? CopyrightText { get; init; }

    /// <summary>The copyright holder.</summary>
    public string? CopyrightHolder { get; init; }

    /// <summary>The copyright years, e.g. <c>2019–2026</c>.</summary>
    public string? CopyrightYears { get; init; }

    /// <summary>The current year in China time.</summary>
    public int Year { get; init; }

    /// <summary>The licence label, e.g. <c>增值电信业务经营许可证：</c>.</summary>
    public string? LicenceLabel { get; init; }

    /// <summary>The licence number of a commercial site.</summary>
    public string? LicenceNumber { get; init; }

    /// <summary>Where the licence links (MIIT lists filings and licences together).</summary>
    public string? LicenceLink { get; init; }

    /// <summary>
    /// Render for a strict Content-Security-Policy: templates write no <c>style</c> attribute (the stylesheet
    /// <c>icp-badge.css</c> lays the footer out); the emblem is then always a URL, never a <c>data:</c> URI.
    /// </summary>
    public bool StrictCsp { get; init; }

    /// <summary>Links open in a new tab.</summary>
    public string LinkTarget { get; init; } = "_blank";

    /// <summary>The <c>rel</c> of every link.</summary>
    public string LinkRel { get; init; } = "noopener noreferrer";
}

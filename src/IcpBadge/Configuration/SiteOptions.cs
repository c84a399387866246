namespace IcpBadge.Configuration;

/// <summary>The <c>Site</c> part of <see cref="IcpBadgeOptions"/>.</summary>
public sealed class SiteOptions
{
    /// <summary>The filed site name (网站名称); it should appear in the home page's <c>&lt;title&gt;</c>.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// The site's id in audit histories (optional): by default the first of <see cref="Domains"/>, else
    /// <see cref="Name"/>. Give one so a renamed site keeps its past; two sites of an inventory cannot share one.
    /// </summary>
    public string? Id { get; set; }

    /// <summary>
    /// The site's home pages, absolute http(s) URLs (optional): audits verify these instead of
    /// <c>https://&lt;domain&gt;/</c> of every domain, each judged as a home page.
    /// </summary>
    public IList<string> HomeUrls { get; } = [];

    /// <summary><c>Unit</c> (default) or <c>Personal</c>.</summary>
    public string? SubjectType { get; set; }

    /// <summary>The site's domains: a host, or a host with its own website number.</summary>
    public IList<DomainOptions> Domains { get; } = [];

    /// <summary>The province of the ICP filing; defaults to the ICP number's province.</summary>
    public string? Province { get; set; }

    /// <summary>The day the site went live (网站开通之日), <c>YYYY-MM-DD</c>.</summary>
    public string? LaunchedOn { get; set; }

    /// <summary>The day the network was connected, <c>YYYY-MM-DD</c>.</summary>
    public string? ConnectedOn { get; set; }

    /// <summary>The day the service ends, <c>YYYY-MM-DD</c>.</summary>
    public string? EndsOn { get; set; }

    /// <summary>Whether the site is commercial (经营性) and so shows its licence number.</summary>
    public bool Commercial { get; set; }
}

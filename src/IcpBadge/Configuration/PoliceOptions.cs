namespace IcpBadge.Configuration;

/// <summary>The <c>Police</c> part of <see cref="IcpBadgeOptions"/>: the public-security filing.</summary>
public sealed class PoliceOptions
{
    /// <summary>The police filing number, e.g. <c>京公网安备11010502030143号</c>; empty until approved.</summary>
    public string? Number { get; set; }

    /// <summary>Where the police filing is made; defaults to the number's province, then to the site's.</summary>
    public string? Province { get; set; }

    /// <summary>The day the police filing was submitted, <c>YYYY-MM-DD</c>.</summary>
    public string? SubmittedOn { get; set; }

    /// <summary>The day it was approved, <c>YYYY-MM-DD</c>.</summary>
    public string? ApprovedOn { get; set; }

    /// <summary>The day the badge first appeared on the site, <c>YYYY-MM-DD</c>.</summary>
    public string? DisplayedOn { get; set; }

    /// <summary>Shanghai only: the day the site was also filed on wa.police.sh.cn.</summary>
    public string? ShanghaiSubmittedOn { get; set; }

    /// <summary>Shanghai only: the day a police notice arrived.</summary>
    public string? NoticeOn { get; set; }

    /// <summary>Shanghai only: the day a written explanation was given.</summary>
    public string? ExplanationOn { get; set; }

    /// <summary>The day the police record was revoked.</summary>
    public string? RevokedOn { get; set; }

    /// <summary>The emblem downloaded from the police platform: a file (inlined as a <c>data:</c> URI) or an <c>http(s)</c> or site-relative URL.</summary>
    public string? Icon { get; set; }
}

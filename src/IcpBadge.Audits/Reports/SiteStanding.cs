namespace IcpBadge.Audits.Reports;

/// <summary>A site's worst state in a run, worst first: what the reports sort by and colour.</summary>
public enum SiteStanding
{
    /// <summary>An obligation is past its due date.</summary>
    Overdue,

    /// <summary>A home page was read and breaks a rule at error severity.</summary>
    Error,

    /// <summary>A home page could not be read (NET001), so it could not be checked.</summary>
    Unreachable,

    /// <summary>An obligation is due within the warning period.</summary>
    DueSoon,

    /// <summary>Only warnings.</summary>
    Warning,

    /// <summary>Nothing to do.</summary>
    Ok,
}

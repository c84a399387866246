namespace IcpBadge.Audits;

/// <summary>The counts of an audit run.</summary>
/// <param name="Sites">Sites audited.</param>
/// <param name="Overdue">Overdue obligations, over every site.</param>
/// <param name="DueSoon">Obligations due within the warning period, over every site.</param>
/// <param name="Errors">Error findings, over every target (an unreachable page counts: NET001 is an error).</param>
/// <param name="Warnings">Warning findings, over every target.</param>
/// <param name="Unreachable">Targets that could not be read.</param>
public sealed record AuditSummary(int Sites, int Overdue, int DueSoon, int Errors, int Warnings, int Unreachable)
{
    /// <summary>Adds up <paramref name="sites"/>.</summary>
    public static AuditSummary Of(IEnumerable<SiteAudit> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        int count = 0, overdue = 0, dueSoon = 0, errors = 0, warnings = 0, unreachable = 0;
        foreach (var site in sites)
        {
            count++;
            overdue += site.Overdue;
            dueSoon += site.DueSoon;
            errors += site.Errors;
            warnings += site.Warnings;
            unreachable += site.Unreachable;
        }

        return new AuditSummary(count, overdue, dueSoon, errors, warnings, unreachable);
    }
}

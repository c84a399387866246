using IcpBadge.Configuration;
using IcpBadge.Deadlines;

namespace IcpBadge.Cli.Output;

/// <summary>The obligations of many sites as one list, most urgent first (overdue by days late, then due soonest).</summary>
internal static class DeadlineRows
{
    public static IEnumerable<(SiteDeadlines Site, Obligation Obligation)> ByUrgency(IEnumerable<SiteDeadlines> sites) =>
        sites
            .SelectMany(site => site.Obligations.Where(o => o.State != ObligationState.NotApplicable).Select(o => (Site: site, Obligation: o)))
            .OrderBy(row => Rank(row.Obligation.State))
            .ThenBy(row => row.Obligation.State == ObligationState.Overdue ? -(row.Obligation.DaysLate ?? 0) : row.Obligation.DaysLeft ?? 0)
            .ThenBy(row => row.Obligation.Due)
            .ThenBy(row => row.Site.Name, StringComparer.Ordinal);

    public static string Describe(Obligation obligation) => obligation.State switch
    {
        ObligationState.Overdue => $"{obligation.DaysLate} day(s) late",
        ObligationState.DoneLate => $"done {Date(obligation.DoneOn)}, {obligation.DaysLate} day(s) late",
        ObligationState.Done => $"done {Date(obligation.DoneOn)}",
        ObligationState.NotApplicable => string.Empty,
        _ => $"{obligation.DaysLeft} day(s) left",
    };

    public static string Date(NodaTime.LocalDate? date) => date is { } value ? IsoDate.Format(value) : string.Empty;

    private static int Rank(ObligationState state) => state switch
    {
        ObligationState.Overdue => 0,
        ObligationState.DueSoon => 1,
        ObligationState.Pending => 2,
        ObligationState.DoneLate => 3,
        _ => 4,
    };
}

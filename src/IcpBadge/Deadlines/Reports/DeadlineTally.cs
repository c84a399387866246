using IcpBadge.Localization;

namespace IcpBadge.Deadlines.Reports;

/// <summary>How many sites a deadlines report covers and how many of their obligations are in each state.</summary>
/// <param name="Sites">How many sites.</param>
/// <param name="Overdue">Obligations past their due date and not done.</param>
/// <param name="DueSoon">Open obligations due within the warning window.</param>
/// <param name="Pending">Open obligations due later.</param>
/// <param name="Done">Obligations done, on time or late.</param>
public sealed record DeadlineTally(int Sites, int Overdue, int DueSoon, int Pending, int Done)
{
    /// <summary>Counts the obligations of <paramref name="sites"/>.</summary>
    public static DeadlineTally Of(IReadOnlyCollection<SiteDeadlines> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var all = sites.SelectMany(s => s.Obligations).ToList();
        return new DeadlineTally(
            sites.Count,
            all.Count(o => o.State == ObligationState.Overdue),
            all.Count(o => o.State == ObligationState.DueSoon),
            all.Count(o => o.State == ObligationState.Pending),
            all.Count(o => o.State is ObligationState.Done or ObligationState.DoneLate));
    }

    /// <summary>
    /// The text report's last line, e.g. <c>共2个网站：已逾期1项，即将到期0项，待办3项，已完成4项。</c> /
    /// <c>2 site(s): 1 overdue, 0 due soon, 3 pending, 4 done.</c>
    /// </summary>
    public LocalizedText Summary => CoreText.Resources.Format("Deadlines.Tally", Sites, Overdue, DueSoon, Pending, Done);

    /// <summary>The <see cref="Summary"/> in Chinese.</summary>
    public override string ToString() => Summary.Zh;
}

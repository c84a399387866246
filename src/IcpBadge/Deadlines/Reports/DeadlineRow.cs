using IcpBadge.Configuration;
using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Deadlines.Reports;

/// <summary>
/// One applicable obligation of one site, as a row of the text report: its title with its subject, its due date and
/// a detail (days left or late, when done, the stricter reading, notes). <see cref="ByUrgency"/> orders many sites' rows.
/// </summary>
/// <param name="Site">The site the obligation belongs to.</param>
/// <param name="Obligation">The obligation.</param>
public sealed record DeadlineRow(SiteDeadlines Site, Obligation Obligation)
{
    /// <summary>The obligation's title, with its subject in parentheses when it has one (e.g. which filing change).</summary>
    public LocalizedText Title =>
        Obligation.Subject is { } subject
            ? CoreText.Resources.Format("Deadlines.Title.WithSubject", Obligation.Definition.Title, subject)
            : Obligation.Definition.Title;

    /// <summary>The due date as <c>YYYY-MM-DD</c>; empty when the obligation has none.</summary>
    public string DueText => Date(Obligation.Due);

    /// <summary>
    /// Days left or late, or when it was done, then the stricter reading's due date and the notes (not the
    /// "counted from" ones), separated by <c>; </c> (<c>；</c> in Chinese); empty when there is nothing to say.
    /// </summary>
    public LocalizedText Detail
    {
        get
        {
            var parts = new List<LocalizedText>();
            if (Describe(Obligation) is { } state)
            {
                parts.Add(state);
            }

            if (Obligation.StricterDue is { } stricter)
            {
                parts.Add(CoreText.Resources.Format("Deadlines.Detail.StricterDue", Date(stricter)));
            }

            parts.AddRange(Obligation.Notes.Where(n => !ObligationNotes.IsCountedFrom(n)));
            var separator = CoreText.Resources.Get("Deadlines.Detail.Separator");
            return new LocalizedText(
                string.Join(separator.Zh, parts.Select(p => p.Zh)),
                string.Join(separator.En, parts.Select(p => p.En)));
        }
    }

    /// <summary>
    /// The applicable obligations (not <see cref="ObligationState.NotApplicable"/>) of every site as one list, most
    /// urgent first: overdue (most days late first), due soon, pending, done late, done; then by due date and site name.
    /// </summary>
    public static IEnumerable<DeadlineRow> ByUrgency(IEnumerable<SiteDeadlines> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        return sites
            .SelectMany(site => site.Obligations.Where(o => o.State != ObligationState.NotApplicable).Select(o => new DeadlineRow(site, o)))
            .OrderBy(row => Rank(row.Obligation.State))
            .ThenBy(row => row.Obligation.State == ObligationState.Overdue ? -(row.Obligation.DaysLate ?? 0) : row.Obligation.DaysLeft ?? 0)
            .ThenBy(row => row.Obligation.Due)
            .ThenBy(row => row.Site.Name, StringComparer.Ordinal);
    }

    private static LocalizedText? Describe(Obligation obligation) => obligation.State switch
    {
        ObligationState.Overdue => CoreText.Resources.Format("Deadlines.Detail.DaysLate", obligation.DaysLate),
        ObligationState.DoneLate => CoreText.Resources.Format("Deadlines.Detail.DoneLate", Date(obligation.DoneOn), obligation.DaysLate),
        ObligationState.Done when obligation.DoneOn is null => CoreText.Resources.Get("Deadlines.Detail.DoneDateUnknown"),
        ObligationState.Done => CoreText.Resources.Format("Deadlines.Detail.Done", Date(obligation.DoneOn)),
        ObligationState.NotApplicable => null,
        _ => CoreText.Resources.Format("Deadlines.Detail.DaysLeft", obligation.DaysLeft),
    };

    private static string Date(LocalDate? date) => date is { } value ? IsoDate.Format(value) : string.Empty;

    private static int Rank(ObligationState state) => state switch
    {
        ObligationState.Overdue => 0,
        ObligationState.DueSoon => 1,
        ObligationState.Pending => 2,
        ObligationState.DoneLate => 3,
        _ => 4,
    };
}

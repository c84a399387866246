using IcpBadge.Configuration;
using NodaTime;

namespace IcpBadge.Deadlines;

/// <summary>Every obligation of one site on one day.</summary>
/// <param name="Site">The site.</param>
/// <param name="Today">The evaluation day (China date).</param>
/// <param name="Obligations">D1–D10 in order; several D4/D5 when several changes are planned.</param>
public sealed record SiteDeadlines(SiteProfile Site, LocalDate Today, IReadOnlyList<Obligation> Obligations)
{
    /// <summary>The site's display name: <c>Site.Name</c>, else its ICP number.</summary>
    public string Name => Site.Name ?? Site.IcpNumber.ToString();

    /// <summary>Whether anything is overdue.</summary>
    public bool AnyOverdue => Obligations.Any(o => o.State == ObligationState.Overdue);

    /// <summary>Whether anything is due soon.</summary>
    public bool AnyDueSoon => Obligations.Any(o => o.State == ObligationState.DueSoon);
}

using IcpBadge.Localization;
using IcpBadge.Rules;
using NodaTime;

namespace IcpBadge.Deadlines;

/// <summary>One obligation of one site on one day: its due date, its state, and how many days are left or late.</summary>
public sealed record Obligation
{
    /// <summary>The definition (id D1–D10, title, source).</summary>
    public required ObligationDefinition Definition { get; init; }

    /// <summary>The id, <c>D1</c> to <c>D10</c>.</summary>
    public string Id => Definition.Id;

    /// <summary>The due date (China date), or null when not applicable.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>The state on the evaluation day.</summary>
    public ObligationState State { get; init; }

    /// <summary>Days until the due date, for <see cref="ObligationState.Pending"/> and <see cref="ObligationState.DueSoon"/>.</summary>
    public int? DaysLeft { get; init; }

    /// <summary>Days past the due date, for <see cref="ObligationState.Overdue"/> and <see cref="ObligationState.DoneLate"/>.</summary>
    public int? DaysLate { get; init; }

    /// <summary>
    /// The day it was done; null when it is not done, or done on a day not known (D2 when only the police number is
    /// configured: <see cref="State"/> is then <see cref="ObligationState.Done"/>).
    /// </summary>
    public LocalDate? DoneOn { get; init; }

    /// <summary>A stricter due date under another reading of the sources (D2 counted from an earlier ICP approval), shown alongside.</summary>
    public LocalDate? StricterDue { get; init; }

    /// <summary>
    /// What the obligation is about when a site has several of the same id, e.g. <c>2026-12-01生效的变更</c> /
    /// <c>change effective 2026-12-01</c>; null otherwise.
    /// </summary>
    public LocalizedText? Subject { get; init; }

    /// <summary>
    /// Remarks in both languages: an incomplete badge, a working-day count without a holiday list, the basis used, a
    /// date still to fill in.
    /// </summary>
    public IReadOnlyList<LocalizedText> Notes { get; init; } = [];

    /// <summary>Whether it still needs doing: pending, due soon or overdue.</summary>
    public bool IsOpen => State is ObligationState.Pending or ObligationState.DueSoon or ObligationState.Overdue;
}

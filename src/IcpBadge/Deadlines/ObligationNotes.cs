using IcpBadge.Localization;

namespace IcpBadge.Deadlines;

/// <summary>The notes <see cref="DeadlineTracker"/> attaches to obligations, read once from the core's resources.</summary>
internal static class ObligationNotes
{
    public static LocalizedText NoIcon { get; } = CoreText.Resources.Get("Obligation.Note.NoIcon");

    public static LocalizedText NoNumber { get; } = CoreText.Resources.Get("Obligation.Note.NoNumber");

    public static LocalizedText WeekendsOnly { get; } = CoreText.Resources.Get("Obligation.Note.WeekendsOnly");

    public static LocalizedText LaunchInsteadOfApproval { get; } = CoreText.Resources.Get("Obligation.Note.LaunchInsteadOfApproval");

    public static LocalizedText CountedFromLaunch { get; } = CoreText.Resources.Get("Obligation.Note.CountedFromLaunch");

    public static LocalizedText CountedFromIcpApproval { get; } = CoreText.Resources.Get("Obligation.Note.CountedFromIcpApproval");

    public static LocalizedText CountedFromEarliest { get; } = CoreText.Resources.Get("Obligation.Note.CountedFromEarliest");

    public static LocalizedText PoliceNumberWithoutDates { get; } = CoreText.Resources.Get("Obligation.Note.PoliceNumberWithoutDates");

    /// <summary>
    /// Whether <paramref name="note"/> only says which day D2 was counted from: the full report lists it, the one-line
    /// summaries leave it out as it is true of every row.
    /// </summary>
    public static bool IsCountedFrom(LocalizedText note) =>
        note == CountedFromLaunch || note == CountedFromIcpApproval || note == CountedFromEarliest || note == LaunchInsteadOfApproval;
}

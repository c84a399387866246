using IcpBadge.Configuration;
using IcpBadge.Localization;
using IcpBadge.Rules;
using NodaTime;

namespace IcpBadge.Deadlines;

/// <summary>
/// Computes the filing obligations D1–D10 for a site: due dates in China time (start day excluded,
/// months clamped to the month's end, no holiday extension) and each obligation's state today.
/// </summary>
/// <example>
/// <code>
/// var tracker = new DeadlineTracker(SystemClock.Instance);
/// foreach (var o in tracker.Evaluate(profile).Obligations)
///     Console.WriteLine($"{o.Id} {o.Due} {o.State}");
/// </code>
/// </example>
public sealed class DeadlineTracker
{
    private const int PoliceDays = 30;
    private const int ChangeDays = 30;
    private const int RevokeWorkingDays = 5;

    private static readonly IReadOnlyDictionary<string, ObligationDefinition> Definitions =
        ObligationCatalog.All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    // Obligations are immutable, so "not applicable" is one shared value per definition, not one per site.
    private static readonly Dictionary<string, Obligation> NotApplicableById =
        ObligationCatalog.All.ToDictionary(d => d.Id, d => new Obligation { Definition = d, State = ObligationState.NotApplicable }, StringComparer.Ordinal);

    private readonly IClock _clock;
    private readonly DeadlineOptions _options;
    private readonly HolidayCalendarCache _holidays = new();

    /// <summary>Creates a tracker; "today" always comes from <paramref name="clock"/> in China time.</summary>
    public DeadlineTracker(IClock clock, DeadlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        _options = options ?? new DeadlineOptions();
    }

    /// <summary>Today in China (<c>Asia/Shanghai</c>), whatever the machine's time zone.</summary>
    public LocalDate Today => ChinaTime.Today(_clock);

    /// <summary>The obligations of <paramref name="site"/> today.</summary>
    /// <exception cref="FormatException">The site's holiday file has a line that is not a date.</exception>
    public SiteDeadlines Evaluate(SiteProfile site) => Evaluate(site, Today);

    /// <summary>The obligations of <paramref name="site"/> on <paramref name="today"/>.</summary>
    /// <exception cref="FormatException">The site's holiday file has a line that is not a date.</exception>
    public SiteDeadlines Evaluate(SiteProfile site, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(site);
        var definitions = Definitions;
        var context = new Evaluation(today, _options.WarnDays);
        var obligations = new List<Obligation>(10 + site.Changes.Count)
        {
            D1(site, definitions["D1"], context),
            D2(site, definitions["D2"], context),
            D3(site, definitions["D3"], context),
        };
        AddChanges(obligations, site, FilingKind.Police, definitions["D4"], context);
        AddChanges(obligations, site, FilingKind.Icp, definitions["D5"], context);
        obligations.Add(D6(site, definitions["D6"], context));
        obligations.Add(D7(site, definitions["D7"], context));
        obligations.Add(D8(site, definitions["D8"], context));
        obligations.Add(D9(site, definitions["D9"], context));
        obligations.Add(D10(site, definitions["D10"], context));
        return new SiteDeadlines(site, today, obligations);
    }

    private static Obligation D1(SiteProfile site, ObligationDefinition definition, Evaluation context) =>
        site.LaunchedOn is { } launched ? context.Judge(definition, launched, site.IcpDisplayedOn) : NotApplicable(definition);

    private Obligation D2(SiteProfile site, ObligationDefinition definition, Evaluation context)
    {
        var earliest = Earliest(Earliest(site.LaunchedOn, site.IcpApprovedOn), site.ConnectedOn);

        // A live site always has D2: under the IcpApproval basis without a known approval date, count from launch.
        var basis = _options.Basis == DeadlineBasis.IcpApproval && site.IcpApprovedOn is null ? DeadlineBasis.Launch : _options.Basis;
        LocalDate? start = basis switch
        {
            DeadlineBasis.IcpApproval => site.IcpApprovedOn,
            DeadlineBasis.Earliest => earliest,
            _ => site.LaunchedOn,
        };
        if (start is null)
        {
            return NotApplicable(definition);
        }

        var due = start.Value.PlusDays(PoliceDays);
        var strictest = earliest!.Value.PlusDays(PoliceDays);
        LocalDate? stricterDue = strictest < due ? strictest : null;
        var notes = basis == _options.Basis ? BasisNotes(basis) : LaunchInsteadOfApprovalNote;
        if (site.PoliceSubmittedOn is null && site.PoliceNumber is not null)
        {
            // A police number is issued only on approval, so the filing was submitted, on a day nobody wrote down.
            // Without the approval date D3 cannot be counted: the note asks for it.
            return Evaluation.DoneOnUnknownDay(
                definition,
                due,
                stricterDue,
                site.PoliceApprovedOn is null ? [.. notes, ObligationNotes.PoliceNumberWithoutDates] : notes);
        }

        return context.Judge(definition, due, site.PoliceSubmittedOn, stricterDue, notes);
    }

    private static Obligation D3(SiteProfile site, ObligationDefinition definition, Evaluation context)
    {
        if (PoliceBadgeDue.For(site) is not { } due)
        {
            return NotApplicable(definition);
        }

        var notes = (site.PoliceIcon is null, site.PoliceNumber is null) switch
        {
            (true, true) => NoIconNorNumberNotes,
            (true, false) => NoIconNotes,
            (false, true) => NoNumberNotes,
            _ => [],
        };
        return context.Judge(definition, due, site.PoliceDisplayedOn, notes: notes);
    }

    /// <summary>One D4 (police) or D5 (ICP) per planned change of that filing, by effective date; else one not applicable.</summary>
    private static void AddChanges(List<Obligation> into, SiteProfile site, FilingKind filing, ObligationDefinition definition, Evaluation context)
    {
        // OrderBy is stable: changes effective on the same day keep their configured order.
        var changes = site.Changes.Where(c => c.Filing == filing).OrderBy(c => c.EffectiveOn).ToList();

        if (changes.Count == 0)
        {
            into.Add(NotApplicable(definition));
            return;
        }

        foreach (var change in changes)
        {
            var due = filing == FilingKind.Police ? change.EffectiveOn.PlusDays(ChangeDays) : change.EffectiveOn.PlusDays(-ChangeDays);
            into.Add(context.Judge(definition, due, change.FiledOn, subject: CoreText.Resources.Format("Obligation.Subject.Change", IsoDate.Format(change.EffectiveOn))));
        }
    }

    private static Obligation D6(SiteProfile site, ObligationDefinition definition, Evaluation context) =>
        ProvinceRules.For(site.PoliceProvince).HasSecondPolicePlatform && site.LaunchedOn is { } launched
            ? context.Judge(definition, launched.PlusDays(PoliceDays), site.ShanghaiSubmittedOn)
            : NotApplicable(definition);

    private static Obligation D7(SiteProfile site, ObligationDefinition definition, Evaluation context) =>
        site.EndsOn is { } ends ? context.Judge(definition, ends, site.IcpCancelledOn) : NotApplicable(definition);

    private Obligation D8(SiteProfile site, ObligationDefinition definition, Evaluation context)
    {
        var hasPoliceFiling = site.PoliceNumber is not null || site.PoliceSubmittedOn is not null || site.PoliceApprovedOn is not null;
        if (site.EndsOn is not { } ends || !hasPoliceFiling)
        {
            return NotApplicable(definition);
        }

        var calendar = _holidays.For(site.HolidaysFile);
        return context.Judge(
            definition,
            calendar.AddWorkingDays(ends, RevokeWorkingDays),
            site.PoliceRevokedOn,
            notes: calendar.HasHolidayList ? [] : WeekendsOnlyNote);
    }

    private static Obligation D9(SiteProfile site, ObligationDefinition definition, Evaluation context)
    {
        if (!ProvinceRules.For(site.PoliceProvince).HasSecondPolicePlatform || site.PoliceNoticeOn is not { } notice || site.PoliceSubmittedOn <= notice)
        {
            return NotApplicable(definition);
        }

        // Answered by the earliest filing or explanation on or after the notice.
        var answered = Earliest(
            site.PoliceSubmittedOn >= notice ? site.PoliceSubmittedOn : null,
            site.PoliceExplanationOn >= notice ? site.PoliceExplanationOn : null);
        return context.Judge(definition, notice.PlusDays(PoliceDays), answered);
    }

    private static Obligation D10(SiteProfile site, ObligationDefinition definition, Evaluation context) =>
        ProvinceRules.For(site.IcpNumber.Province).RequiresLiveSiteAfterIcpApproval && site.IcpApprovedOn is { } approved
            ? context.Judge(definition, approved.PlusMonths(1), site.LaunchedOn)
            : NotApplicable(definition);

    private static Obligation NotApplicable(ObligationDefinition definition) => NotApplicableById[definition.Id];

    private static readonly IReadOnlyList<LocalizedText> NoIconNotes = [ObligationNotes.NoIcon];

    private static readonly IReadOnlyList<LocalizedText> NoNumberNotes = [ObligationNotes.NoNumber];

    private static readonly IReadOnlyList<LocalizedText> NoIconNorNumberNotes = [ObligationNotes.NoIcon, ObligationNotes.NoNumber];

    private static readonly IReadOnlyList<LocalizedText> WeekendsOnlyNote = [ObligationNotes.WeekendsOnly];

    private static readonly IReadOnlyList<LocalizedText> LaunchInsteadOfApprovalNote = [ObligationNotes.LaunchInsteadOfApproval];

    private static readonly IReadOnlyList<LocalizedText> LaunchNote = [ObligationNotes.CountedFromLaunch];

    private static readonly IReadOnlyList<LocalizedText> IcpApprovalNote = [ObligationNotes.CountedFromIcpApproval];

    private static readonly IReadOnlyList<LocalizedText> EarliestNote = [ObligationNotes.CountedFromEarliest];

    /// <summary>The D2 note saying which <see cref="DeadlineBasis"/> the due date was counted from.</summary>
    private static IReadOnlyList<LocalizedText> BasisNotes(DeadlineBasis basis) => basis switch
    {
        DeadlineBasis.Launch => LaunchNote,
        DeadlineBasis.IcpApproval => IcpApprovalNote,
        DeadlineBasis.Earliest => EarliestNote,
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "not a DeadlineBasis"),
    };

    private static LocalDate? Earliest(LocalDate? left, LocalDate? right) =>
        left is null ? right : right is null ? left : left < right ? left : right;

    /// <summary>Turns a due date and an optional done date into a state, on one day.</summary>
    private sealed class Evaluation(LocalDate today, int warnDays)
    {
        public Obligation Judge(
            ObligationDefinition definition,
            LocalDate due,
            LocalDate? doneOn,
            LocalDate? stricterDue = null,
            IReadOnlyList<LocalizedText>? notes = null,
            LocalizedText? subject = null)
        {
            ObligationState state;
            int? daysLeft = null;
            int? daysLate = null;
            if (doneOn is { } done)
            {
                var late = Period.DaysBetween(due, done);
                state = late > 0 ? ObligationState.DoneLate : ObligationState.Done;
                daysLate = late > 0 ? late : null;
            }
            else
            {
                var left = Period.DaysBetween(today, due);
                state = left < 0 ? ObligationState.Overdue : left <= warnDays ? ObligationState.DueSoon : ObligationState.Pending;
                daysLeft = left < 0 ? null : left;
                daysLate = left < 0 ? -left : null;
            }

            return new Obligation
            {
                Definition = definition,
                Due = due,
                DoneOn = doneOn,
                State = state,
                DaysLeft = daysLeft,
                DaysLate = daysLate,
                StricterDue = stricterDue,
                Notes = notes ?? [],
                Subject = subject,
            };
        }

        /// <summary>Done, but on a day the configuration does not give: neither on time nor late is known.</summary>
        public static Obligation DoneOnUnknownDay(ObligationDefinition definition, LocalDate due, LocalDate? stricterDue, IReadOnlyList<LocalizedText> notes) =>
            new()
            {
                Definition = definition,
                Due = due,
                State = ObligationState.Done,
                StricterDue = stricterDue,
                Notes = notes,
            };
    }
}

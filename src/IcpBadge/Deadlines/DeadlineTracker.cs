using IcpBadge.Configuration;
using IcpBadge.Rules;
using NodaTime;

namespace IcpBadge.Deadlines;

/// <summary>
/// Computes the filing obligations D1–D10 of SPEC §1.6 for a site: due dates in China time (start day excluded,
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
        var obligations = new List<Obligation>
        {
            D1(site, definitions["D1"], context),
            D2(site, definitions["D2"], context),
            D3(site, definitions["D3"], context),
        };
        obligations.AddRange(Changes(site, FilingKind.Police, definitions["D4"], context));
        obligations.AddRange(Changes(site, FilingKind.Icp, definitions["D5"], context));
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
        var result = context.Judge(definition, due, site.PoliceSubmittedOn);
        return result with
        {
            StricterDue = strictest < due ? strictest : null,
            Notes = basis == _options.Basis ? BasisNotes[(int)basis] : LaunchInsteadOfApprovalNote,
        };
    }

    private static Obligation D3(SiteProfile site, ObligationDefinition definition, Evaluation context)
    {
        if (site.PoliceApprovedOn is not { } approved)
        {
            return NotApplicable(definition);
        }

        var result = context.Judge(definition, approved.PlusDays(PoliceDays), site.PoliceDisplayedOn);
        var notes = new List<string>();
        if (site.PoliceIcon is null)
        {
            notes.Add("no Police:Icon configured: the badge is incomplete without the emblem");
        }

        if (site.PoliceNumber is null)
        {
            notes.Add("no Police:Number configured: the badge can't be shown");
        }

        return result with { Notes = notes };
    }

    private static IEnumerable<Obligation> Changes(SiteProfile site, FilingKind filing, ObligationDefinition definition, Evaluation context)
    {
        if (site.Changes.Count == 0)
        {
            return [NotApplicable(definition)];
        }

        var changes = site.Changes.Where(c => c.Filing == filing).OrderBy(c => c.EffectiveOn).ToList();
        if (changes.Count == 0)
        {
            return [NotApplicable(definition)];
        }

        return changes.Select(change =>
        {
            var due = filing == FilingKind.Police ? change.EffectiveOn.PlusDays(ChangeDays) : change.EffectiveOn.PlusDays(-ChangeDays);
            return context.Judge(definition, due, change.FiledOn) with { Subject = "change effective " + IsoDate.Format(change.EffectiveOn) };
        });
    }

    private static Obligation D6(SiteProfile site, ObligationDefinition definition, Evaluation context) =>
        site.PoliceProvince.Code == 31 && site.LaunchedOn is { } launched
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
        var result = context.Judge(definition, calendar.AddWorkingDays(ends, RevokeWorkingDays), site.PoliceRevokedOn);
        return calendar.HasHolidayList
            ? result
            : result with { Notes = ["no HolidaysFile: only weekends are skipped when counting working days"] };
    }

    private static Obligation D9(SiteProfile site, ObligationDefinition definition, Evaluation context)
    {
        if (site.PoliceProvince.Code != 31 || site.PoliceNoticeOn is not { } notice || site.PoliceSubmittedOn <= notice)
        {
            return NotApplicable(definition);
        }

        var answered = new[] { site.PoliceSubmittedOn, site.PoliceExplanationOn }.OfType<LocalDate>().Where(d => d >= notice).ToList();
        return context.Judge(definition, notice.PlusDays(PoliceDays), answered.Count == 0 ? null : answered.Min());
    }

    private static Obligation D10(SiteProfile site, ObligationDefinition definition, Evaluation context) =>
        site.IcpNumber.Province.Code == 44 && site.IcpApprovedOn is { } approved
            ? context.Judge(definition, approved.PlusMonths(1), site.LaunchedOn)
            : NotApplicable(definition);

    private static Obligation NotApplicable(ObligationDefinition definition) =>
        new() { Definition = definition, State = ObligationState.NotApplicable };

    private static readonly IReadOnlyList<string> LaunchInsteadOfApprovalNote =
        ["counted from launch (Site:LaunchedOn): no Icp:ApprovedOn for the IcpApproval basis"];

    /// <summary>The D2 note for each <see cref="DeadlineBasis"/>, by its value.</summary>
    private static readonly IReadOnlyList<string>[] BasisNotes =
    [
        ["counted from launch (Site:LaunchedOn)"],
        ["counted from ICP approval (Icp:ApprovedOn)"],
        ["counted from the earliest of launch, ICP approval and connection"],
    ];

    private static LocalDate? Earliest(LocalDate? left, LocalDate? right) =>
        left is null ? right : right is null ? left : left < right ? left : right;

    /// <summary>Turns a due date and an optional done date into a state, on one day.</summary>
    private sealed class Evaluation(LocalDate today, int warnDays)
    {
        public Obligation Judge(ObligationDefinition definition, LocalDate due, LocalDate? doneOn)
        {
            if (doneOn is { } done)
            {
                var late = Period.DaysBetween(due, done);
                return late > 0
                    ? new Obligation { Definition = definition, Due = due, DoneOn = done, State = ObligationState.DoneLate, DaysLate = late }
                    : new Obligation { Definition = definition, Due = due, DoneOn = done, State = ObligationState.Done };
            }

            var left = Period.DaysBetween(today, due);
            if (left < 0)
            {
                return new Obligation { Definition = definition, Due = due, State = ObligationState.Overdue, DaysLate = -left };
            }

            return new Obligation
            {
                Definition = definition,
                Due = due,
                State = left <= warnDays ? ObligationState.DueSoon : ObligationState.Pending,
                DaysLeft = left,
            };
        }
    }
}

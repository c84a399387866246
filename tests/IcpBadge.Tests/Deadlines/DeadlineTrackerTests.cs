using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using IcpBadge.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace IcpBadge.Tests.Deadlines;

/// <summary>
/// The obligations D1–D10 of SPEC §1.6, each in every state it can take, with exact due dates and day counts.
/// Counting convention: the start day is excluded, so "N days after D" is D + N and is met on that day; the day after
/// it is 1 day late. "Today" comes from a <see cref="NodaTime.Testing.FakeClock"/> at noon China time.
/// </summary>
/// <remarks>
/// This file: helpers, the seed cases (seed 000 §9 cases 11–15) and D1–D3. Other obligations are in the
/// <c>DeadlineTrackerTests.*.cs</c> files beside it.
/// </remarks>
public sealed partial class DeadlineTrackerTests
{
    private const ObligationState NotApplicable = ObligationState.NotApplicable;
    private const ObligationState Pending = ObligationState.Pending;
    private const ObligationState DueSoon = ObligationState.DueSoon;
    private const ObligationState Overdue = ObligationState.Overdue;
    private const ObligationState Done = ObligationState.Done;
    private const ObligationState DoneLate = ObligationState.DoneLate;

    // ---- every obligation is always reported, in order ---------------------------------------------------------

    [Fact]
    public void Evaluate_MinimalSite_ReportsD1ToD10OnceEach_AllNotApplicable()
    {
        var result = Evaluate(Site("""{ "Icp": { "Number": "京ICP备12345678号-1" } }"""), "2024-03-01");

        Assert.Equal(["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10"], result.Obligations.Select(o => o.Id));
        Assert.All(result.Obligations, o => AssertObligation(o, NotApplicable, due: null));
        Assert.Equal(Date("2024-03-01"), result.Today);
        Assert.False(result.AnyOverdue);
        Assert.False(result.AnyDueSoon);
    }

    [Fact]
    public void Evaluate_EveryObligationApplies_KeepsCatalogOrderWithSeveralChanges()
    {
        var site = Site("""
            { "Site": { "LaunchedOn": "2024-03-01", "EndsOn": "2024-12-31" },
              "Icp": { "Number": "粤ICP备19015064号-1", "ApprovedOn": "2024-02-20" },
              "Police": { "Number": "京公网安备11010502030143号", "Province": "上海", "ApprovedOn": "2024-04-01", "NoticeOn": "2024-04-10" },
              "Changes": [ { "Filing": "Icp", "EffectiveOn": "2024-09-01" }, { "Filing": "Police", "EffectiveOn": "2024-08-01" },
                           { "Filing": "Icp", "EffectiveOn": "2024-07-01" }, { "Filing": "Police", "EffectiveOn": "2024-06-01" } ] }
            """);

        var result = Evaluate(site, "2024-05-01");

        Assert.Equal(["D1", "D2", "D3", "D4", "D4", "D5", "D5", "D6", "D7", "D8", "D9", "D10"], result.Obligations.Select(o => o.Id));
        Assert.DoesNotContain(result.Obligations, o => o.State == NotApplicable);
    }

    [Fact]
    public void Evaluate_WithoutADay_UsesTheClocksChinaDate()
    {
        var clock = TestProfiles.ChinaNoon(Date("2024-03-30"));
        var tracker = new DeadlineTracker(clock);

        var result = tracker.Evaluate(Site(Launched("2024-03-01")));

        Assert.Equal(Date("2024-03-30"), tracker.Today);
        Assert.Equal(Date("2024-03-30"), result.Today);
        AssertObligation(Get(result, "D2"), DueSoon, "2024-03-31", daysLeft: 1);
    }

    [Fact]
    public void Evaluate_ExplicitDay_OverridesTheClock()
    {
        var tracker = new DeadlineTracker(TestProfiles.ChinaNoon(Date("2030-01-01")));

        var result = tracker.Evaluate(Site(Launched("2024-03-01")), Date("2024-04-01"));

        Assert.Equal(Date("2024-04-01"), result.Today);
        AssertObligation(Get(result, "D2"), Overdue, "2024-03-31", daysLate: 1);
    }

    [Fact]
    public void DeadlineOptions_Defaults_AreLaunchBasisAndSevenWarnDays()
    {
        var options = new DeadlineOptions();

        Assert.Equal(DeadlineBasis.Launch, options.Basis);
        Assert.Equal(7, options.WarnDays);
    }

    // ---- seed 000 §9, cases 11–15 --------------------------------------------------------------------------------

    /// <summary>
    /// Case 11: launch 2024-03-01. 30 days after it, the start day excluded, is 2024-03-31: open on 03-30 and still
    /// open (0 days left, the last day) on 03-31; overdue on 04-01 under either convention. Counting the start day
    /// would make 03-30 the last day and 03-31 already overdue; IcpBadge does not (Civil Code art. 201).
    /// </summary>
    [Theory]
    [InlineData("2024-03-30", DueSoon, 1, null)]
    [InlineData("2024-03-31", DueSoon, 0, null)]
    [InlineData("2024-04-01", Overdue, null, 1)]
    public void Evaluate_Seed11PoliceFilingAfterLaunch_OpenUntil0331_OverdueFrom0401(string today, ObligationState state, int? daysLeft, int? daysLate)
    {
        var result = Evaluate(Site(Launched("2024-03-01")), today);

        AssertObligation(Get(result, "D2"), state, "2024-03-31", daysLeft, daysLate);
    }

    [Fact]
    public void Evaluate_Seed12LaunchUnknown_CountsFromIcpApprovalUnderThatBasis()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2024-05-10" } }""");

        var byLaunch = Get(Evaluate(site, "2024-05-20"), "D2");
        var byApproval = Get(Evaluate(site, "2024-05-20", new DeadlineOptions { Basis = DeadlineBasis.IcpApproval }), "D2");
        var byEarliest = Get(Evaluate(site, "2024-05-20", new DeadlineOptions { Basis = DeadlineBasis.Earliest }), "D2");

        // No LaunchedOn means "not live yet" (SPEC §2): nothing to count from under the default basis.
        AssertObligation(byLaunch, NotApplicable, due: null);
        AssertObligation(byApproval, Pending, "2024-06-09", daysLeft: 20);
        Assert.Equal(["counted from ICP approval (Icp:ApprovedOn)"], byApproval.Notes.Select(n => n.En));
        AssertObligation(byEarliest, Pending, "2024-06-09", daysLeft: 20);
    }

    [Fact]
    public void Evaluate_Seed13PoliceApproval0603_BadgeDue0703()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Number": "京公网安备11010502030143号", "ApprovedOn": "2024-06-03" } }""");

        AssertObligation(Get(Evaluate(site, "2024-06-03"), "D3"), Pending, "2024-07-03", daysLeft: 30);
        AssertObligation(Get(Evaluate(site, "2024-07-03"), "D3"), DueSoon, "2024-07-03", daysLeft: 0);
        AssertObligation(Get(Evaluate(site, "2024-07-04"), "D3"), Overdue, "2024-07-03", daysLate: 1);
    }

    [Fact]
    public void Evaluate_Seed14PoliceChange0701_UpdateDue0731()
    {
        var site = Site("""
            { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Number": "京公网安备11010502030143号" },
              "Changes": [ { "Filing": "Police", "EffectiveOn": "2024-07-01" } ] }
            """);

        AssertObligation(Get(Evaluate(site, "2024-07-31"), "D4"), DueSoon, "2024-07-31", daysLeft: 0);
        AssertObligation(Get(Evaluate(site, "2024-08-01"), "D4"), Overdue, "2024-07-31", daysLate: 1);
    }

    [Fact]
    public void Evaluate_Seed14ServiceEndsFriday0802_RevocationDue0809WithoutHolidays()
    {
        var site = Site("""
            { "Site": { "EndsOn": "2024-08-02" }, "Icp": { "Number": "京ICP备12345678号-1" },
              "Police": { "Number": "京公网安备11010502030143号" } }
            """);

        var d8 = Get(Evaluate(site, "2024-08-02"), "D8");

        Assert.Equal(IsoDayOfWeek.Friday, Date("2024-08-02").DayOfWeek);
        AssertObligation(d8, DueSoon, "2024-08-09", daysLeft: 7);
        Assert.Equal(["no HolidaysFile: only weekends are skipped when counting working days"], d8.Notes.Select(n => n.En));
    }

    [Fact]
    public void Evaluate_Seed14ServiceEndsFriday0802_HolidayOn0805_RevocationDue0812()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-holidays-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "holidays.txt"), "# 2024 holidays\n2024-08-05  # a Monday\n\n");
            var site = Site(
                """
                { "Site": { "EndsOn": "2024-08-02" }, "Icp": { "Number": "京ICP备12345678号-1" },
                  "Police": { "Number": "京公网安备11010502030143号" }, "HolidaysFile": "holidays.txt" }
                """,
                folder.FullName);

            var d8 = Get(Evaluate(site, "2024-08-02"), "D8");

            AssertObligation(d8, Pending, "2024-08-12", daysLeft: 10);
            Assert.Empty(d8.Notes.Select(n => n.En));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Evaluate_Seed15IcpChangeEffective1001_FilingDue0901()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Changes": [ { "Filing": "Icp", "EffectiveOn": "2024-10-01" } ] }""");

        AssertObligation(Get(Evaluate(site, "2024-09-01"), "D5"), DueSoon, "2024-09-01", daysLeft: 0);
        AssertObligation(Get(Evaluate(site, "2024-09-02"), "D5"), Overdue, "2024-09-01", daysLate: 1);
    }

    // ---- D1: ICP number shown on launch day -----------------------------------------------------------------------

    [Theory]
    [InlineData("2024-02-20", null, Pending, 10, null)]
    [InlineData("2024-02-22", null, Pending, 8, null)]
    [InlineData("2024-02-23", null, DueSoon, 7, null)]
    [InlineData("2024-03-01", null, DueSoon, 0, null)]
    [InlineData("2024-03-02", null, Overdue, null, 1)]
    [InlineData("2024-03-20", null, Overdue, null, 19)]
    [InlineData("2024-03-20", "2024-03-01", Done, null, null)]
    [InlineData("2024-03-20", "2024-02-25", Done, null, null)]
    [InlineData("2024-03-20", "2024-03-04", DoneLate, null, 3)]
    public void Evaluate_D1IcpNumberShownOnLaunchDay_EveryState(string today, string? displayedOn, ObligationState state, int? daysLeft, int? daysLate)
    {
        var site = Site($$"""{ "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": {{Json(displayedOn)}} } }""");

        AssertObligation(Get(Evaluate(site, today), "D1"), state, "2024-03-01", daysLeft, daysLate, displayedOn);
    }

    [Fact]
    public void Evaluate_D1NotLaunched_NotApplicable()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2024-03-01" } }""");

        AssertObligation(Get(Evaluate(site, "2024-03-20"), "D1"), NotApplicable, due: null);
    }

    // ---- D2: police filing submitted within 30 days of launch -----------------------------------------------------

    [Theory]
    [InlineData("2024-03-01", null, Pending, 30, null)]
    [InlineData("2024-03-23", null, Pending, 8, null)]
    [InlineData("2024-03-24", null, DueSoon, 7, null)]
    [InlineData("2024-03-31", null, DueSoon, 0, null)]
    [InlineData("2024-04-01", null, Overdue, null, 1)]
    [InlineData("2024-05-01", null, Overdue, null, 31)]
    [InlineData("2024-04-10", "2024-03-31", Done, null, null)]
    [InlineData("2024-03-10", "2024-03-05", Done, null, null)]
    [InlineData("2024-04-10", "2024-04-02", DoneLate, null, 2)]
    public void Evaluate_D2PoliceFilingWithin30DaysOfLaunch_EveryState(string today, string? submittedOn, ObligationState state, int? daysLeft, int? daysLate)
    {
        var site = Site($$"""{ "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "SubmittedOn": {{Json(submittedOn)}} } }""");

        var d2 = Get(Evaluate(site, today), "D2");

        AssertObligation(d2, state, "2024-03-31", daysLeft, daysLate, submittedOn);
        Assert.Equal(["counted from launch (Site:LaunchedOn)"], d2.Notes.Select(n => n.En));
        Assert.Null(d2.StricterDue);
    }

    [Fact]
    public void Evaluate_D2NotLaunched_NotApplicable()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "SubmittedOn": "2024-03-05" } }""");

        AssertObligation(Get(Evaluate(site, "2024-03-20"), "D2"), NotApplicable, due: null);
    }

    [Theory]
    [InlineData("2024-01-15", "2024-02-14")] // across a month end (January has 31 days)
    [InlineData("2024-12-15", "2025-01-14")] // across a year end
    [InlineData("2024-02-01", "2024-03-02")] // through 29 February of a leap year
    [InlineData("2023-02-01", "2023-03-03")] // through 28 February
    [InlineData("2024-04-30", "2024-05-30")]
    [InlineData("2024-12-31", "2025-01-30")]
    public void Evaluate_D2AcrossMonthAndYearEnds_IsLaunchPlus30CalendarDays(string launchedOn, string due)
    {
        var d2 = Get(Evaluate(Site(Launched(launchedOn)), launchedOn), "D2");

        AssertObligation(d2, Pending, due, daysLeft: 30);
    }

    // ---- D3: police badge shown within 30 days of police approval -------------------------------------------------

    [Theory]
    [InlineData("2024-06-10", null, Pending, 23, null)]
    [InlineData("2024-06-25", null, Pending, 8, null)]
    [InlineData("2024-06-26", null, DueSoon, 7, null)]
    [InlineData("2024-07-03", null, DueSoon, 0, null)]
    [InlineData("2024-07-04", null, Overdue, null, 1)]
    [InlineData("2024-07-10", "2024-07-03", Done, null, null)]
    [InlineData("2024-07-10", "2024-06-04", Done, null, null)]
    [InlineData("2024-07-10", "2024-07-05", DoneLate, null, 2)]
    public void Evaluate_D3PoliceBadgeWithin30DaysOfApproval_EveryState(string today, string? displayedOn, ObligationState state, int? daysLeft, int? daysLate)
    {
        var site = Site($$"""
            { "Icp": { "Number": "京ICP备12345678号-1" },
              "Police": { "Number": "京公网安备11010502030143号", "Icon": "https://example.cn/police-emblem.png",
                          "ApprovedOn": "2024-06-03", "DisplayedOn": {{Json(displayedOn)}} } }
            """);

        var d3 = Get(Evaluate(site, today), "D3");

        AssertObligation(d3, state, "2024-07-03", daysLeft, daysLate, displayedOn);
        Assert.Empty(d3.Notes.Select(n => n.En));
    }

    [Fact]
    public void Evaluate_D3PoliceNotApproved_NotApplicable()
    {
        var site = Site("""{ "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "SubmittedOn": "2024-03-05" } }""");

        AssertObligation(Get(Evaluate(site, "2024-03-20"), "D3"), NotApplicable, due: null);
    }

    [Fact]
    public void Evaluate_D3WithoutEmblem_NotesTheBadgeIsIncomplete()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Number": "京公网安备11010502030143号", "ApprovedOn": "2024-06-03" } }""");

        var d3 = Get(Evaluate(site, "2024-06-10"), "D3");

        var note = Assert.Single(d3.Notes);
        Assert.Contains("Police:Icon", note.En, StringComparison.Ordinal);
        Assert.Contains("emblem", note.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_D3WithoutPoliceNumber_NotesTheBadgeCantBeShown()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Icon": "/police-emblem.png", "ApprovedOn": "2024-06-03" } }""");

        var d3 = Get(Evaluate(site, "2024-06-10"), "D3");

        var note = Assert.Single(d3.Notes);
        Assert.Contains("Police:Number", note.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_D3WithoutNumberOrEmblem_NotesBoth()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "ApprovedOn": "2024-06-03", "DisplayedOn": "2024-06-05" } }""");

        var d3 = Get(Evaluate(site, "2024-06-10"), "D3");

        Assert.Equal(Done, d3.State);
        Assert.Equal(2, d3.Notes.Count);
        Assert.Contains(d3.Notes, n => n.En.Contains("Police:Icon", StringComparison.Ordinal));
        Assert.Contains(d3.Notes, n => n.En.Contains("Police:Number", StringComparison.Ordinal));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /// <summary>A profile from the sections inside <c>"IcpBadge"</c>, e.g. <c>{ "Icp": { "Number": "..." } }</c>.</summary>
    private static SiteProfile Site(string sections, string? baseDirectory = null) =>
        TestProfiles.Valid($$"""{ "IcpBadge": {{sections}} }""", baseDirectory);

    /// <summary>A Beijing site launched on <paramref name="launchedOn"/>, nothing else done.</summary>
    private static string Launched(string launchedOn) =>
        $$"""{ "Site": { "LaunchedOn": "{{launchedOn}}" }, "Icp": { "Number": "京ICP备12345678号-1" } }""";

    /// <summary>Evaluates with a FakeClock at noon China time on <paramref name="today"/>.</summary>
    private static SiteDeadlines Evaluate(SiteProfile site, string today, DeadlineOptions? options = null) =>
        new DeadlineTracker(TestProfiles.ChinaNoon(Date(today)), options).Evaluate(site);

    private static Obligation Get(SiteDeadlines result, string id) => Assert.Single(result.Obligations, o => o.Id == id);

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private static string Json(string? date) => date is null ? "null" : $"\"{date}\"";

    /// <summary>Checks the state, due date, days left and late and the done date all at once: none may be stray.</summary>
    private static void AssertObligation(Obligation obligation, ObligationState state, string? due, int? daysLeft = null, int? daysLate = null, string? doneOn = null)
    {
        var expected = (state, due, daysLeft, daysLate, doneOn);
        var actual = (obligation.State, Text(obligation.Due), obligation.DaysLeft, obligation.DaysLate, Text(obligation.DoneOn));
        Assert.Equal(expected, actual);
        Assert.Equal(state is Pending or DueSoon or Overdue, obligation.IsOpen);
    }

    private static string? Text(LocalDate? date) => date?.ToString("uuuu-MM-dd", null);
}

using IcpBadge.Deadlines;

namespace IcpBadge.Tests.Deadlines;

/// <summary>
/// What D2 counts from (<see cref="DeadlineBasis"/>) and the stricter date shown alongside; and the warning period that
/// separates <see cref="ObligationState.DueSoon"/> from <see cref="ObligationState.Pending"/>.
/// </summary>
public sealed partial class DeadlineTrackerTests
{
    /// <summary>Launched 2024-03-01, ICP approved earlier on 2024-02-10, network connected 2024-02-01.</summary>
    private const string ApprovedBeforeLaunch = """
        { "Site": { "LaunchedOn": "2024-03-01", "ConnectedOn": {{connected}} },
          "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2024-02-10" } }
        """;

    [Theory]
    [InlineData(DeadlineBasis.Launch, null, "2024-03-31", "2024-03-11", "counted from launch (Site:LaunchedOn)")]
    [InlineData(DeadlineBasis.IcpApproval, null, "2024-03-11", null, "counted from ICP approval (Icp:ApprovedOn)")]
    [InlineData(DeadlineBasis.Earliest, null, "2024-03-11", null, "counted from the earliest of launch, ICP approval and connection")]
    [InlineData(DeadlineBasis.Launch, "2024-02-01", "2024-03-31", "2024-03-02", "counted from launch (Site:LaunchedOn)")]
    [InlineData(DeadlineBasis.IcpApproval, "2024-02-01", "2024-03-11", "2024-03-02", "counted from ICP approval (Icp:ApprovedOn)")]
    [InlineData(DeadlineBasis.Earliest, "2024-02-01", "2024-03-02", null, "counted from the earliest of launch, ICP approval and connection")]
    public void Evaluate_D2Basis_ChoosesTheStartAndShowsAStricterDate(DeadlineBasis basis, string? connectedOn, string due, string? stricterDue, string note)
    {
        var site = Site(ApprovedBeforeLaunch.Replace("{{connected}}", Json(connectedOn), StringComparison.Ordinal));

        var d2 = Get(Evaluate(site, "2024-02-25", new DeadlineOptions { Basis = basis }), "D2");

        Assert.Equal(due, Text(d2.Due));
        Assert.Equal(stricterDue, Text(d2.StricterDue));
        Assert.Equal([note], d2.Notes.Select(n => n.En));
    }

    [Fact]
    public void Evaluate_D2ApprovalBeforeLaunch_ShowsAStricterDate_ApprovalOnLaunchDayDoesNot()
    {
        var site = Site("""{ "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2024-02-28" } }""");
        var later = Site("""{ "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2024-03-01" } }""");

        Assert.Equal("2024-03-29", Text(Get(Evaluate(site, "2024-03-01"), "D2").StricterDue));
        Assert.Null(Get(Evaluate(later, "2024-03-01"), "D2").StricterDue);
    }

    [Fact]
    public void Evaluate_D2StateFollowsTheBasisDate_NotTheStricterOne()
    {
        var site = Site(ApprovedBeforeLaunch.Replace("{{connected}}", "null", StringComparison.Ordinal));

        var byLaunch = Get(Evaluate(site, "2024-03-20"), "D2");
        var byApproval = Get(Evaluate(site, "2024-03-20", new DeadlineOptions { Basis = DeadlineBasis.IcpApproval }), "D2");

        AssertObligation(byLaunch, Pending, "2024-03-31", daysLeft: 11);
        Assert.Equal(Date("2024-03-11"), byLaunch.StricterDue);
        AssertObligation(byApproval, Overdue, "2024-03-11", daysLate: 9);
    }

    /// <summary>
    /// A live site always has D2. Under the IcpApproval basis without a known approval date it is counted from launch
    /// (it used to be NotApplicable, which hid a live site's main deadline).
    /// </summary>
    [Fact]
    public void Evaluate_D2IcpApprovalBasisWithoutApprovalDate_FallsBackToLaunchAndSaysSo()
    {
        var d2 = Get(Evaluate(Site(Launched("2024-03-01")), "2024-04-02", new DeadlineOptions { Basis = DeadlineBasis.IcpApproval }), "D2");

        AssertObligation(d2, Overdue, "2024-03-31", daysLate: 2);
        Assert.Equal(["counted from launch (Site:LaunchedOn): no Icp:ApprovedOn for the IcpApproval basis"], d2.Notes.Select(n => n.En));
    }

    [Fact]
    public void Evaluate_D2EarliestBasisWithOnlyAConnectionDate_CountsFromIt()
    {
        var site = Site("""{ "Site": { "ConnectedOn": "2024-02-01" }, "Icp": { "Number": "京ICP备12345678号-1" } }""");

        var earliest = Get(Evaluate(site, "2024-02-01", new DeadlineOptions { Basis = DeadlineBasis.Earliest }), "D2");
        var launch = Get(Evaluate(site, "2024-02-01"), "D2");

        AssertObligation(earliest, Pending, "2024-03-02", daysLeft: 30);
        AssertObligation(launch, NotApplicable, due: null);
    }

    [Fact]
    public void Evaluate_Basis_AffectsOnlyD2()
    {
        var site = Site("""
            { "Site": { "LaunchedOn": "2024-03-01", "ConnectedOn": "2024-01-01" }, "Icp": { "Number": "沪ICP备12345678号-1", "ApprovedOn": "2024-01-10" } }
            """);

        var byLaunch = Evaluate(site, "2024-03-02");
        var byEarliest = Evaluate(site, "2024-03-02", new DeadlineOptions { Basis = DeadlineBasis.Earliest });

        Assert.NotEqual(Get(byLaunch, "D2").Due, Get(byEarliest, "D2").Due);
        Assert.Equal(byLaunch.Obligations.Where(o => o.Id != "D2"), byEarliest.Obligations.Where(o => o.Id != "D2"), ObligationComparer.Instance);
        AssertObligation(Get(byEarliest, "D6"), Pending, "2024-03-31", daysLeft: 29);
    }

    // ---- warn days --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(7, "2024-03-24", DueSoon, 7)]  // exactly WarnDays left
    [InlineData(7, "2024-03-23", Pending, 8)]  // WarnDays + 1
    [InlineData(3, "2024-03-28", DueSoon, 3)]
    [InlineData(3, "2024-03-27", Pending, 4)]
    [InlineData(0, "2024-03-31", DueSoon, 0)]  // with 0 warn days only the due day itself is "due soon"
    [InlineData(0, "2024-03-30", Pending, 1)]
    [InlineData(30, "2024-03-01", DueSoon, 30)]
    [InlineData(29, "2024-03-01", Pending, 30)]
    public void Evaluate_WarnDaysBoundary_ExactlyWarnDaysLeftIsDueSoon(int warnDays, string today, ObligationState state, int daysLeft)
    {
        var d2 = Get(Evaluate(Site(Launched("2024-03-01")), today, new DeadlineOptions { WarnDays = warnDays }), "D2");

        AssertObligation(d2, state, "2024-03-31", daysLeft: daysLeft);
    }

    [Fact]
    public void Evaluate_WarnDays_DoesNotChangeOverdueOrDone()
    {
        var site = Site("""{ "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2024-03-01" } }""");

        var result = Evaluate(site, "2024-04-01", new DeadlineOptions { WarnDays = 365 });

        AssertObligation(Get(result, "D1"), Done, "2024-03-01", doneOn: "2024-03-01");
        AssertObligation(Get(result, "D2"), Overdue, "2024-03-31", daysLate: 1);
        Assert.True(result.AnyOverdue);
        Assert.False(result.AnyDueSoon);
    }

    /// <summary>Compares obligations by value (records compare their notes lists by reference).</summary>
    private sealed class ObligationComparer : IEqualityComparer<Obligation>
    {
        public static ObligationComparer Instance { get; } = new();

        public bool Equals(Obligation? x, Obligation? y) =>
            x is not null && y is not null &&
            (x.Id, x.Due, x.State, x.DaysLeft, x.DaysLate, x.DoneOn, x.StricterDue, x.Subject) == (y.Id, y.Due, y.State, y.DaysLeft, y.DaysLate, y.DoneOn, y.StricterDue, y.Subject) &&
            x.Notes.SequenceEqual(y.Notes);

        public int GetHashCode(Obligation obj) => HashCode.Combine(obj.Id, obj.Due, obj.State);
    }
}

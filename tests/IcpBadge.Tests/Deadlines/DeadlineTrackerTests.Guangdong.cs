using IcpBadge.Deadlines;

namespace IcpBadge.Tests.Deadlines;

/// <summary>
/// D10: a Guangdong site must be live with its footer number within one calendar month of ICP approval. Months are
/// clamped to the month's end: 31 January + 1 month is 29 February in a leap year, 28 February otherwise.
/// </summary>
public sealed partial class DeadlineTrackerTests
{
    [Theory]
    [InlineData("2024-02-01", null, Pending, 28, null)]
    [InlineData("2024-02-21", null, Pending, 8, null)]
    [InlineData("2024-02-22", null, DueSoon, 7, null)]
    [InlineData("2024-02-29", null, DueSoon, 0, null)]
    [InlineData("2024-03-01", null, Overdue, null, 1)]
    [InlineData("2024-03-05", "2024-02-29", Done, null, null)]
    [InlineData("2024-03-05", "2024-02-10", Done, null, null)]
    [InlineData("2024-03-05", "2024-03-02", DoneLate, null, 2)]
    public void Evaluate_D10GuangdongLiveWithinAMonthOfApproval_EveryState(string today, string? launchedOn, ObligationState state, int? daysLeft, int? daysLate)
    {
        var site = Site($$"""{ "Site": { "LaunchedOn": {{Json(launchedOn)}} }, "Icp": { "Number": "粤ICP备19015064号-1", "ApprovedOn": "2024-01-31" } }""");

        AssertObligation(Get(Evaluate(site, today), "D10"), state, "2024-02-29", daysLeft, daysLate, launchedOn);
    }

    [Theory]
    [InlineData("2024-01-31", "2024-02-29")] // leap year: clamped to 29 February
    [InlineData("2023-01-31", "2023-02-28")] // clamped to 28 February
    [InlineData("2024-01-29", "2024-02-29")]
    [InlineData("2024-01-30", "2024-02-29")]
    [InlineData("2024-02-29", "2024-03-29")]
    [InlineData("2024-03-31", "2024-04-30")]
    [InlineData("2024-08-31", "2024-09-30")]
    [InlineData("2024-12-31", "2025-01-31")] // across a year end
    [InlineData("2024-12-15", "2025-01-15")]
    public void Evaluate_D10OneCalendarMonth_ClampedToTheMonthEnd(string approvedOn, string due)
    {
        var site = Site($$"""{ "Icp": { "Number": "粤ICP备19015064号-1", "ApprovedOn": "{{approvedOn}}" } }""");

        Assert.Equal(due, Text(Get(Evaluate(site, "2023-01-01"), "D10").Due));
    }

    [Fact]
    public void Evaluate_D10MainNumberOfGuangdong_AppliesToo()
    {
        var site = Site("""{ "Icp": { "Number": "粤ICP备19015064号", "ApprovedOn": "2024-01-31" } }""");

        AssertObligation(Get(Evaluate(site, "2024-02-01"), "D10"), Pending, "2024-02-29", daysLeft: 28);
    }

    [Theory]
    [InlineData("京ICP备12345678号-1")]
    [InlineData("沪ICP备12345678号-1")]
    [InlineData("桂ICP备12345678号-1")]
    public void Evaluate_D10OutsideGuangdong_NotApplicable(string number)
    {
        var site = Site($$"""{ "Icp": { "Number": "{{number}}", "ApprovedOn": "2024-01-31" } }""");

        AssertObligation(Get(Evaluate(site, "2024-02-01"), "D10"), NotApplicable, due: null);
    }

    [Fact]
    public void Evaluate_D10GuangdongPoliceFilingOfAnotherProvince_StillAppliesByTheIcpNumber()
    {
        var site = Site("""{ "Icp": { "Number": "粤ICP备19015064号-1", "ApprovedOn": "2024-01-31" }, "Police": { "Province": "北京" } }""");

        AssertObligation(Get(Evaluate(site, "2024-02-01"), "D10"), Pending, "2024-02-29", daysLeft: 28);
    }

    [Fact]
    public void Evaluate_D10GuangdongWithoutApprovalDate_NotApplicable()
    {
        var site = Site("""{ "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "粤ICP备19015064号-1" } }""");

        AssertObligation(Get(Evaluate(site, "2024-03-02"), "D10"), NotApplicable, due: null);
    }
}

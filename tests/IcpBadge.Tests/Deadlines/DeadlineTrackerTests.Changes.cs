using IcpBadge.Deadlines;

namespace IcpBadge.Tests.Deadlines;

/// <summary>D4 (police record updated within 30 days after a change) and D5 (ICP change filed 30 days before it takes effect).</summary>
public sealed partial class DeadlineTrackerTests
{
    [Theory]
    [InlineData("2024-06-20", null, Pending, 41, null)]
    [InlineData("2024-07-01", null, Pending, 30, null)]
    [InlineData("2024-07-23", null, Pending, 8, null)]
    [InlineData("2024-07-24", null, DueSoon, 7, null)]
    [InlineData("2024-07-31", null, DueSoon, 0, null)]
    [InlineData("2024-08-01", null, Overdue, null, 1)]
    [InlineData("2024-08-05", "2024-07-31", Done, null, null)]
    [InlineData("2024-08-05", "2024-06-28", Done, null, null)]
    [InlineData("2024-08-05", "2024-08-03", DoneLate, null, 3)]
    public void Evaluate_D4PoliceRecordWithin30DaysOfChange_EveryState(string today, string? filedOn, ObligationState state, int? daysLeft, int? daysLate)
    {
        var site = Site($$"""
            { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Number": "京公网安备11010502030143号" },
              "Changes": [ { "Filing": "Police", "EffectiveOn": "2024-07-01", "FiledOn": {{Json(filedOn)}} } ] }
            """);

        var d4 = Get(Evaluate(site, today), "D4");

        AssertObligation(d4, state, "2024-07-31", daysLeft, daysLate, filedOn);
        Assert.Equal("change effective 2024-07-01", d4.Subject?.En);
    }

    [Theory]
    [InlineData("2024-08-01", null, Pending, 31, null)]
    [InlineData("2024-08-24", null, Pending, 8, null)]
    [InlineData("2024-08-25", null, DueSoon, 7, null)]
    [InlineData("2024-09-01", null, DueSoon, 0, null)]
    [InlineData("2024-09-02", null, Overdue, null, 1)]
    [InlineData("2024-10-15", null, Overdue, null, 44)]
    [InlineData("2024-09-15", "2024-09-01", Done, null, null)]
    [InlineData("2024-09-15", "2024-08-20", Done, null, null)]
    [InlineData("2024-10-02", "2024-09-03", DoneLate, null, 2)]
    public void Evaluate_D5IcpChange30DaysBeforeItTakesEffect_EveryState(string today, string? filedOn, ObligationState state, int? daysLeft, int? daysLate)
    {
        var site = Site($$"""
            { "Icp": { "Number": "京ICP备12345678号-1" },
              "Changes": [ { "Filing": "Icp", "EffectiveOn": "2024-10-01", "FiledOn": {{Json(filedOn)}} } ] }
            """);

        var d5 = Get(Evaluate(site, today), "D5");

        AssertObligation(d5, state, "2024-09-01", daysLeft, daysLate, filedOn);
        Assert.Equal("change effective 2024-10-01", d5.Subject?.En);
    }

    [Fact]
    public void Evaluate_NoChanges_D4AndD5NotApplicable()
    {
        var result = Evaluate(Site(Launched("2024-03-01")), "2024-03-10");

        AssertObligation(Get(result, "D4"), NotApplicable, due: null);
        AssertObligation(Get(result, "D5"), NotApplicable, due: null);
    }

    [Fact]
    public void Evaluate_OnlyAnIcpChange_D4StaysNotApplicable()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Changes": [ { "Filing": "Icp", "EffectiveOn": "2024-10-01" } ] }""");

        var result = Evaluate(site, "2024-09-01");

        AssertObligation(Get(result, "D4"), NotApplicable, due: null);
        Assert.Single(result.Obligations, o => o.Id == "D5");
    }

    [Theory]
    [InlineData("2024-03-01", "2024-01-31")] // 30 days before 1 March 2024 crosses 29 February
    [InlineData("2023-03-01", "2023-01-30")] // and 28 February
    [InlineData("2025-01-15", "2024-12-16")] // across a year end
    public void Evaluate_D5AcrossMonthAndYearEnds_IsChangeMinus30CalendarDays(string effectiveOn, string due)
    {
        var site = Site($$"""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Changes": [ { "Filing": "Icp", "EffectiveOn": "{{effectiveOn}}" } ] }""");

        Assert.Equal(due, Text(Get(Evaluate(site, "2023-01-01"), "D5").Due));
    }

    [Fact]
    public void Evaluate_SeveralChanges_OneObligationEachWithItsSubject_InEffectiveOrder()
    {
        var site = Site("""
            { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Number": "京公网安备11010502030143号" },
              "Changes": [
                { "Filing": "Icp", "EffectiveOn": "2024-12-01" },
                { "Filing": "Police", "EffectiveOn": "2024-09-01" },
                { "Filing": "Police", "EffectiveOn": "2024-07-01", "FiledOn": "2024-07-20" },
                { "Filing": "Icp", "EffectiveOn": "2024-10-01", "FiledOn": "2024-09-03" } ] }
            """);

        var result = Evaluate(site, "2024-09-20");

        var d4 = result.Obligations.Where(o => o.Id == "D4").ToList();
        var d5 = result.Obligations.Where(o => o.Id == "D5").ToList();
        Assert.Equal(["change effective 2024-07-01", "change effective 2024-09-01"], d4.Select(o => o.Subject?.En));
        AssertObligation(d4[0], Done, "2024-07-31", doneOn: "2024-07-20");
        AssertObligation(d4[1], Pending, "2024-10-01", daysLeft: 11);
        Assert.Equal(["change effective 2024-10-01", "change effective 2024-12-01"], d5.Select(o => o.Subject?.En));
        AssertObligation(d5[0], DoneLate, "2024-09-01", daysLate: 2, doneOn: "2024-09-03");
        AssertObligation(d5[1], Pending, "2024-11-01", daysLeft: 42);
        Assert.All(result.Obligations.Where(o => o.Id is not ("D4" or "D5")), o => Assert.Null(o.Subject));
    }

    [Fact]
    public void Evaluate_ChangesOnTheSameDay_KeepTheirOrderInTheConfiguration()
    {
        var site = Site("""
            { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Number": "京公网安备11010502030143号" },
              "Changes": [
                { "Filing": "Police", "EffectiveOn": "2024-09-01", "FiledOn": "2024-09-05" },
                { "Filing": "Police", "EffectiveOn": "2024-08-01" },
                { "Filing": "Police", "EffectiveOn": "2024-09-01" },
                { "Filing": "Police", "EffectiveOn": "2024-09-01", "FiledOn": "2024-09-02" } ] }
            """);

        var d4 = Evaluate(site, "2024-09-20").Obligations.Where(o => o.Id == "D4").ToList();

        Assert.Equal(["2024-08-01", "2024-09-01", "2024-09-01", "2024-09-01"], d4.Select(o => o.Subject!.En[^10..]));
        Assert.Equal([null, "2024-09-05", null, "2024-09-02"], d4.Select(o => o.DoneOn?.ToString("uuuu-MM-dd", null)));
    }
}

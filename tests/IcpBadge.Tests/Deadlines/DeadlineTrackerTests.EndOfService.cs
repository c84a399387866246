using IcpBadge.Deadlines;

namespace IcpBadge.Tests.Deadlines;

/// <summary>
/// D7 (ICP filing cancelled on the day the service ends) and D8 (police record revoked within 5 working days after
/// it): working days are Monday–Friday minus the optional <c>HolidaysFile</c>.
/// </summary>
public sealed partial class DeadlineTrackerTests
{
    [Theory]
    [InlineData("2024-07-01", null, Pending, 32, null)]
    [InlineData("2024-07-25", null, Pending, 8, null)]
    [InlineData("2024-07-26", null, DueSoon, 7, null)]
    [InlineData("2024-08-02", null, DueSoon, 0, null)]
    [InlineData("2024-08-03", null, Overdue, null, 1)]
    [InlineData("2024-08-05", "2024-08-02", Done, null, null)]
    [InlineData("2024-08-05", "2024-07-15", Done, null, null)]
    [InlineData("2024-08-10", "2024-08-06", DoneLate, null, 4)]
    public void Evaluate_D7IcpCancelledOnTheEndDay_EveryState(string today, string? cancelledOn, ObligationState state, int? daysLeft, int? daysLate)
    {
        var site = Site($$"""{ "Site": { "EndsOn": "2024-08-02" }, "Icp": { "Number": "京ICP备12345678号-1", "CancelledOn": {{Json(cancelledOn)}} } }""");

        AssertObligation(Get(Evaluate(site, today), "D7"), state, "2024-08-02", daysLeft, daysLate, cancelledOn);
    }

    [Fact]
    public void Evaluate_D7AndD8NoEndDate_NotApplicable()
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Number": "京公网安备11010502030143号" } }""");

        var result = Evaluate(site, "2024-08-05");

        AssertObligation(Get(result, "D7"), NotApplicable, due: null);
        AssertObligation(Get(result, "D8"), NotApplicable, due: null);
    }

    [Theory]
    [InlineData("2024-07-20", null, Pending, 20, null)]
    [InlineData("2024-08-01", null, Pending, 8, null)]
    [InlineData("2024-08-02", null, DueSoon, 7, null)]
    [InlineData("2024-08-09", null, DueSoon, 0, null)]
    [InlineData("2024-08-10", null, Overdue, null, 1)]
    [InlineData("2024-08-12", "2024-08-09", Done, null, null)]
    [InlineData("2024-08-20", "2024-08-13", DoneLate, null, 4)]
    public void Evaluate_D8PoliceRevokedWithin5WorkingDays_EveryState(string today, string? revokedOn, ObligationState state, int? daysLeft, int? daysLate)
    {
        var site = Site($$"""
            { "Site": { "EndsOn": "2024-08-02" }, "Icp": { "Number": "京ICP备12345678号-1" },
              "Police": { "Number": "京公网安备11010502030143号", "RevokedOn": {{Json(revokedOn)}} } }
            """);

        AssertObligation(Get(Evaluate(site, today), "D8"), state, "2024-08-09", daysLeft, daysLate, revokedOn);
    }

    [Theory]
    [InlineData("""{ "Number": "京公网安备11010502030143号" }""")]
    [InlineData("""{ "SubmittedOn": "2024-03-05" }""")]
    [InlineData("""{ "ApprovedOn": "2024-03-20" }""")]
    public void Evaluate_D8AnyTraceOfAPoliceFiling_Applies(string police)
    {
        var site = Site($$"""{ "Site": { "EndsOn": "2024-08-02" }, "Icp": { "Number": "京ICP备12345678号-1" }, "Police": {{police}} }""");

        AssertObligation(Get(Evaluate(site, "2024-08-02"), "D8"), DueSoon, "2024-08-09", daysLeft: 7);
    }

    [Fact]
    public void Evaluate_D8NoPoliceFiling_NotApplicable_ButD7Applies()
    {
        var site = Site("""{ "Site": { "EndsOn": "2024-08-02" }, "Icp": { "Number": "京ICP备12345678号-1" } }""");

        var result = Evaluate(site, "2024-08-02");

        AssertObligation(Get(result, "D8"), NotApplicable, due: null);
        AssertObligation(Get(result, "D7"), DueSoon, "2024-08-02", daysLeft: 0);
    }

    [Theory]
    [InlineData("2024-08-02", "", "2024-08-09")]                         // Friday: Mon–Fri of the next week
    [InlineData("2024-08-03", "", "2024-08-09")]                         // Saturday: the weekend does not count
    [InlineData("2024-08-04", "", "2024-08-09")]                         // Sunday
    [InlineData("2024-08-05", "", "2024-08-12")]                         // Monday: Tue–Fri, then Monday
    [InlineData("2024-08-02", "2024-08-05", "2024-08-12")]               // the seed's holiday case
    [InlineData("2024-08-02", "2024-08-10\n2024-08-11", "2024-08-09")]   // holidays on a weekend change nothing
    [InlineData("2024-09-27", "2024-10-01\n2024-10-02\n2024-10-03\n2024-10-04\n2024-10-07", "2024-10-11")] // National Day week
    [InlineData("2024-12-27", "2025-01-01", "2025-01-06")]               // across a year end
    public void Evaluate_D8WithHolidaysFile_SkipsWeekendsAndListedDays(string endsOn, string holidays, string due)
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-holidays-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "holidays.txt"), holidays + "\n");
            var site = Site(
                $$"""
                { "Site": { "EndsOn": "{{endsOn}}" }, "Icp": { "Number": "京ICP备12345678号-1" },
                  "Police": { "Number": "京公网安备11010502030143号" }, "HolidaysFile": "holidays.txt" }
                """,
                folder.FullName);

            var d8 = Get(Evaluate(site, "2024-01-01"), "D8");

            Assert.Equal(due, Text(d8.Due));
            Assert.Empty(d8.Notes);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Evaluate_D8HolidaysFileWithABadLine_ThrowsFormatExceptionNamingFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-holidays-");
        try
        {
            var path = Path.Combine(folder.FullName, "holidays.txt");
            File.WriteAllText(path, "2024-08-05\n2024-13-01\n");
            var site = Site(
                """
                { "Site": { "EndsOn": "2024-08-02" }, "Icp": { "Number": "京ICP备12345678号-1" },
                  "Police": { "Number": "京公网安备11010502030143号" }, "HolidaysFile": "holidays.txt" }
                """,
                folder.FullName);

            var exception = Assert.Throws<HolidayFileFormatException>(() => Evaluate(site, "2024-08-02"));

            Assert.Contains(path + ":2:", exception.Message, StringComparison.Ordinal);
            Assert.Contains("2024-13-01", exception.Message, StringComparison.Ordinal);
            Assert.Equal(exception.Text.En, exception.Message);
            Assert.Equal(path + ":2：“2024-13-01”不是日期：每行写一个 YYYY-MM-DD 格式的日期。", exception.Text.Zh);
            Assert.Equal(2, exception.Line);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void HolidayCalendar_WeekendsOnly_HasNoListAndSkipsOnlyWeekends()
    {
        var calendar = HolidayCalendar.WeekendsOnly;

        Assert.False(calendar.HasHolidayList);
        Assert.True(calendar.IsWorkingDay(Date("2024-10-01")));
        Assert.False(calendar.IsWorkingDay(Date("2024-08-03")));
        Assert.False(calendar.IsWorkingDay(Date("2024-08-04")));
        Assert.Equal(Date("2024-08-02"), calendar.AddWorkingDays(Date("2024-08-02"), 0));
        Assert.Equal(Date("2024-08-05"), calendar.AddWorkingDays(Date("2024-08-02"), 1));
    }
}

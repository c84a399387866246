using IcpBadge.Deadlines;

namespace IcpBadge.Tests.Deadlines;

/// <summary>
/// D6 (also filed on wa.police.sh.cn within 30 days of launch) and D9 (a written explanation within 30 days of a police
/// notice): Shanghai only, judged by <c>Police.Province</c> — where the police filing is made — not by the ICP number.
/// </summary>
public sealed partial class DeadlineTrackerTests
{
    [Theory]
    [InlineData("2024-03-01", null, Pending, 30, null)]
    [InlineData("2024-03-23", null, Pending, 8, null)]
    [InlineData("2024-03-24", null, DueSoon, 7, null)]
    [InlineData("2024-03-31", null, DueSoon, 0, null)]
    [InlineData("2024-04-01", null, Overdue, null, 1)]
    [InlineData("2024-04-10", "2024-03-31", Done, null, null)]
    [InlineData("2024-04-10", "2024-04-06", DoneLate, null, 6)]
    public void Evaluate_D6ShanghaiPlatformWithin30DaysOfLaunch_EveryState(string today, string? shanghaiSubmittedOn, ObligationState state, int? daysLeft, int? daysLate)
    {
        var site = Site($$"""
            { "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "沪ICP备12345678号-1" },
              "Police": { "ShanghaiSubmittedOn": {{Json(shanghaiSubmittedOn)}} } }
            """);

        AssertObligation(Get(Evaluate(site, today), "D6"), state, "2024-03-31", daysLeft, daysLate, shanghaiSubmittedOn);
    }

    [Theory]
    [InlineData("京ICP备12345678号-1", "\"Province\": \"上海\",", "上海")]                     // operated in Shanghai, filed with MIIT in Beijing
    [InlineData("京ICP备12345678号-1", "\"Number\": \"沪公网安备31011502000001号\",", "上海")] // the police number's province
    [InlineData("沪ICP备12345678号-1", "", "上海")]                                                  // defaults to the ICP number's province
    [InlineData("沪ICP备12345678号-1", "\"Province\": \"北京\",", "北京")]                     // Shanghai ICP, police filing in Beijing
    [InlineData("沪ICP备12345678号-1", "\"Number\": \"京公网安备11010502030143号\",", "北京")]
    [InlineData("京ICP备12345678号-1", "", "北京")]
    public void Evaluate_D6AndD9_ApplyOnlyWhenThePoliceProvinceIsShanghai(string icpNumber, string police, string policeProvince)
    {
        var site = Site($$"""
            { "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "{{icpNumber}}" },
              "Police": { {{police}} "NoticeOn": "2024-03-20" } }
            """);

        var result = Evaluate(site, "2024-03-21");

        Assert.Equal(policeProvince, site.PoliceProvince.Name);
        if (policeProvince == "上海")
        {
            AssertObligation(Get(result, "D6"), Pending, "2024-03-31", daysLeft: 10);
            AssertObligation(Get(result, "D9"), Pending, "2024-04-19", daysLeft: 29);
        }
        else
        {
            AssertObligation(Get(result, "D6"), NotApplicable, due: null);
            AssertObligation(Get(result, "D9"), NotApplicable, due: null);
        }
    }

    [Fact]
    public void Evaluate_D6ShanghaiNotLaunched_NotApplicable()
    {
        var site = Site("""{ "Icp": { "Number": "沪ICP备12345678号-1" } }""");

        AssertObligation(Get(Evaluate(site, "2024-03-21"), "D6"), NotApplicable, due: null);
    }

    [Theory]
    [InlineData("2024-05-06", null, null, Pending, 30, null, null)]
    [InlineData("2024-05-28", null, null, Pending, 8, null, null)]
    [InlineData("2024-05-29", null, null, DueSoon, 7, null, null)]
    [InlineData("2024-06-05", null, null, DueSoon, 0, null, null)]
    [InlineData("2024-06-06", null, null, Overdue, null, 1, null)]
    [InlineData("2024-06-20", null, "2024-06-01", Done, null, null, "2024-06-01")]
    [InlineData("2024-06-20", "2024-05-20", null, Done, null, null, "2024-05-20")]
    [InlineData("2024-06-20", "2024-06-15", "2024-06-05", Done, null, null, "2024-06-05")]
    [InlineData("2024-06-20", null, "2024-06-08", DoneLate, null, 3, "2024-06-08")]
    [InlineData("2024-06-20", "2024-06-10", null, DoneLate, null, 5, "2024-06-10")]
    public void Evaluate_D9ExplanationWithin30DaysOfAPoliceNotice_EveryState(
        string today, string? submittedOn, string? explanationOn, ObligationState state, int? daysLeft, int? daysLate, string? doneOn)
    {
        var site = Site($$"""
            { "Icp": { "Number": "沪ICP备12345678号-1" },
              "Police": { "NoticeOn": "2024-05-06", "SubmittedOn": {{Json(submittedOn)}}, "ExplanationOn": {{Json(explanationOn)}} } }
            """);

        AssertObligation(Get(Evaluate(site, today), "D9"), state, "2024-06-05", daysLeft, daysLate, doneOn);
    }

    [Fact]
    public void Evaluate_D9AlreadyFiledBeforeTheNotice_NotApplicable()
    {
        var site = Site("""{ "Icp": { "Number": "沪ICP备12345678号-1" }, "Police": { "SubmittedOn": "2024-04-20", "NoticeOn": "2024-05-06" } }""");

        AssertObligation(Get(Evaluate(site, "2024-05-10"), "D9"), NotApplicable, due: null);
    }

    [Fact]
    public void Evaluate_D9NoNotice_NotApplicable()
    {
        var site = Site("""{ "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "沪ICP备12345678号-1" } }""");

        AssertObligation(Get(Evaluate(site, "2024-05-10"), "D9"), NotApplicable, due: null);
    }
}

using IcpBadge.Deadlines;

namespace IcpBadge.Tests.Deadlines;

/// <summary>
/// D2 for a site that has its police number but no dates (what <c>icp-badge init --police-number</c> used to write): a
/// number is issued only when the filing is approved, so D2 is done, on a day not known, and a note asks for
/// <c>Police.ApprovedOn</c> so that D3 can be tracked. It is never "due soon" or "overdue".
/// </summary>
public sealed partial class DeadlineTrackerTests
{
    private const string PoliceNumberOnly = """
        { "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2024-03-01" },
          "Police": { "Number": "京公网安备11010502030143号" {{approved}} } }
        """;

    [Theory]
    [InlineData("2024-03-25")] // 6 days before the due date: would be due soon
    [InlineData("2024-03-31")] // the due date itself
    [InlineData("2024-06-01")] // long past it: would be overdue
    public void Evaluate_D2WithOnlyAPoliceNumber_IsDoneOnAnUnknownDay_AndAsksForTheApprovalDate(string today)
    {
        var site = Site(PoliceNumberOnly.Replace("{{approved}}", string.Empty, StringComparison.Ordinal));

        var result = Evaluate(site, today);
        var d2 = Get(result, "D2");

        AssertObligation(d2, Done, "2024-03-31");
        Assert.False(result.AnyOverdue);
        Assert.False(result.AnyDueSoon);
        Assert.Equal(
            ["counted from launch (Site:LaunchedOn)", "Police:Number is set, so the police filing was approved (date unknown): add Police:ApprovedOn so that showing the police badge (D3) can be tracked"],
            d2.Notes.Select(n => n.En));
        Assert.Contains("Police:ApprovedOn", d2.Notes[1].Zh, StringComparison.Ordinal);
        AssertObligation(Get(result, "D3"), NotApplicable, due: null);
    }

    [Fact]
    public void Evaluate_D2WithAPoliceNumberAndItsApprovalDate_IsDone_AndD3IsTracked()
    {
        var site = Site(PoliceNumberOnly.Replace("{{approved}}", """, "ApprovedOn": "2024-03-20" """, StringComparison.Ordinal));

        var result = Evaluate(site, "2024-04-15");
        var d2 = Get(result, "D2");

        AssertObligation(d2, Done, "2024-03-31");
        Assert.Equal(["counted from launch (Site:LaunchedOn)"], d2.Notes.Select(n => n.En));
        AssertObligation(Get(result, "D3"), DueSoon, "2024-04-19", daysLeft: 4);
    }

    [Fact]
    public void Evaluate_D2WithASubmissionDate_UsesItEvenWithAPoliceNumber()
    {
        var site = Site("""
            { "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "京ICP备12345678号-1" },
              "Police": { "Number": "京公网安备11010502030143号", "SubmittedOn": "2024-04-03" } }
            """);

        AssertObligation(Get(Evaluate(site, "2024-04-15"), "D2"), DoneLate, "2024-03-31", daysLate: 3, doneOn: "2024-04-03");
    }
}

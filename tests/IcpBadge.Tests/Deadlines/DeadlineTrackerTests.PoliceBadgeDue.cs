using IcpBadge.Configuration;
using IcpBadge.Deadlines;

namespace IcpBadge.Tests.Deadlines;

/// <summary>The D3 due date has one API, <see cref="PoliceBadgeDue"/>, and the tracker's D3 is that date.</summary>
public sealed partial class DeadlineTrackerTests
{
    [Theory]
    [InlineData("2024-06-03", "2024-07-03")]
    [InlineData("2024-01-31", "2024-03-01")]
    [InlineData(null, null)]
    public void PoliceBadgeDue_IsApprovalPlus30Days_AndIsTheTrackersD3(string? approvedOn, string? due)
    {
        var site = Site($$"""
            { "Icp": { "Number": "京ICP备12345678号-1" },
              "Police": { "Number": "京公网安备11010502030143号", "ApprovedOn": {{Json(approvedOn)}} } }
            """);

        Assert.Equal(due, PoliceBadgeDue.For(site) is { } date ? IsoDate.Format(date) : null);
        Assert.Equal(PoliceBadgeDue.For(site), Get(Evaluate(site, "2024-06-10"), "D3").Due);
    }

    [Theory]
    [InlineData("2024-07-03", false)]
    [InlineData("2024-07-04", true)]
    public void PoliceBadgeDue_IsPastDue_FromTheDayAfterTheDueDate(string today, bool pastDue)
    {
        var site = Site("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "ApprovedOn": "2024-06-03" } }""");

        Assert.Equal(pastDue, PoliceBadgeDue.IsPastDue(site, NodaTime.Text.LocalDatePattern.Iso.Parse(today).Value));
    }
}

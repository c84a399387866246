using IcpBadge.Deadlines;
using IcpBadge.Verification.Tests.Support;
using NodaTime;

namespace IcpBadge.Verification.Tests;

/// <summary>The verifier's "police badge past due" is the tracker's D3 deadline: one due date, from the core.</summary>
public sealed class PoliceBadgeDeadlineTests
{
    [Fact]
    public void PastDue_IsTheD3DeadlineOfThatDay_InAnyOrderOfDays()
    {
        var profile = Fixture.Config();
        var clock = SystemClock.Instance;
        var start = new LocalDate(2026, 1, 15);
        var days = Enumerable.Range(0, 90).Select(start.PlusDays).ToList();

        // Forwards, backwards and forwards again: each answer is for the day asked, not the day asked before.
        foreach (var day in days.Concat(Enumerable.Reverse(days)).Concat(days))
        {
            var due = new DeadlineTracker(clock).Evaluate(profile, day).Obligations.Single(o => o.Id == "D3").Due;
            Assert.Equal(due < day, PoliceBadgeDeadline.PastDue(profile, day));
        }
    }

    [Fact]
    public void PastDue_IsFalse_WithoutAProfileOrAPoliceApproval()
    {
        Assert.False(PoliceBadgeDeadline.PastDue(null, Fixture.Today));
        Assert.False(PoliceBadgeDeadline.PastDue(Fixture.Config(o => o.Police.ApprovedOn = null), Fixture.Today));
    }
}

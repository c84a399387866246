using IcpBadge.Deadlines;
using IcpBadge.Deadlines.Reports;
using IcpBadge.Tests.Support;
using NodaTime;

namespace IcpBadge.Tests.Deadlines;

/// <summary><see cref="DeadlineRow"/>, <see cref="DeadlineTally"/> and <see cref="DeadlinesTextWriter"/>: the plain text deadlines report.</summary>
public sealed class DeadlinesTextReportTests
{
    private static readonly LocalDate Today = new(2026, 11, 24);

    private static readonly string Folder = Path.Combine(GoldenFiles.ProjectDirectory, "Deadlines", "Fixtures");

    [Fact]
    public void Write_IsByteForByteWhatTheCliWrote()
    {
        using var output = new StringWriter { NewLine = "\n" };

        DeadlinesTextWriter.Write(output, Today, Evaluate("long-chinese.json", "escapes-and-astral.json", "guangdong.json"));

        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "three-sites.txt")), output.ToString());
    }

    [Fact]
    public void ByUrgency_PutsTheMostDaysLateFirst_AndLeavesOutWhatDoesNotApply()
    {
        var sites = Evaluate("long-chinese.json", "escapes-and-astral.json", "guangdong.json");

        var rows = DeadlineRow.ByUrgency(sites).ToList();

        Assert.DoesNotContain(rows, row => row.Obligation.State == ObligationState.NotApplicable);
        var ranks = rows.Select(row => row.Obligation.State switch
        {
            ObligationState.Overdue => 0,
            ObligationState.DueSoon => 1,
            ObligationState.Pending => 2,
            ObligationState.DoneLate => 3,
            _ => 4,
        }).ToList();
        Assert.Equal(ranks.Order(), ranks);
        var overdue = rows.Where(row => row.Obligation.State == ObligationState.Overdue).Select(row => row.Obligation.DaysLate!.Value).ToList();
        Assert.Equal(overdue.OrderDescending(), overdue);
    }

    [Fact]
    public void Row_OverdueObligation_SaysHowLate()
    {
        var row = DeadlineRow.ByUrgency(Evaluate("guangdong.json")).First(r => r.Obligation.State == ObligationState.Overdue);

        Assert.StartsWith($"{row.Obligation.DaysLate} day(s) late", row.Detail, StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row.DueText);
        Assert.StartsWith(row.Obligation.Definition.Title, row.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_CountsEachStateAndTheSites()
    {
        var sites = Evaluate("long-chinese.json", "guangdong.json");
        var all = sites.SelectMany(s => s.Obligations).ToList();

        var tally = DeadlineTally.Of(sites);

        Assert.Equal(2, tally.Sites);
        Assert.Equal(all.Count(o => o.State == ObligationState.Overdue), tally.Overdue);
        Assert.Equal(all.Count(o => o.State is ObligationState.Done or ObligationState.DoneLate), tally.Done);
        Assert.Equal($"2 site(s): {tally.Overdue} overdue, {tally.DueSoon} due soon, {tally.Pending} pending, {tally.Done} done.", tally.ToString());
    }

    private static List<SiteDeadlines> Evaluate(params string[] configs)
    {
        var clock = TestProfiles.ChinaNoon(Today);
        var tracker = new DeadlineTracker(clock, new DeadlineOptions { WarnDays = 7 });
        return [.. configs.Select(config =>
        {
            var result = TestProfiles.FromJsonFile(Path.Combine(Folder, config));
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Problems));
            return tracker.Evaluate(result.Profile, Today);
        })];
    }
}

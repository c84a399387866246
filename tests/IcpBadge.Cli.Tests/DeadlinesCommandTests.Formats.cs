using System.Text;
using Ical.Net;

namespace IcpBadge.Cli.Tests;

/// <summary><c>deadlines --format csv|ics|text</c>.</summary>
public sealed partial class DeadlinesCommandTests
{
    private const string CsvHeader = "site,icpNumber,id,obligation,subject,due,state,daysLeft,daysLate,doneOn,stricterDue,source";

    // ---- CSV -------------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Csv_HeaderAndOneRowPerApplicableObligation_RfcQuoting()
    {
        var config = Write("icpbadge.json", EveryState);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "csv");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("\r\n", result.Out, StringComparison.Ordinal);
        var lines = result.Out.Split("\r\n")[..^1];
        Assert.Equal(CsvHeader, lines[0]);
        Assert.Equal(
            [
                "乙站,京ICP备87654321号-1,D1,ICP number shown on the site,,2026-10-01,DoneLate,,2,2026-10-03,,\"MII (now MIIT) Order No. 33 (2005), art. 13\"",
                "乙站,京ICP备87654321号-1,D2,Police filing submitted,,2026-10-31,Done,,,2026-10-20,,\"MPS Order No. 33 (1997), art. 12 (it counts from the network's connection and names legal persons and organisations; the platform applies the 30 days from launch to every site)\"",
                "乙站,京ICP备87654321号-1,D3,Police badge shown (number + emblem + link),,2026-11-19,Overdue,,5,,,\"The National Internet Security Management Service Platform's requirement, as relayed by the cloud providers' guides: show the number and emblem at the bottom of the page within 30 days of approval\"",
                "乙站,京ICP备87654321号-1,D4,Police record updated after a change of details,change effective 2026-11-01,2026-12-01,DueSoon,7,,,,\"Platform's cybersecurity responsibility notice, item 6\"",
                "乙站,京ICP备87654321号-1,D4,Police record updated after a change of details,change effective 2026-12-20,2027-01-19,Pending,56,,,,\"Platform's cybersecurity responsibility notice, item 6\"",
                "乙站,京ICP备87654321号-1,D5,ICP filing change submitted before the change takes effect,change effective 2027-03-01,2027-01-30,Pending,67,,,,\"MII (now MIIT) Order No. 33, art. 14\"",
            ],
            lines[1..]);
        Assert.All(lines, l => Assert.Equal(12, ParseCsvLine(l).Count));
    }

    [Fact]
    public async Task Csv_CommasQuotesAndFormulaLookingNames_AreQuotedAndGuarded()
    {
        var inventory = Write("sites.json", """
            { "Sites": [
                { "Site": { "Name": "示例, Inc.", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2026-11-01" } },
                { "Site": { "Name": "=HYPERLINK(\"https://evil.example\",\"点我\")", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备12345678号-2", "DisplayedOn": "2026-11-01" } },
                { "Site": { "Name": "+86 热线", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备12345678号-3", "DisplayedOn": "2026-11-01" } },
                { "Site": { "Name": "@SUM(1+1)", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备12345678号-4", "DisplayedOn": "2026-11-01" } },
                { "Site": { "Name": "-1 站", "LaunchedOn": "2026-11-01", "ConnectedOn": "2026-10-25" }, "Icp": { "Number": "京ICP备12345678号-5", "DisplayedOn": "2026-11-01" } }
            ] }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "csv");

        var lines = result.Out.Split("\r\n")[1..^1];
        Assert.StartsWith("\"示例, Inc.\",京ICP备12345678号-1,D1,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"点我\"\")\",京ICP备12345678号-2,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("'+86 热线,", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("'@SUM(1+1),", lines[6], StringComparison.Ordinal);
        Assert.StartsWith("'-1 站,", lines[8], StringComparison.Ordinal);
        var names = lines.Select(l => ParseCsvLine(l)[0]).Distinct().ToList();
        Assert.Equal(["示例, Inc.", "'=HYPERLINK(\"https://evil.example\",\"点我\")", "'+86 热线", "'@SUM(1+1)", "'-1 站"], names);
        Assert.All(names, n => Assert.DoesNotContain(n[0], "=+-@"));
        var stricter = ParseCsvLine(lines[9]);
        Assert.Equal(("D2", "2026-12-01", "2026-11-24"), (stricter[2], stricter[5], stricter[10]));
    }

    // ---- iCalendar ---------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Ics_OneAllDayEventPerOpenObligation_OnItsDueDate_WithAReminderWarnDaysBefore()
    {
        var inventory = Write("sites.json", Inventory(SpecSite, EveryStateSite));

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "ics", "--warn-days", "3");

        var calendar = Calendar.Load(result.Out);
        Assert.NotNull(calendar);
        var events = calendar.Events.OrderBy(e => e.Summary, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "D2 Police filing submitted - 示例网站 2026-12-01",
                "D3 Police badge shown (number + emblem + link) - 乙站 2026-11-19",
                "D4 Police record updated after a change of details - 乙站 2026-12-01",
                "D4 Police record updated after a change of details - 乙站 2027-01-19",
                "D5 ICP filing change submitted before the change takes effect - 乙站 2027-01-30",
            ],
            events.Select(e => $"{e.Summary} {e.DtStart!.Date:yyyy-MM-dd}"));
        Assert.All(events, e =>
        {
            Assert.False(e.DtStart!.HasTime);
            Assert.False(e.DtEnd!.HasTime);
            Assert.Equal(e.DtStart.Date.AddDays(1), e.DtEnd.Date);
            var alarm = Assert.Single(e.Alarms);
            Assert.Equal("DISPLAY", alarm.Action);
            Assert.Equal("-P3D", alarm.Trigger!.Duration.ToString());
        });
        Assert.Equal(5, result.Out.Split("\r\n").Count(l => l == "TRIGGER:-P3D"));
        Assert.Equal(5, events.Select(e => e.Uid).Distinct().Count());
        Assert.Contains("(China time)", events[0].Description, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Ics_DefaultWarnDays_TriggersSevenDaysBefore()
    {
        var config = Write("icpbadge.json", SpecExample);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "ics");

        var calendarEvent = Assert.Single(Calendar.Load(result.Out)!.Events);
        Assert.Equal("-P7D", Assert.Single(calendarEvent.Alarms).Trigger!.Duration.ToString());
    }

    [Fact]
    public async Task Ics_Uids_StableAcrossDaysAndSiteOrder_DistinctPerObligationAndSite()
    {
        var forward = Write("forward.json", Inventory(SpecSite, EveryStateSite));
        var backward = Write("backward.json", Inventory(EveryStateSite, SpecSite));

        var first = await CliRunner.RunAsync("deadlines", "--inventory", forward, "--today", Today, "--format", "ics");
        var second = await CliRunner.RunAsync("deadlines", "--inventory", backward, "--today", "2026-11-25", "--format", "ics");

        var firstEvents = Calendar.Load(first.Out)!.Events.ToDictionary(e => e.Uid!, e => $"{e.Summary} {e.DtStart!.Date:yyyy-MM-dd}");
        var secondEvents = Calendar.Load(second.Out)!.Events.ToDictionary(e => e.Uid!, e => $"{e.Summary} {e.DtStart!.Date:yyyy-MM-dd}");
        Assert.Equal(5, firstEvents.Count);
        Assert.Equal(firstEvents.OrderBy(p => p.Key, StringComparer.Ordinal), secondEvents.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.All(firstEvents.Keys, uid => Assert.Matches("^d[0-9]+-[0-9a-f]{24}@icp-badge$", uid));

        // The same obligation of another site (D2 of a second Beijing site) gets its own UID.
        var other = Write("other.json", Inventory(SpecSite, SpecSite.Replace("京ICP备12345678号-1", "京ICP备12345678号-2", StringComparison.Ordinal)));
        var twoSites = Calendar.Load((await CliRunner.RunAsync("deadlines", "--inventory", other, "--today", Today, "--format", "ics")).Out)!.Events;
        Assert.Equal(2, twoSites.Select(e => e.Uid).Distinct().Count());
        Assert.Contains(twoSites, e => firstEvents.ContainsKey(e.Uid!));
    }

    [Fact]
    public async Task Ics_DoneObligations_ProduceNoEvents()
    {
        var config = Write("icpbadge.json", """
            { "IcpBadge": { "Site": { "Name": "示例网站", "LaunchedOn": "2026-11-01" },
                            "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2026-11-03" },
                            "Police": { "SubmittedOn": "2026-11-10" } } }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "ics");

        Assert.Equal(0, result.ExitCode);
        var calendar = Calendar.Load(result.Out);
        Assert.NotNull(calendar);
        Assert.Empty(calendar.Events);
        Assert.Contains("BEGIN:VCALENDAR", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN:VEVENT", result.Out, StringComparison.Ordinal);
    }

    // ---- text --------------------------------------------------------------------------------------------------------

    /// <summary>Overdue (most days late first), due soon, pending (fewest days left first), done late, done; ties by due date, then site name.</summary>
    [Fact]
    public async Task Text_Redirected_PlainLinesMostUrgentFirst()
    {
        var inventory = Write("sites.json", Inventory(SpecSite, EveryStateSite));

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.DoesNotContain("[red]", result.Out, StringComparison.Ordinal);
        Assert.Equal(
            [
                "Filing obligations on 2026-11-24 (China time)",
                "Overdue      D3  2026-11-19 乙站: Police badge shown (number + emblem + link) - 5 day(s) late; no Police:Icon configured: the badge is incomplete without the emblem",
                "DueSoon      D4  2026-12-01 乙站: Police record updated after a change of details (change effective 2026-11-01) - 7 day(s) left",
                "DueSoon      D2  2026-12-01 示例网站: Police filing submitted - 7 day(s) left",
                "Pending      D4  2027-01-19 乙站: Police record updated after a change of details (change effective 2026-12-20) - 56 day(s) left",
                "Pending      D5  2027-01-30 乙站: ICP filing change submitted before the change takes effect (change effective 2027-03-01) - 67 day(s) left",
                "DoneLate     D1  2026-10-01 乙站: ICP number shown on the site - done 2026-10-03, 2 day(s) late",
                "Done         D2  2026-10-31 乙站: Police filing submitted - done 2026-10-20",
                "Done         D1  2026-11-01 示例网站: ICP number shown on the site - done 2026-11-01",
                "2 site(s): 1 overdue, 2 due soon, 2 pending, 3 done.",
            ],
            result.Out.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task Text_SeveralOverdue_MostDaysLateFirst_AndNotesShown()
    {
        var config = Write("icpbadge.json", """
            { "IcpBadge": { "Site": { "Name": "示例网站", "LaunchedOn": "2026-10-01" },
                            "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2026-09-20" },
                            "Police": { "ApprovedOn": "2026-10-10" } } }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today);

        var lines = result.OutLines;
        Assert.StartsWith("Overdue      D1  2026-10-01 ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Overdue      D2  2026-10-31 ", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("- 24 day(s) late; stricter reading: due 2026-10-20", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("Overdue      D3  2026-11-09 ", lines[3], StringComparison.Ordinal);
        Assert.Contains("no Police:Icon configured", lines[3], StringComparison.Ordinal);
        Assert.Contains("no Police:Number configured", lines[3], StringComparison.Ordinal);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    /// <summary>The SPEC example site as an inventory entry.</summary>
    private const string SpecSite = """
        { "Site": { "Name": "示例网站", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2026-11-01" } }
        """;

    /// <summary><see cref="EveryState"/> as an inventory entry.</summary>
    private static string EveryStateSite => EveryState.Trim()["{ \"IcpBadge\":".Length..^1];

    private static string Inventory(params string[] sites) => "{ \"Sites\": [ " + string.Join(", ", sites) + " ] }";

    /// <summary>Splits one RFC 4180 line into fields.</summary>
    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}

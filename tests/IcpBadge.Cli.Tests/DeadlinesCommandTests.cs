using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>icp-badge deadlines</c> with real files: <c>--config</c> (repeatable), <c>--inventory</c>, <c>--today</c>, the four
/// output formats and the exit codes of SPEC §5 (0 nothing overdue, 1 something overdue, 2 bad input).
/// </summary>
/// <remarks>This file: JSON, <c>--today</c>, options and exit codes. CSV, iCalendar and text are in the partial files beside it.</remarks>
public sealed partial class DeadlinesCommandTests : IDisposable
{
    private const string Today = "2026-11-24";

    /// <summary>SPEC §5's example: launched 2026-11-01, ICP number shown that day, no police submission yet.</summary>
    private const string SpecExample = """
        { "IcpBadge": {
            "Site": { "Name": "示例网站", "LaunchedOn": "2026-11-01" },
            "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2026-11-01" } } }
        """;

    /// <summary>
    /// On 2026-11-24: D1 DoneLate 2, D2 Done, D3 Overdue 5, D4 DueSoon 7 and Pending 56, D5 Pending 67; D6–D10 not applicable.
    /// </summary>
    private const string EveryState = """
        { "IcpBadge": {
            "Site": { "Name": "乙站", "LaunchedOn": "2026-10-01" },
            "Icp": { "Number": "京ICP备87654321号-1", "DisplayedOn": "2026-10-03" },
            "Police": { "Number": "京公网安备11010502030143号", "SubmittedOn": "2026-10-20", "ApprovedOn": "2026-10-20" },
            "Changes": [ { "Filing": "Police", "EffectiveOn": "2026-11-01" }, { "Filing": "Police", "EffectiveOn": "2026-12-20" },
                         { "Filing": "Icp", "EffectiveOn": "2027-03-01" } ] } }
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("icpbadge-deadlines-");

    public void Dispose() => _folder.Delete(recursive: true);

    // ---- JSON: SPEC §5 shape ------------------------------------------------------------------------------------

    /// <summary>
    /// SPEC §5 shows D2 of this site as <c>"Pending", "daysLeft": 7</c>, but SPEC §1.6 makes an obligation with at most
    /// WarnDays (default 7) left <c>DueSoon</c>. The normative rule wins: the tool says DueSoon with 7 days left; with
    /// <c>--warn-days 6</c> it prints exactly the SPEC example object.
    /// </summary>
    [Fact]
    public async Task Json_SpecExample_D2Due20261201With7DaysLeft_DueSoonByTheWarnDaysRule()
    {
        var config = Write("icpbadge.json", SpecExample);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "json");
        var withSixWarnDays = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "json", "--warn-days", "6");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var expected = JsonNode.Parse("""
            { "today": "2026-11-24", "sites": [ { "site": "示例网站", "obligations": [
                { "id": "D1", "due": "2026-11-01", "state": "Done" },
                { "id": "D2", "due": "2026-12-01", "state": "DueSoon", "daysLeft": 7 } ] } ] }
            """);
        Assert.True(JsonNode.DeepEquals(expected, WithoutTexts(JsonNode.Parse(result.Out)!)), result.Out);
        var specD2 = JsonNode.Parse("""{ "id": "D2", "due": "2026-12-01", "state": "Pending", "daysLeft": 7 }""");
        Assert.True(JsonNode.DeepEquals(specD2, WithoutTexts(JsonNode.Parse(withSixWarnDays.Out)!)["sites"]![0]!["obligations"]![1]), withSixWarnDays.Out);

        // The fields added with the second language: the title, the legal basis and the notes, each as { zh, en }.
        var d2 = JsonNode.Parse(result.Out)!["sites"]![0]!["obligations"]![1]!;
        Assert.Equal("提交公安联网备案", (string?)d2["title"]!["zh"]);
        Assert.Equal("Police filing submitted", (string?)d2["title"]!["en"]);
        Assert.Equal("《计算机信息网络国际联网安全保护管理办法》（公安部令第33号）第十二条", (string?)d2["source"]!["zh"]);
        Assert.StartsWith("MPS Order No. 33 (1997), art. 12", (string?)d2["source"]!["en"], StringComparison.Ordinal);
        Assert.Equal("counted from launch (Site:LaunchedOn)", (string?)d2["notes"]![0]!["en"]);
    }

    /// <summary>The report without the fields added with the second language, as the first JSON report was.</summary>
    private static JsonNode WithoutTexts(JsonNode report)
    {
        foreach (var site in report["sites"]!.AsArray())
        {
            foreach (var obligation in site!["obligations"]!.AsArray())
            {
                obligation!.AsObject().Remove("title");
                obligation.AsObject().Remove("source");
                obligation.AsObject().Remove("notes");
            }
        }

        return report;
    }

    [Fact]
    public async Task Json_EveryState_HasExactlyTheSpecKeys_AndOmitsNotApplicable()
    {
        var config = Write("icpbadge.json", EveryState);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["sites", "today"], Keys(root));
        Assert.Equal(Today, root.GetProperty("today").GetString());
        var site = Assert.Single(root.GetProperty("sites").EnumerateArray());
        Assert.Equal(["obligations", "site"], Keys(site));
        Assert.Equal("乙站", site.GetProperty("site").GetString());
        var obligations = site.GetProperty("obligations").EnumerateArray().ToList();
        Assert.Equal(
            ["D1 DoneLate 2026-10-01 late 2", "D2 Done 2026-10-31", "D3 Overdue 2026-11-19 late 5", "D4 DueSoon 2026-12-01 left 7", "D4 Pending 2027-01-19 left 56", "D5 Pending 2027-01-30 left 67"],
            obligations.Select(Summary));
        foreach (var obligation in obligations)
        {
            var state = obligation.GetProperty("state").GetString();
            string[] expected = state switch
            {
                "Pending" or "DueSoon" => ["daysLeft", "due", "id", "notes", "source", "state", "title"],
                "Overdue" or "DoneLate" => ["daysLate", "due", "id", "notes", "source", "state", "title"],
                _ => ["due", "id", "notes", "source", "state", "title"],
            };
            Assert.Equal(expected, Keys(obligation));
        }

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Json_RepeatedConfig_OneSiteEachInTheGivenOrder()
    {
        var first = Write("b.json", EveryState);
        var second = Write("a.json", SpecExample);

        var result = await CliRunner.RunAsync("deadlines", "-c", first, "--config", second, "--today", Today, "--format", "json");

        var sites = JsonNode.Parse(result.Out)!["sites"]!.AsArray();
        Assert.Equal(["乙站", "示例网站"], sites.Select(s => (string?)s!["site"]));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Json_SiteWithoutName_IsNamedByItsIcpNumber()
    {
        var config = Write("icpbadge.json", """{ "IcpBadge": { "Site": { "LaunchedOn": "2026-11-20" }, "Icp": { "Number": "京ICP备12345678号-3" } } }""");

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "json");

        Assert.Equal("京ICP备12345678号-3", (string?)JsonNode.Parse(result.Out)!["sites"]![0]!["site"]);
    }

    [Fact]
    public async Task Json_NothingApplies_EmptyObligations()
    {
        var config = Write("icpbadge.json", """{ "IcpBadge": { "Site": { "Name": "未上线" }, "Icp": { "Number": "京ICP备12345678号-1" } } }""");

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(JsonNode.Parse(result.Out)!["sites"]![0]!["obligations"]!.AsArray());
    }

    // ---- --today, the clock, --warn-days, --basis ------------------------------------------------------------------

    [Fact]
    public async Task Today_GivenExplicitly_OutputIgnoresTheClock()
    {
        var config = Write("icpbadge.json", EveryState);
        string[] args = ["deadlines", "--config", config, "--today", Today, "--format", "json"];

        var early = await CliRunner.RunAsync(new FakeClock(Instant.FromUtc(2020, 1, 1, 0, 0)), args);
        var late = await CliRunner.RunAsync(new FakeClock(Instant.FromUtc(2031, 6, 30, 23, 0)), args);

        Assert.Equal(early.Out, late.Out);
        Assert.Equal(Today, (string?)JsonNode.Parse(early.Out)!["today"]);
    }

    /// <summary>SPEC §1.6: a UTC server at 17:00 on 30 Nov is already 1 Dec in China.</summary>
    [Fact]
    public async Task Today_NotGiven_IsTheChinaDateOfTheClock()
    {
        var config = Write("icpbadge.json", SpecExample);
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 30, 17, 0));

        var result = await CliRunner.RunAsync(clock, "deadlines", "--config", config, "--format", "json");

        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal("2026-12-01", (string?)json["today"]);
        Assert.Equal("DueSoon", (string?)json["sites"]![0]!["obligations"]![1]!["state"]);
        Assert.Equal(0, (int?)json["sites"]![0]!["obligations"]![1]!["daysLeft"]);
        clock.Advance(Duration.FromDays(1));
        var nextDay = await CliRunner.RunAsync(clock, "deadlines", "--config", config, "--format", "json");
        Assert.Equal(1, nextDay.ExitCode);
        Assert.Equal(1, (int?)JsonNode.Parse(nextDay.Out)!["sites"]![0]!["obligations"]![1]!["daysLate"]);
    }

    [Theory]
    [InlineData("7", "DueSoon")]
    [InlineData("6", "Pending")]
    [InlineData("0", "Pending")]
    public async Task WarnDays_DecidesDueSoonOrPending(string warnDays, string state)
    {
        var config = Write("icpbadge.json", SpecExample);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "json", "--warn-days", warnDays);

        Assert.Equal(state, (string?)JsonNode.Parse(result.Out)!["sites"]![0]!["obligations"]![1]!["state"]);
    }

    [Theory]
    [InlineData("launch", "2026-12-01", 0)]
    [InlineData("icp-approval", "2026-11-19", 1)]
    [InlineData("earliest", "2026-11-19", 1)]
    public async Task Basis_ChoosesWhatD2CountsFrom(string basis, string due, int exitCode)
    {
        var config = Write("icpbadge.json", """
            { "IcpBadge": { "Site": { "Name": "示例网站", "LaunchedOn": "2026-11-01" },
                            "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2026-10-20", "DisplayedOn": "2026-11-01" } } }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "json", "--basis", basis);

        Assert.Equal(due, (string?)JsonNode.Parse(result.Out)!["sites"]![0]!["obligations"]![1]!["due"]);
        Assert.Equal(exitCode, result.ExitCode);
    }

    // ---- exit codes ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("ics")]
    public async Task ExitCode_SomethingOverdue_Is1InEveryFormat(string format)
    {
        var config = Write("icpbadge.json", EveryState);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", format);

        Assert.Equal(1, result.ExitCode);
        Assert.NotEmpty(result.Out);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task ExitCode_NothingOverdue_Is0EvenWithDoneLate()
    {
        var config = Write("icpbadge.json", """
            { "IcpBadge": { "Site": { "Name": "示例网站", "LaunchedOn": "2026-11-01" },
                            "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2026-11-05" },
                            "Changes": [ { "Filing": "Icp", "EffectiveOn": "2027-06-01" } ] } }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, "--format", "json");

        Assert.Equal(["DoneLate", "DueSoon", "Pending"], JsonNode.Parse(result.Out)!["sites"]![0]!["obligations"]!.AsArray().Select(o => (string?)o!["state"]));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task ExitCode_OverdueOnlyInTheSecondOfTwoConfigs_Is1()
    {
        var fine = Write("fine.json", SpecExample);
        var late = Write("late.json", EveryState);

        Assert.Equal(0, (await CliRunner.RunAsync("deadlines", "-c", fine, "--today", Today)).ExitCode);
        Assert.Equal(1, (await CliRunner.RunAsync("deadlines", "-c", fine, "-c", late, "--today", Today)).ExitCode);
    }

    [Fact]
    public async Task ExitCode_MissingConfigFile_Is2()
    {
        var missing = Path.Combine(_folder.FullName, "missing.json");

        var result = await CliRunner.RunAsync("deadlines", "--config", missing, "--today", Today);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal($"icp-badge: --config = '{missing}': the configuration file {missing} does not exist.", result.Problems[0]);
        Assert.Equal("icp-badge: 1 problem(s); no report was written.", result.Problems[^1]);
    }

    [Fact]
    public async Task ExitCode_InvalidJsonConfig_Is2WithOneLineAndNoStackTrace()
    {
        var config = Write("icpbadge.json", """{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" """);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith($"icp-badge: --config = '{config}': ", result.Problems[0], StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public async Task ExitCode_InvalidConfiguration_Is2NamingEveryField()
    {
        var config = Write("icpbadge.json", """
            { "IcpBadge": { "Site": { "LaunchedOn": "2026-11-31" }, "Icp": { "Number": "京ICP备12345678号-1" },
                            "Police": { "SubmittedOn": "soon" } } }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(
            ["icp-badge: IcpBadge:Site:LaunchedOn = '2026-11-31': not a date: write it as YYYY-MM-DD (a China date), e.g. 2026-11-01.",
             "icp-badge: IcpBadge:Police:SubmittedOn = 'soon': not a date: write it as YYYY-MM-DD (a China date), e.g. 2026-11-01.",
             "icp-badge: 2 problem(s); no report was written."],
            result.Problems);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("24/11/2026")]
    [InlineData("tomorrow")]
    [InlineData("2026-11-24T12:00")]
    public async Task ExitCode_InvalidToday_Is2(string today)
    {
        var config = Write("icpbadge.json", SpecExample);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", today);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal([$"icp-badge: --today = '{today}': not a date; write it as YYYY-MM-DD."], result.Problems);
    }

    [Theory]
    [InlineData("--warn-days", "-1")]
    [InlineData("--warn-days", "366")]
    [InlineData("--format", "xml")]
    [InlineData("--basis", "approval")]
    public async Task ExitCode_BadOption_Is2(string option, string value)
    {
        var config = Write("icpbadge.json", SpecExample);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public async Task ExitCode_BadHolidaysFile_Is2NamingTheLine()
    {
        Write("holidays.txt", "2026-10-01\nnot-a-date\n");
        var config = Write("icpbadge.json", """
            { "IcpBadge": { "Site": { "EndsOn": "2026-11-20" }, "Icp": { "Number": "京ICP备12345678号-1" },
                            "Police": { "Number": "京公网安备11010502030143号" }, "HolidaysFile": "holidays.txt" } }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--today", Today);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("icp-badge: HolidaysFile: ", problem, StringComparison.Ordinal);
        Assert.Contains("holidays.txt:2: 'not-a-date' is not a date", problem, StringComparison.Ordinal);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /// <summary>Writes a file into this test's temp folder and returns its full path.</summary>
    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static string Summary(JsonElement o)
    {
        var text = $"{o.GetProperty("id").GetString()} {o.GetProperty("state").GetString()} {o.GetProperty("due").GetString()}";
        if (o.TryGetProperty("daysLeft", out var left))
        {
            text += $" left {left.GetInt32()}";
        }

        if (o.TryGetProperty("daysLate", out var late))
        {
            text += $" late {late.GetInt32()}";
        }

        return text;
    }
}

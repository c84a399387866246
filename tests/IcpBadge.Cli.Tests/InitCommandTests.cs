using System.Text.Json;
using IcpBadge.Filing;

namespace IcpBadge.Cli.Tests;

/// <summary><c>icp-badge init</c>: options without a terminal, prompts with one.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-init-").FullName;

    private string ConfigPath => Path.Combine(_folder, "icpbadge.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Init_Options_WritesCanonicalNumbersAndDates()
    {
        var result = await CliRunner.RunAtNowAsync(
            "init", "--output", ConfigPath,
            "--icp-number", "京ＩＣＰ备 ２０２６０１０１号－１",
            "--police-number", "京公网安备 11010502030143 号",
            "--site-name", "京华示例科技",
            "--holder", "北京京华示例科技有限公司",
            "--launched-on", "2026-10-08");

        Assert.Equal(0, result.ExitCode);
        // A police number without its approval date is written, with one line saying deadlines need the date.
        var note = Assert.Single(result.ErrorLines);
        Assert.StartsWith("icp-badge: note: the police filing number is recorded without its approval date", note, StringComparison.Ordinal);
        Assert.Contains("--police-approved-on", note, StringComparison.Ordinal);
        Assert.Equal($"Wrote {ConfigPath}.", result.OutLines[0]);
        using var json = JsonDocument.Parse(File.ReadAllBytes(ConfigPath));
        var section = json.RootElement.GetProperty("IcpBadge");
        Assert.Equal("京ICP备20260101号-1", section.GetProperty("Icp").GetProperty("Number").GetString());
        Assert.Equal("Auto", section.GetProperty("Icp").GetProperty("Display").GetString());
        Assert.Equal("2026-10-08", section.GetProperty("Icp").GetProperty("DisplayedOn").GetString());
        Assert.Equal("京公网安备11010502030143号", section.GetProperty("Police").GetProperty("Number").GetString());
        Assert.Equal("京华示例科技", section.GetProperty("Site").GetProperty("Name").GetString());
        Assert.Equal("2026-10-08", section.GetProperty("Site").GetProperty("LaunchedOn").GetString());
        Assert.Equal("北京京华示例科技有限公司", section.GetProperty("Copyright").GetProperty("Holder").GetString());
        Assert.Equal(2026, section.GetProperty("Copyright").GetProperty("Since").GetInt32());
        Assert.Equal(JsonValueKind.Null, section.GetProperty("Police").GetProperty("ApprovedOn").ValueKind);
    }

    [Fact]
    public async Task Init_ThenRender_RendersTheConfiguredNumbers()
    {
        var init = await CliRunner.RunAtNowAsync(
            "init", "--output", ConfigPath, "--icp-number", "京ICP备 20260101号-1", "--police-number", "京公网安备11010502030143号", "--holder", "示例科技");
        Assert.Equal(0, init.ExitCode);

        var render = await CliRunner.RunAtNowAsync("render", "--config", ConfigPath);

        Assert.Equal(0, render.ExitCode);
        Assert.Empty(render.Error);
        Assert.Contains(">京ICP备20260101号-1</a>", render.Out, StringComparison.Ordinal);
        Assert.Contains("京公网安备11010502030143号</a>", render.Out, StringComparison.Ordinal);
        Assert.Contains("© 2026 示例科技 版权所有", render.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_NoLaunchDate_DefaultsToTodayInChina()
    {
        var result = await CliRunner.RunAtNowAsync("init", "--output", ConfigPath, "--icp-number", "粤ICP备20260101号-1");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllBytes(ConfigPath));
        var section = json.RootElement.GetProperty("IcpBadge");
        Assert.Equal("2026-11-24", section.GetProperty("Site").GetProperty("LaunchedOn").GetString());
        Assert.Equal("粤ICP备20260101号-1", section.GetProperty("Icp").GetProperty("Number").GetString());
    }

    [Fact]
    public async Task Init_OutputInNewFolder_CreatesItAndWrites()
    {
        var path = Path.Combine(_folder, "config", "site", "icpbadge.json");

        var result = await CliRunner.RunAtNowAsync("init", "--output", path, "--icp-number", "京ICP备20260101号-1");

        Assert.Equal(0, result.ExitCode);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.Empty(result.Error);
        Assert.True(File.Exists(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        var render = await CliRunner.RunAtNowAsync("render", "--config", path, "--format", "text");
        Assert.Contains("京ICP备20260101号-1", render.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_OutputIsAFolder_Exits2WithOneLineAndNoTempFile()
    {
        var folder = Path.Combine(_folder, "public");
        Directory.CreateDirectory(folder);

        var result = await CliRunner.RunAtNowAsync("init", "--output", folder, "--icp-number", "京ICP备20260101号-1");

        Assert.Equal(2, result.ExitCode);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.StartsWith($"icp-badge: --output: can't write {folder}: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.True(Directory.Exists(folder));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Init_OutputUnderAFile_Exits2WithOneLine()
    {
        var file = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(file, "mine\n");
        var path = Path.Combine(file, "icpbadge.json");

        var result = await CliRunner.RunAtNowAsync("init", "--output", path, "--icp-number", "京ICP备20260101号-1");

        Assert.Equal(2, result.ExitCode);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.StartsWith($"icp-badge: --output: can't write {path}: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("mine\n", File.ReadAllText(file));
    }

    [Fact]
    public async Task Init_ExistingFileWithoutForce_Exits2AndLeavesItAlone()
    {
        var existing = "{ \"mine\": true }\n"u8.ToArray();
        File.WriteAllBytes(ConfigPath, existing);

        var result = await CliRunner.RunAtNowAsync("init", "--output", ConfigPath, "--icp-number", "京ICP备20260101号-1");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal([$"icp-badge: --output: {ConfigPath} already exists; use --force to overwrite it."], result.ErrorLines);
        Assert.Equal(existing, File.ReadAllBytes(ConfigPath));
    }

    [Fact]
    public async Task Init_ExistingFileWithForce_Overwrites()
    {
        File.WriteAllText(ConfigPath, "{ \"mine\": true }\n");

        var result = await CliRunner.RunAtNowAsync("init", "--output", ConfigPath, "--force", "--icp-number", "京ICP备20260101号-1");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllBytes(ConfigPath));
        Assert.False(json.RootElement.TryGetProperty("mine", out _));
        Assert.Equal("京ICP备20260101号-1", json.RootElement.GetProperty("IcpBadge").GetProperty("Icp").GetProperty("Number").GetString());
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Init_InvalidOptions_Exits2ListsEveryProblemAndWritesNothing()
    {
        var result = await CliRunner.RunAtNowAsync(
            "init", "--output", ConfigPath,
            "--icp-number", "京ICP备2026号",
            "--police-number", "粤公网安备52990002000093号",
            "--launched-on", "2026-13-45",
            "--emblem", "javascript:alert(1)");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.Equal(5, result.ErrorLines.Count);
        Assert.Equal(result.ErrorLines, result.Problems);
        Assert.StartsWith("icp-badge: IcpBadge:Icp:Number = '京ICP备2026号': ", result.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("icp-badge: IcpBadge:Police:Number = '粤公网安备52990002000093号': ", result.Problems[1], StringComparison.Ordinal);
        Assert.StartsWith("icp-badge: IcpBadge:Site:LaunchedOn = '2026-13-45': ", result.Problems[2], StringComparison.Ordinal);
        Assert.StartsWith("icp-badge: IcpBadge:Police:Icon = 'javascript:alert(1)': ", result.Problems[3], StringComparison.Ordinal);
        Assert.Equal("icp-badge: the configuration has 4 problem(s); fix them and run again.", result.Problems[4]);
        Assert.False(File.Exists(ConfigPath));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Init_NoIcpNumberWithoutTerminal_Exits2NamingTheField()
    {
        var result = await CliRunner.RunAtNowAsync("init", "--output", ConfigPath, "--site-name", "示例");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            ["icp-badge: IcpBadge:Icp:Number: the ICP filing number is required, e.g. 京ICP备12345678号-1.", "icp-badge: the configuration has 1 problem(s); fix them and run again."],
            result.ErrorLines);
        Assert.False(File.Exists(ConfigPath));
    }

    [Theory]
    [InlineData("香港")]
    [InlineData("Hong Kong")]
    public async Task Init_HongKongProvince_SaysItHasNoIcpFilingOnce(string province)
    {
        var result = await CliRunner.RunAtNowAsync("init", "--output", ConfigPath, "--province", province);

        Assert.Equal(2, result.ExitCode);
        var provinceLine = Assert.Single(result.Problems, p => p.Contains("IcpBadge:Site:Province", StringComparison.Ordinal));
        Assert.Contains("has no MIIT ICP filing", provinceLine, StringComparison.Ordinal);
        Assert.Contains(result.Problems, p => p.StartsWith("icp-badge: IcpBadge:Icp:Number: ", StringComparison.Ordinal));
        Assert.Equal($"icp-badge: the configuration has {result.Problems.Count - 1} problem(s); fix them and run again.", result.Problems[^1]);
        Assert.False(File.Exists(ConfigPath));
    }

    [Fact]
    public async Task Init_HongKongProvinceWithNumber_SaysItHasNoIcpFilingOnce()
    {
        var result = await CliRunner.RunAtNowAsync("init", "--output", ConfigPath, "--province", "香港", "--icp-number", "京ICP备20260101号-1");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Problems, p => p.Contains("IcpBadge:Site:Province", StringComparison.Ordinal));
        Assert.Contains("Hong Kong (香港), which has no MIIT ICP filing", line, StringComparison.Ordinal);
        Assert.False(File.Exists(ConfigPath));
    }

    [Fact]
    public async Task Init_Interactive_ReasksAfterInvalidAnswerShowingParserMessage()
    {
        const string MissingHao = "京ICP备20260101-1";
        var parserMessage = IcpFilingNumber.ParsePattern(MissingHao).Error!.Message;
        string[] answers =
        [
            string.Empty,               // province: take it from the number
            MissingHao,                 // ICP number, invalid: missing 号
            "京ICP备 20260101号-1",     // ICP number, valid with a space
            "京公网安备11010502030143号", // police number
            "2026-10-20",               // police approval date
            "京华示例科技",             // site name
            "北京京华示例科技有限公司",   // holder
            "2026-10-08",               // launch date
            string.Empty,               // emblem: skip
        ];

        var result = await CliRunner.RunInteractiveAsync(string.Join('\n', answers) + "\n", "init", "--output", ConfigPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("): " + "  " + parserMessage + Environment.NewLine, result.Out, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(result.Out, "ICP filing number (e.g. 京ICP备12345678号-1)"));
        Assert.Equal(1, CountOf(result.Out, "Police filing number"));
        Assert.Equal(1, CountOf(result.Out, "Police filing approval date, YYYY-MM-DD"));
        Assert.Contains($"Wrote {ConfigPath}.", result.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(ConfigPath));
        var section = json.RootElement.GetProperty("IcpBadge");
        Assert.Equal("京ICP备20260101号-1", section.GetProperty("Icp").GetProperty("Number").GetString());
        Assert.Equal("京公网安备11010502030143号", section.GetProperty("Police").GetProperty("Number").GetString());
        Assert.Equal("京华示例科技", section.GetProperty("Site").GetProperty("Name").GetString());
        Assert.Equal("北京京华示例科技有限公司", section.GetProperty("Copyright").GetProperty("Holder").GetString());
        Assert.Equal("2026-10-08", section.GetProperty("Site").GetProperty("LaunchedOn").GetString());
        Assert.Equal(JsonValueKind.Null, section.GetProperty("Police").GetProperty("Icon").ValueKind);
        Assert.Equal("2026-10-20", section.GetProperty("Police").GetProperty("ApprovedOn").GetString());
    }

    [Fact]
    public async Task Init_PoliceApprovedOn_IsRecordedSoDeadlinesTrackTheBadge()
    {
        var init = await CliRunner.RunAtNowAsync(
            "init", "--output", ConfigPath, "--icp-number", "京ICP备20260101号-1", "--launched-on", "2026-10-08",
            "--police-number", "京公网安备11010502030143号", "--police-approved-on", "2026-10-20");

        Assert.Equal(0, init.ExitCode);
        Assert.Empty(init.Error);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(ConfigPath)))
        {
            Assert.Equal("2026-10-20", json.RootElement.GetProperty("IcpBadge").GetProperty("Police").GetProperty("ApprovedOn").GetString());
        }

        var deadlines = await CliRunner.RunAtNowAsync("deadlines", "--config", ConfigPath, "--today", "2026-11-01", "--format", "json");

        Assert.Equal(0, deadlines.ExitCode);
        using var report = JsonDocument.Parse(deadlines.Out);
        var obligations = report.RootElement.GetProperty("sites")[0].GetProperty("obligations").EnumerateArray().ToList();
        Assert.Equal("Done", obligations.Single(o => o.GetProperty("id").GetString() == "D2").GetProperty("state").GetString());
        // D3 (the badge shown within 30 days of approval) is tracked only once the approval date is known.
        var d3 = obligations.Single(o => o.GetProperty("id").GetString() == "D3");
        Assert.Equal("2026-11-19", d3.GetProperty("due").GetString());
        Assert.Equal("Pending", d3.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Init_PoliceNumberWithoutDate_DeadlinesDoNotCallThePoliceFilingDueSoon()
    {
        var init = await CliRunner.RunAtNowAsync(
            "init", "--output", ConfigPath, "--icp-number", "京ICP备20260101号-1", "--launched-on", "2026-10-08",
            "--police-number", "京公网安备11010502030143号");
        Assert.Equal(0, init.ExitCode);

        var deadlines = await CliRunner.RunAtNowAsync("deadlines", "--config", ConfigPath, "--today", "2026-11-01", "--format", "json");

        using var report = JsonDocument.Parse(deadlines.Out);
        var d2 = report.RootElement.GetProperty("sites")[0].GetProperty("obligations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "D2");
        Assert.Equal("Done", d2.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Init_PoliceApprovedOnWithoutNumber_IsBadInput()
    {
        var result = await CliRunner.RunAtNowAsync(
            "init", "--output", ConfigPath, "--icp-number", "京ICP备20260101号-1", "--police-approved-on", "2026-10-20");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["icp-badge: --police-approved-on needs --police-number."], result.ErrorLines);
        Assert.False(File.Exists(ConfigPath));
    }

    [Fact]
    public async Task Init_PoliceApprovedOnNotADate_IsBadInput()
    {
        var result = await CliRunner.RunAtNowAsync(
            "init", "--output", ConfigPath, "--icp-number", "京ICP备20260101号-1",
            "--police-number", "京公网安备11010502030143号", "--police-approved-on", "2026-10-40");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Problems, p => p.Contains("Police:ApprovedOn", StringComparison.Ordinal));
        Assert.False(File.Exists(ConfigPath));
    }

    [Fact]
    public async Task Init_InChinese_PromptsAndReportsInChinese()
    {
        string[] answers = [string.Empty, "京ICP备20260101号-1", "京公网安备11010502030143号", "20261020", "2026-10-20", string.Empty, string.Empty, "2026-10-08", string.Empty];

        var result = await CliRunner.RunInteractiveAsync(string.Join('\n', answers) + "\n", "init", "--lang", "zh", "--output", ConfigPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("公安联网备案通过日期，YYYY-MM-DD", result.Out, StringComparison.Ordinal);
        Assert.Contains("不是日期：请写成 YYYY-MM-DD", result.Out, StringComparison.Ordinal);
        Assert.Contains($"已写入 {ConfigPath}。", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrote", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_Interactive_ReasksForHongKongAndMismatchedProvince()
    {
        string[] answers = ["香港", "北京", "粤ICP备20260101号", "京ICP备20260101号-1", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty];

        var result = await CliRunner.RunInteractiveAsync(string.Join('\n', answers) + "\n", "init", "--output", ConfigPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("which has no MIIT ICP filing", result.Out, StringComparison.Ordinal);
        Assert.Contains("粤ICP备20260101号 is a 广东 number, but the province is 北京", result.Out, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(result.Out, "Province of the ICP filing"));
        using var json = JsonDocument.Parse(File.ReadAllBytes(ConfigPath));
        Assert.Equal("京ICP备20260101号-1", json.RootElement.GetProperty("IcpBadge").GetProperty("Icp").GetProperty("Number").GetString());
        Assert.Equal("北京", json.RootElement.GetProperty("IcpBadge").GetProperty("Site").GetProperty("Province").GetString());
    }

    [Fact]
    public async Task Init_InteractiveWithNoInput_NeverPrompts()
    {
        var result = await CliRunner.RunInteractiveAsync("京ICP备20260101号-1\n", "init", "--output", ConfigPath, "--no-input");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("ICP filing number (e.g.", result.Out, StringComparison.Ordinal);
        Assert.Contains(result.Problems, p => p.StartsWith("icp-badge: IcpBadge:Icp:Number: ", StringComparison.Ordinal));
        Assert.False(File.Exists(ConfigPath));
    }

    [Fact]
    public async Task Init_InteractiveInputEndsEarly_KeepsOptionValuesAndFailsCleanly()
    {
        var result = await CliRunner.RunInteractiveAsync(string.Empty, "init", "--output", ConfigPath);

        Assert.Equal(2, result.ExitCode);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.Contains(result.Problems, p => p.StartsWith("icp-badge: IcpBadge:Icp:Number: ", StringComparison.Ordinal));
        Assert.False(File.Exists(ConfigPath));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

using System.Text.RegularExpressions;

namespace IcpBadge.Cli.Tests.Help;

/// <summary>
/// Every command's <c>--help</c> in both languages, kept as snapshots (<c>Help/&lt;command&gt;.&lt;lang&gt;.txt</c>; rewrite
/// them with <c>ICPBADGE_UPDATE_GOLDEN=1</c> and read the diff), and free of internal notes: no "SPEC", no "§", no
/// seed line references such as <c>000:3742</c>.
/// </summary>
public sealed partial class HelpSnapshotTests
{
    private static readonly string[] Commands = ["", "number", "rules", "init", "render", "inject", "deadlines", "verify", "audit", "history", "history prune", "report", "notify"];

    public static TheoryData<string, string> CommandsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in Commands)
        {
            data.Add(command, "zh");
            data.Add(command, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsAndLanguages))]
    public async Task Help_MatchesSnapshot(string command, string language)
    {
        var help = await HelpOf(command, language);

        var name = (command.Length == 0 ? "root" : command.Replace(' ', '-')) + "." + language + ".txt";
        Assert.Equal(HelpGoldenFiles.ReadOrUpdate(name, help), help);
    }

    [Theory]
    [MemberData(nameof(CommandsAndLanguages))]
    public async Task Help_HasNoInternalNotes(string command, string language)
    {
        var help = await HelpOf(command, language);

        Assert.DoesNotContain("SPEC", help, StringComparison.Ordinal);
        Assert.DoesNotContain("§", help, StringComparison.Ordinal);
        Assert.DoesNotMatch(SeedReference(), help);
    }

    [Theory]
    [MemberData(nameof(CommandsAndLanguages))]
    public async Task Help_InChinese_HasChineseHeadingsAndNoEnglishOnes(string command, string language)
    {
        var help = await HelpOf(command, language);

        string[] english = ["Description:", "Usage:", "Options:", "Commands:", "Arguments:", "[default: "];
        string[] chinese = ["说明：", "用法：", "选项："];
        if (language == "zh")
        {
            Assert.All(english, heading => Assert.DoesNotContain(heading, help, StringComparison.Ordinal));
            Assert.All(chinese, heading => Assert.Contains(heading, help, StringComparison.Ordinal));
        }
        else
        {
            Assert.All(english[..3], heading => Assert.Contains(heading, help, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Help_Root_ListsEveryCommandWithItsPurpose(string language)
    {
        var help = await HelpOf(string.Empty, language);

        foreach (var command in Commands.Where(c => c.Length > 0 && !c.Contains(' ', StringComparison.Ordinal)))
        {
            var line = Assert.Single(help.Split('\n'), l => Regex.IsMatch(l, "^  " + command + @"\b"));
            Assert.True(line.Trim().Length > command.Length + 20, $"'{command}' has no purpose in the root help: {line}");
        }
    }

    private static async Task<string> HelpOf(string command, string language)
    {
        string[] args = command.Length == 0 ? ["--lang", language, "--help"] : [.. command.Split(' '), "--lang", language, "--help"];
        var result = await CliRunner.RunAsync(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        return result.Out;
    }

    [GeneratedRegex(@"\d{3}:\d+")]
    private static partial Regex SeedReference();
}

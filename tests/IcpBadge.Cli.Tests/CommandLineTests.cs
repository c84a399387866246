using System.Reflection;

namespace IcpBadge.Cli.Tests;

/// <summary>Help, version and command-line errors: exit 2, one stderr line per problem, never a stack trace.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public async Task Help_Root_ListsCommandsAndOptions(string help)
    {
        var result = await CliRunner.RunAsync(help);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("icp-badge [command] [options]", result.Out, StringComparison.Ordinal);
        Assert.Contains(result.OutLines, l => l.StartsWith("number <TEXT>", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("rules <PROVINCE>", StringComparison.Ordinal));
        Assert.Contains("--version", result.Out, StringComparison.Ordinal);
        Assert.Contains("--verbose", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Number_DescribesTextArgumentAndFormat()
    {
        var result = await CliRunner.RunAsync("number", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("icp-badge number <TEXT>...", result.Out, StringComparison.Ordinal);
        Assert.Contains("--format <text|json>", result.Out, StringComparison.Ordinal);
        Assert.Contains("京ICP备12345678号-1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Rules_DescribesProvinceArgumentAndFormat()
    {
        var result = await CliRunner.RunAsync("rules", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("icp-badge rules [<PROVINCE>]", result.Out, StringComparison.Ordinal);
        Assert.Contains("--format <text|json>", result.Out, StringComparison.Ordinal);
        Assert.Contains("广东省", result.Out, StringComparison.Ordinal);
        Assert.Contains("Guangdong", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheCliVersion()
    {
        var expected = typeof(CliApplication).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = await CliRunner.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var line = Assert.Single(result.OutLines);
        Assert.Equal(expected, line);
        Assert.Matches(@"^\d+\.\d+\.\d+", line);
    }

    [Fact]
    public async Task Run_UnknownCommand_Exits2WithOneErrorLine()
    {
        var result = await CliRunner.RunAsync("bogus");

        AssertUsageError(result, "icp-badge");
        Assert.Contains("'bogus'", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("number", "--bogus", "京ICP备12345678号-1")]
    [InlineData("number", "京ICP备12345678号-1", "--bogus")]
    [InlineData("rules", "--bogus")]
    [InlineData("rules", "粤", "--bogus")]
    public async Task Run_UnknownOption_Exits2WithOneErrorLine(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        AssertUsageError(result, args[0] == "--bogus" ? "icp-badge" : "icp-badge " + args[0]);
        Assert.Contains("'--bogus'", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TwoUnknownOptions_OneErrorLineEach()
    {
        var result = await CliRunner.RunAsync("number", "--bogus", "-x", "京ICP备12345678号-1");

        AssertUsageError(result, "icp-badge number");
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("'--bogus'", result.Problems[0], StringComparison.Ordinal);
        Assert.Contains("'-x'", result.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoCommand_Exits2NamingTheCommands()
    {
        var result = await CliRunner.RunAsync();

        AssertUsageError(result, "icp-badge");
        var problem = Assert.Single(result.Problems);
        Assert.Contains("number", problem, StringComparison.Ordinal);
        Assert.Contains("rules", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("number")]
    [InlineData("number", "--format", "json")]
    public async Task Number_NoArgument_Exits2(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        AssertUsageError(result, "icp-badge number");
        Assert.Single(result.Problems);
    }

    [Theory]
    [InlineData("number", "--format", "xml", "京ICP备12345678号-1")]
    [InlineData("number", "-f", "xml", "京ICP备12345678号-1")]
    [InlineData("rules", "--format", "xml")]
    [InlineData("rules", "粤", "--format", "xml")]
    public async Task Run_UnknownFormat_Exits2WithOneLineNamingTheFormats(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        AssertUsageError(result, "icp-badge " + args[0]);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("'xml'", problem, StringComparison.Ordinal);
        Assert.Contains("'text'", problem, StringComparison.Ordinal);
        Assert.Contains("'json'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_TwoProvinces_Exits2()
    {
        var result = await CliRunner.RunAsync("rules", "粤", "京");

        AssertUsageError(result, "icp-badge rules");
        Assert.Contains("'京'", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_VerboseAnywhere_IsAccepted()
    {
        var before = await CliRunner.RunAsync("--verbose", "number", "京ICP备12345678号-1");
        var after = await CliRunner.RunAsync("rules", "粤", "--verbose");

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(0, after.ExitCode);
        Assert.Empty(before.Error);
        Assert.Empty(after.Error);
    }

    /// <summary>
    /// A command-line error: exit 2, nothing on stdout, only "icp-badge: ..." lines plus one pointer to
    /// <paramref name="command"/>'s help, and no stack trace.
    /// </summary>
    private static void AssertUsageError(CliResult result, string command)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.NotEmpty(result.Problems);
        Assert.Equal([.. result.Problems, $"Run '{command} --help' for usage."], result.ErrorLines);
        CliRunner.AssertNoStackTrace(result.Error);
    }
}

using System.Text.Json;
using IcpBadge.Testing;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>icp-badge verify --render [--browser PATH]</c>: footers built by JavaScript, in the machine's Chromium. The class
/// runs alone (its collection is not parallel), so the Chromium processes below this test process are this run's own.
/// </summary>
[Collection(ChromiumInProcessTests.Name)]
public sealed class VerifyRenderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-verify-render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Verify_JavaScriptFooter_WithoutRender_FiresIcp001()
    {
        var page = CopyFixture();

        var result = await CliRunner.RunAtNowAsync("verify", page, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ICP001", Rules(result.Out));
    }

    [ChromiumFact]
    public async Task Verify_JavaScriptFooter_WithRender_FindsTheFooter()
    {
        var page = CopyFixture();

        var result = await CliRunner.RunAtNowAsync("verify", page, "--render", "--browser", ChromiumFactAttribute.ChromiumPath, "--format", "json");

        var rules = Rules(result.Out);
        Assert.DoesNotContain("ICP001", rules);
        Assert.DoesNotContain("PSB001", rules);
        Assert.DoesNotContain("PSB009", rules);
        Assert.DoesNotContain("NET001", rules);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
    }

    [ChromiumFact]
    public async Task Verify_Render_LeavesNoChromiumOfItsOwnBehind()
    {
        var page = CopyFixture();
        var before = OwnProcesses.DescendantsNamed("chrom");

        var result = await CliRunner.RunAtNowAsync("verify", page, "--render", "--browser", ChromiumFactAttribute.ChromiumPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(OwnProcesses.DescendantsNamed("chrom").Except(before));
    }

    [ChromiumFact]
    public async Task Verify_Render_TwoHundredPages_AllChecked_NothingLeftBehind()
    {
        var site = Directory.CreateDirectory(Path.Combine(_folder, "site")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "js-footer.html"), Path.Combine(site, "index.html"));
        for (var i = 1; i < 200; i++)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "js-footer.html"), Path.Combine(site, $"page-{i}.html"));
        }

        var before = OwnProcesses.DescendantsNamed("chrom");

        var result = await CliRunner.RunAtNowAsync("verify", site, "--render", "--browser", ChromiumFactAttribute.ChromiumPath, "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(200, document.RootElement.GetProperty("targets").GetArrayLength());
        var rules = Rules(result.Out);
        Assert.DoesNotContain("NET001", rules);
        Assert.DoesNotContain("ICP001", rules);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(OwnProcesses.DescendantsNamed("chrom").Except(before));
    }

    [Fact]
    public async Task Verify_Render_MissingBrowser_ExitsTwo_WithOneClearLine()
    {
        var page = CopyFixture();

        var result = await CliRunner.RunAtNowAsync("verify", page, "--render", "--browser", "/nonexistent");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("icp-badge: --render: the browser /nonexistent was not found; pass the path of a Chromium or Chrome executable with --browser.", line);
    }

    [Fact]
    public async Task Verify_Render_BrowserThatCannotStart_ExitsTwo_WithOneLine_BeforeAnyPage()
    {
        var page = CopyFixture();
        var fake = Path.Combine(_folder, "fake-chromium");
        File.WriteAllText(fake, "#!/bin/sh\necho 'cannot open display' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var result = await CliRunner.RunAtNowAsync("verify", page, "--render", "--browser", fake);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("icp-badge: --render: the browser ", line, StringComparison.Ordinal);
        Assert.EndsWith("cannot open display", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_BrowserWithoutRender_ExitsTwo()
    {
        var page = CopyFixture();

        var result = await CliRunner.RunAtNowAsync("verify", page, "--browser", "/usr/bin/chromium");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    private static List<string> Rules(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("targets").EnumerateArray()
            .SelectMany(t => t.GetProperty("findings").EnumerateArray())
            .Select(f => f.GetProperty("rule").GetString()!)];
    }

    private string CopyFixture()
    {
        var target = Path.Combine(_folder, "index.html");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "js-footer.html"), target);
        return target;
    }
}

/// <summary>The tests that run Chromium in-process: never in parallel with other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChromiumInProcessTests
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Chromium in-process";
}

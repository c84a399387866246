using System.Text.Json;

namespace IcpBadge.Cli.Tests;

/// <summary><c>icp-badge verify --render [--browser PATH]</c>: footers built by JavaScript, in the machine's Chromium.</summary>
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
    public async Task Verify_Render_LeavesNoProfileFolderBehind()
    {
        var page = CopyFixture();
        var before = ProfileFolders();

        var result = await CliRunner.RunAtNowAsync("verify", page, "--render", "--browser", ChromiumFactAttribute.ChromiumPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(ProfileFolders().Except(before));
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

    private static HashSet<string> ProfileFolders() =>
        [.. Directory.EnumerateDirectories(Path.GetTempPath(), "icpbadge-chromium-*")];

    private string CopyFixture()
    {
        var target = Path.Combine(_folder, "index.html");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "js-footer.html"), target);
        return target;
    }
}

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>--inventory</c> naming a file that cannot be read (missing, a folder, locked by another process): <c>deadlines</c>
/// and <c>verify</c> both exit 2 with one line naming <c>--inventory</c> and the file, never a crash (70) and never
/// another option's label.
/// </summary>
public sealed class InventoryFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-inventory-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> Unreadable => new()
    {
        { "deadlines", "missing" }, { "deadlines", "folder" }, { "deadlines", "locked" },
        { "verify", "missing" }, { "verify", "folder" }, { "verify", "locked" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task UnreadableInventory_Is2_WithOneLineNamingTheOptionAndTheFile(string command, string how)
    {
        var path = Path.Combine(_folder, "sites.json");
        FileStream? holder = null;
        switch (how)
        {
            case "folder":
                Directory.CreateDirectory(path);
                break;
            case "locked":
                File.WriteAllText(path, """{ "Sites": [ { "Icp": { "Number": "京ICP备12345678号-1" } } ] }""");

                // Another process writing the file: an exclusive lock makes opening it for reading fail.
                holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                break;
        }

        CliResult result;
        using (holder)
        {
            result = command == "deadlines"
                ? await CliRunner.RunAsync("deadlines", "--inventory", path, "--today", "2026-11-24")
                : await CliRunner.RunAtNowAsync("verify", "--inventory", path);
        }

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var problem = result.Problems[0];
        Assert.StartsWith($"icp-badge: --inventory = '{path}': ", problem, StringComparison.Ordinal);
        Assert.Contains(" " + path, problem[$"icp-badge: --inventory = '{path}':".Length..], StringComparison.Ordinal);
        Assert.DoesNotContain("HolidaysFile", result.Error, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public async Task Deadlines_UnreadableHolidaysFile_IsStillLabelledHolidaysFile()
    {
        var holidays = Path.Combine(_folder, "holidays");
        Directory.CreateDirectory(holidays);
        var inventory = Path.Combine(_folder, "sites.json");
        File.WriteAllText(inventory, """
            { "Sites": [ { "Site": { "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备12345678号-1" }, "HolidaysFile": "holidays" } ] }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", "2026-11-24");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.DoesNotContain("--inventory", result.Error, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }
}

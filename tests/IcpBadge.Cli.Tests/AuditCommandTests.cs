using System.Text.Json;
using IcpBadge.Testing;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>icp-badge audit</c> and <c>history</c> as a user runs them: two nights against a loopback server with a SQLite
/// history, then the history's answers; bad input gives one clear line and the right exit code, and nothing is
/// half-written.
/// </summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-audit-cli-").FullName;
    private PortfolioServer _server = null!;

    private string Database => Path.Combine(_folder, "audit.db");

    public async Task InitializeAsync() => _server = await PortfolioServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task TwoNights_ThenHistory_TellWhatChangedAndSinceWhen()
    {
        var inventory = Inventory(("a", "a/"), ("b", "b/"));
        _server.Serve("/a/", PortfolioServer.GoodPage);
        _server.Serve("/b/", PortfolioServer.GoodPage);
        var first = await AuditAsync(1, "--inventory", inventory, "--history", Database, "--format", "json");
        Assert.Equal(0, first.ExitCode);
        Assert.Empty(first.Error);

        _server.Serve("/b/", PortfolioServer.GoodPage.Replace("京ICP备12345678号-1", "京ICP备87654321号-1", StringComparison.Ordinal));
        var second = await AuditAsync(2, "--inventory", inventory, "--history", Database, "--format", "json", "--lang", "en");
        Assert.Equal(1, second.ExitCode);
        using (var json = JsonDocument.Parse(second.Out))
        {
            var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
            Assert.Equal("b", change.GetProperty("id").GetString());
            Assert.Equal("NewFinding", change.GetProperty("kind").GetString());
            Assert.Equal("error", change.GetProperty("to").GetString());
            Assert.Equal("2026-12-02T10:00:00+08:00", json.RootElement.GetProperty("startedAt").GetString());
        }

        var history = await CliRunner.RunAsync(Clock(3), "history", "--history", Database, "--site", "b", "--format", "json");
        Assert.Equal(0, history.ExitCode);
        using (var json = JsonDocument.Parse(history.Out))
        {
            var site = Assert.Single(json.RootElement.GetProperty("sites").EnumerateArray());
            Assert.Equal("2026-12-01", site.GetProperty("lastCleanRun").GetProperty("today").GetString());
            Assert.Equal("2026-12-02", site.GetProperty("lastRun").GetProperty("today").GetString());
            var finding = Assert.Single(site.GetProperty("openFindings").EnumerateArray());
            Assert.Equal("2026-12-02T10:00:00+08:00", finding.GetProperty("firstSeen").GetString());
        }

        var text = await CliRunner.RunAsync(Clock(3), "history", "--history", Database, "--lang", "zh");
        Assert.Contains("最近一次全部合格：2026-12-01", text.Out, StringComparison.Ordinal);

        var prune = await CliRunner.RunAsync(new FakeClock(Instant.FromUtc(2027, 1, 9, 2, 0)), "history", "prune", "--history", Database, "--keep-days", "30", "--lang", "en");
        Assert.Equal(0, prune.ExitCode);
        Assert.StartsWith("Removed 1 runs", prune.Out, StringComparison.Ordinal); // the latest complete run is kept
    }

    [Fact]
    public async Task AReadOnlyHistory_PrintsTheResults_ThenOneLine_AndExits3()
    {
        _server.Serve("/a/", PortfolioServer.GoodPage);
        var inventory = Inventory(("a", "a/"));
        Assert.Equal(0, (await AuditAsync(1, "--inventory", inventory, "--history", Database)).ExitCode);

        using (ReadOnlyFile.Make(Database))
        {
            var result = await AuditAsync(2, "--inventory", inventory, "--history", Database, "--lang", "en");

            Assert.Equal(3, result.ExitCode);
            Assert.Contains("示例网站 (a)", result.Out, StringComparison.Ordinal);
            Assert.Equal([$"icp-badge: History store {Database} is read-only: the run was not recorded"], result.ErrorLines);
        }
    }

    [Fact]
    public async Task ICPBADGE_HISTORY_NamesTheStore()
    {
        _server.Serve("/a/", PortfolioServer.GoodPage);
        var environment = new Dictionary<string, string> { ["ICPBADGE_HISTORY"] = Database, ["ICPBADGE_LANG"] = "en" };

        Assert.Equal(0, (await CliRunner.RunWithEnvironmentAsync(environment, "audit", "--inventory", Inventory(("a", "a/")))).ExitCode);
        var history = await CliRunner.RunWithEnvironmentAsync(environment, "history");

        Assert.Equal(0, history.ExitCode);
        Assert.Contains("last clean run: 2026-11-24", history.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("malformed")]
    [InlineData("twice")]
    [InlineData("shard")]
    [InlineData("shard-no-run-id")]
    [InlineData("bad-today")]
    public async Task BadInput_IsOneLine_Exit2_AndNothingIsWritten(string problem)
    {
        var inventory = problem switch
        {
            "missing" => Path.Combine(_folder, "missing.json"),
            "malformed" => Write("bad.json", "{ \"Sites\": [ { \"Site\": "),
            "twice" => Inventory(("a", "a/"), ("a", "b/")),
            _ => Inventory(("a", "a/")),
        };
        string[] extra = problem switch
        {
            "shard" => ["--shard", "0/2", "--run-id", "nightly"],
            "shard-no-run-id" => ["--shard", "0/2"],
            "bad-today" => ["--today", "2026-13-01"],
            _ => [],
        };

        var result = await AuditAsync(1, ["--inventory", inventory, "--history", Database, "--lang", "en", .. extra]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.Problems);
        Assert.Contains(
            problem switch
            {
                "missing" => "missing.json",
                "malformed" => "bad.json",
                "twice" => "[site 1 \"示例网站\"] Sites:1:Site:Id = 'a': [site 0 \"示例网站\"] already has this id",
                "shard" => "--shard needs a PostgreSQL history store",
                "shard-no-run-id" => "--shard needs --run-id",
                _ => "--today = '2026-13-01'",
            },
            line,
            StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task History_WithoutAStore_IsOneLine_Exit2()
    {
        var result = await CliRunner.RunAsync("history", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["icp-badge: No history store: give --history STORE or set ICPBADGE_HISTORY."], result.Problems);
    }

    private static FakeClock Clock(int day) => new(Instant.FromUtc(2026, 12, day, 2, 0));

    private static Task<CliResult> AuditAsync(int day, params string[] args) => CliRunner.RunAsync(Clock(day), ["audit", .. args]);

    private string Inventory(params (string Id, string Path)[] sites) => Write("sites.json", $$"""
        { "Sites": [ {{string.Join(",\n", sites.Select(s => $$"""
            { "Site": { "Id": "{{s.Id}}", "Name": "示例网站", "HomeUrls": [ "{{_server.Url(s.Path).AbsoluteUri}}" ] },
              "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2025-12-01" },
              "Police": { "Number": "京公网安备11010502030143号" },
              "Copyright": { "Holder": "示例科技有限公司" } }
            """))}} ] }
        """);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}

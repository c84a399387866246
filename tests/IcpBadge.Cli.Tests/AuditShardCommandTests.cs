using System.Net;
using System.Net.Sockets;
using IcpBadge.Audits.Tests.Support;
using IcpBadge.Testing;

namespace IcpBadge.Cli.Tests;

/// <summary><c>icp-badge audit</c> with a PostgreSQL history: shards, and the one line of each bad input or failure.</summary>
public sealed class AuditShardCommandTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] SiteIds = ["a", "b"];

    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-audit-shards-").FullName;
    private HostileServer _server = null!;

    private string Inventory => Path.Combine(_folder, "sites.json");

    public async Task InitializeAsync()
    {
        _server = await HostileServer.StartAsync();
        var sites = string.Join(",\n", SiteIds.Select(id => $$"""
            { "Site": { "Id": "{{id}}", "Name": "示例网站", "HomeUrls": [ "{{_server.Url("/").AbsoluteUri}}" ] },
              "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2025-12-01" },
              "Police": { "Number": "京公网安备11010502030143号" },
              "Copyright": { "Holder": "示例科技有限公司" } }
            """));
        await File.WriteAllTextAsync(Inventory, $$"""{ "Sites": [ {{sites}} ] }""");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ShardOutOfRange_IsExitTwo_InOneLine()
    {
        var result = await CliRunner.RunAsync("audit", "--inventory", Inventory, "--history", "Host=127.0.0.1;Database=audits", "--shard", "4/4", "--run-id", "r", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("4/4", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _server.Requests);
    }

    [Fact]
    public async Task UnreachablePostgres_IsExitThree_WithTheResultsPrinted()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await CliRunner.RunAsync("audit", "--inventory", Inventory, "--history", $"postgres://ops:secret@127.0.0.1:{port}/audits?connect_timeout=5", "--format", "json", "--lang", "en");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("\"sites\"", result.Out, StringComparison.Ordinal);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains($"History store postgres://127.0.0.1:{port}/audits cannot be reached", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Error, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public async Task BadPostgresAddress_IsExitTwo_InOneLine()
    {
        var result = await CliRunner.RunAsync("audit", "--inventory", Inventory, "--history", "postgres://ops@127.0.0.1/audits?colour=blue", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("colour", line, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [PostgresFact]
    public async Task ShardWrittenTwice_IsExitTwo_AndTheOtherShardCompletesTheRun()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        string[] Args(int shard) => ["audit", "--inventory", Inventory, "--history", database.ConnectionString, "--shard", $"{shard}/2", "--run-id", "night-1", "--lang", "en"];

        var first = await CliRunner.RunAsync(Args(0));
        var again = await CliRunner.RunAsync(Args(0));
        var other = await CliRunner.RunAsync(Args(1));

        Assert.True(first.ExitCode is 0 or 1, first.Error);
        Assert.Equal(2, again.ExitCode);
        Assert.Equal("Shard 0/2 of run night-1 is already in the history: give a new --run-id to audit again", Assert.Single(again.ErrorLines).Replace("icp-badge: ", string.Empty, StringComparison.Ordinal));
        Assert.True(other.ExitCode is 0 or 1, other.Error);
        Assert.Equal(2L, await database.ScalarAsync("SELECT COUNT(*) FROM site_results WHERE run_id = 'night-1'"));
        Assert.Equal(2L, await database.ScalarAsync("SELECT COUNT(*) FROM run_shards WHERE run_id = 'night-1'"));
    }
}

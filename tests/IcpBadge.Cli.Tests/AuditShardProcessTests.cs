using System.Text;
using System.Text.RegularExpressions;
using IcpBadge.Audits;
using IcpBadge.Audits.History;
using IcpBadge.Audits.Tests.Support;
using IcpBadge.Testing;
using NodaTime;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// Sharding as a CI matrix runs it: four <c>icp-badge audit --shard I/4</c> processes at once (the native binary when
/// <c>ICPBADGE_NATIVE</c> is set, else <c>dotnet IcpBadge.Cli.dll</c>) writing one run into a real PostgreSQL, against
/// loopback sites; the stored run is complete and equal to an unsharded run's, and a fifth process writing a shard
/// again is refused with nothing written.
/// </summary>
public sealed partial class AuditShardProcessTests : IAsyncLifetime, IDisposable
{
    private const int Sites = 10;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-audit-processes-").FullName;
    private PortfolioServer _server = null!;

    private string Inventory => Path.Combine(_folder, "sites.json");

    public async Task InitializeAsync()
    {
        _server = await PortfolioServer.StartAsync();
        var sites = string.Join(",\n", Enumerable.Range(0, Sites).Select(i => $$"""
            { "Site": { "Id": "site{{i}}", "Name": "示例网站", "HomeUrls": [ "{{_server.Url($"s{i}/").AbsoluteUri}}" ] },
              "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2025-12-01" },
              "Police": { "Number": "京公网安备11010502030143号" },
              "Copyright": { "Holder": "示例科技有限公司" } }
            """));
        await File.WriteAllTextAsync(Inventory, $$"""{ "Sites": [ {{sites}} ] }""");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [PostgresFact]
    public async Task FourShardProcesses_StoreOneCompleteRun_EqualToTheUnshardedRun_AndAFifthIsRefused()
    {
        await using var sharded = await PostgresTestDatabase.CreateAsync();
        await using var whole = await PostgresTestDatabase.CreateAsync();

        ServePages();
        var shards = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => CliProcess.RunAsync(Audit(sharded, "--shard", $"{i}/4"), Limit)));
        ServePages();
        var unsharded = await CliProcess.RunAsync(Audit(whole), Limit);

        // Sites 0, 3, 6 and 9 show another site's number: every shard (sites i, i+4, i+8) has one and exits 1.
        Assert.All(shards, s => Assert.True(s.ExitCode == 1 && s.Error.Length == 0, $"exit {s.ExitCode}: {s.Error}"));
        Assert.True(unsharded.ExitCode == 1 && unsharded.Error.Length == 0, $"exit {unsharded.ExitCode}: {unsharded.Error}");
        var stored = await LoadAsync(sharded);
        var expected = await LoadAsync(whole);
        Assert.True(stored.IsComplete);
        Assert.Equal((4, 4), (stored.Reference.ShardCount, stored.Reference.ShardsIn));
        Assert.Equal(Sites, stored.Run.Sites.Count);
        Assert.Equal(Normalized(expected.Run), Normalized(stored.Run));

        var again = await CliProcess.RunAsync(Audit(sharded, "--shard", "2/4"), Limit);

        Assert.Equal(2, again.ExitCode);
        Assert.Equal(["icp-badge: Shard 2/4 of run night-1 is already in the history: give a new --run-id to audit again"], again.ErrorLines);
        Assert.Equal((long)Sites, await sharded.ScalarAsync("SELECT COUNT(*) FROM site_results WHERE run_id = 'night-1'"));
        Assert.Equal(4L, await sharded.ScalarAsync("SELECT COUNT(*) FROM run_shards"));
        Assert.Equal(1L, await sharded.ScalarAsync("SELECT COUNT(*) FROM runs"));
        Assert.Equal(Normalized(stored.Run), Normalized((await LoadAsync(sharded)).Run));
    }

    /// <summary>
    /// The run's JSON with every time (<c>2026-12-03T10:00:00+08:00</c>) replaced: processes read the real clock, so
    /// the start and finish times differ between runs; everything else (sites, order, findings, obligations) must not.
    /// </summary>
    private static string Normalized(AuditRun run)
    {
        using var buffer = new MemoryStream();
        run.WriteJson(buffer);
        return Timestamp().Replace(Encoding.UTF8.GetString(buffer.ToArray()), "TIME");
    }

    private static async Task<StoredRun> LoadAsync(PostgresTestDatabase database)
    {
        await using var history = new PostgresAuditHistory(database.ConnectionString, SystemClock.Instance);
        return await history.LoadRunAsync("night-1") ?? throw new InvalidOperationException("run night-1 is not in the store");
    }

    private string[] Audit(PostgresTestDatabase database, params string[] extra) =>
        ["audit", "--inventory", Inventory, "--history", database.ConnectionString, "--run-id", "night-1", "--today", "2026-12-03", "--concurrency", "4", "--format", "json", "--lang", "en", .. extra];

    /// <summary>Every third page broken, and every fourth failing once with a 503 before its page (a retry, then OK).</summary>
    private void ServePages()
    {
        for (var i = 0; i < Sites; i++)
        {
            _server.Serve($"/s{i}/", i % 3 == 0 ? PortfolioServer.BrokenPage : PortfolioServer.GoodPage, failFirst: i % 4 == 1 ? 1 : 0);
        }
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+08:00")]
    private static partial Regex Timestamp();
}

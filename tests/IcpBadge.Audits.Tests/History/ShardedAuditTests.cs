using System.Text;
using IcpBadge.Audits.History;
using IcpBadge.Audits.Tests.Support;
using IcpBadge.Testing;
using IcpBadge.Verification;

namespace IcpBadge.Audits.Tests.History;

/// <summary>
/// Real audits of a loopback portfolio in four concurrent shards, each with its own PostgreSQL store (its own
/// connections, as four processes would have), against a new database: one complete run equal to the unsharded one.
/// </summary>
public sealed class ShardedAuditTests : IAsyncLifetime
{
    private PortfolioServer _server = null!;

    public async Task InitializeAsync() => _server = await PortfolioServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [PostgresFact]
    public async Task FourConcurrentShardAudits_StoreOneCompleteRun_EqualToTheUnshardedAudit()
    {
        var sites = Enumerable.Range(0, 10).Select(i =>
        {
            _server.Serve($"/s{i}/", i % 3 == 0 ? PortfolioServer.BrokenPage : PortfolioServer.GoodPage, failFirst: i % 4 == 1 ? 1 : 0);
            return AuditFixture.Site($"site{i}", _server.Url($"s{i}/"));
        });
        var profiles = AuditFixture.Profiles(AuditFixture.Inventory([.. sites]));
        await using var sharded = await PostgresTestDatabase.CreateAsync();
        await using var whole = await PostgresTestDatabase.CreateAsync();

        using var start = new Barrier(4);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(index => Task.Run(async () =>
        {
            await using var history = new PostgresAuditHistory(sharded.ConnectionString, AuditFixture.Clock(1));
            await using var runner = new AuditRunner(AuditFixture.Clock(1), AuditFixture.Fetcher());
            start.SignalAndWait();
            return await runner.RunAsync(profiles, new AuditOptions { History = history, Concurrency = 4, Shard = new VerificationShard(index, 4), RunId = "night-1" });
        })));
        AuditOutcome unsharded;
        await using (var history = new PostgresAuditHistory(whole.ConnectionString, AuditFixture.Clock(1)))
        await using (var runner = new AuditRunner(AuditFixture.Clock(1), AuditFixture.Fetcher()))
        {
            unsharded = await runner.RunAsync(profiles, new AuditOptions { History = history, Concurrency = 4, RunId = "night-1" });
        }

        Assert.All(outcomes, o => Assert.Null(o.HistoryFailure));
        Assert.Equal([3, 3, 2, 2], outcomes.Select(o => o.Run.Sites.Count));
        Assert.All(outcomes, o => Assert.Equal(1, o.ExitCode)); // each shard has a broken page and exits by its own results
        await using var shardedStore = new PostgresAuditHistory(sharded.ConnectionString, AuditFixture.Clock(1));
        await using var wholeStore = new PostgresAuditHistory(whole.ConnectionString, AuditFixture.Clock(1));
        var stored = await shardedStore.LoadRunAsync("night-1");
        var expected = await wholeStore.LoadRunAsync("night-1");
        Assert.True(stored!.IsComplete);
        Assert.Equal((4, 4), (stored.Reference.ShardCount, stored.Reference.ShardsIn));
        Assert.Equal(Json(expected!.Run), Json(stored.Run));
        Assert.Equal(Json(unsharded.Run), Json(stored.Run));
    }

    [PostgresFact]
    public async Task ShardAuditedTwice_ExitsTwo_AndTheStoreKeepsTheFirst()
    {
        _server.Serve("/a/", PortfolioServer.GoodPage);
        _server.Serve("/b/", PortfolioServer.GoodPage);
        var profiles = AuditFixture.Profiles(AuditFixture.Inventory(AuditFixture.Site("a", _server.Url("a/")), AuditFixture.Site("b", _server.Url("b/"))));
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var history = new PostgresAuditHistory(database.ConnectionString, AuditFixture.Clock(1));
        var options = new AuditOptions { History = history, Shard = new VerificationShard(1, 2), RunId = "r" };
        await using var runner = new AuditRunner(AuditFixture.Clock(1), AuditFixture.Fetcher());

        var first = await runner.RunAsync(profiles, options);
        var second = await runner.RunAsync(profiles, options);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, second.ExitCode);
        Assert.Equal("Shard 1/2 of run r is already in the history: give a new --run-id to audit again", second.HistoryFailure!.Problem.En);
        Assert.Single(second.Run.Sites); // the results are still there to print
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM site_results"));
    }

    [Fact]
    public async Task UnreachablePostgres_ExitsThree_WithTheResults()
    {
        _server.Serve("/a/", PortfolioServer.GoodPage);
        var profiles = AuditFixture.Profiles(AuditFixture.Inventory(AuditFixture.Site("a", _server.Url("a/"))));
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var history = new PostgresAuditHistory($"Host=127.0.0.1;Port={port};Database=audits;Username=ops;Timeout=5", AuditFixture.Clock(1));
        await using var runner = new AuditRunner(AuditFixture.Clock(1), AuditFixture.Fetcher());

        var outcome = await runner.RunAsync(profiles, new AuditOptions { History = history, Shard = new VerificationShard(0, 2), RunId = "r" });

        Assert.Equal(3, outcome.ExitCode);
        Assert.Single(outcome.Run.Sites);
        Assert.Equal(TargetStatus.Ok, outcome.Run.Sites[0].Targets[0].Status);
        Assert.StartsWith($"History store postgres://127.0.0.1:{port}/audits cannot be reached: ", outcome.HistoryFailure!.Problem.En, StringComparison.Ordinal);
    }

    private static string Json(AuditRun run)
    {
        using var buffer = new MemoryStream();
        run.WriteJson(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

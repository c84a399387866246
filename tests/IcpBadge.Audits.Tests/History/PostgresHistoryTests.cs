using System.Net;
using System.Net.Sockets;
using System.Text;
using IcpBadge.Audits.History;
using IcpBadge.Audits.Tests.Support;
using IcpBadge.Localization;
using IcpBadge.Testing;
using IcpBadge.Verification;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Audits.Tests.History;

/// <summary>The PostgreSQL history store against a real server: concurrent shards of one run, and its refusals.</summary>
public sealed class PostgresHistoryTests
{
    private static readonly Instant Started = Instant.FromUtc(2026, 12, 3, 1, 0);
    private static readonly FakeClock Clock = new(Started);

    [PostgresFact]
    public async Task FourConcurrentShards_OnANewDatabase_MakeOneCompleteRun_EqualToTheUnshardedRun()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var sites = Sites(10);

        // Four stores (four connection pools, as four processes would have) migrate the new database and write at once.
        using var start = new Barrier(4);
        var shards = Enumerable.Range(0, 4).Select(index => Task.Run(async () =>
        {
            await using var store = new PostgresAuditHistory(database.ConnectionString, Clock);
            start.SignalAndWait();
            var shard = new VerificationShard(index, 4);
            await store.SaveRunAsync(Run("nightly-1", [.. shard.Select(sites)], shard));
        }));
        await Task.WhenAll(shards);

        await using var history = new PostgresAuditHistory(database.ConnectionString, Clock);
        await history.SaveRunAsync(Run("whole", sites, shard: null));
        var sharded = await history.LoadRunAsync("nightly-1");
        var whole = await history.LoadRunAsync("whole");

        Assert.True(sharded!.IsComplete);
        Assert.Equal(4, sharded.Reference.ShardCount);
        Assert.Equal(Json(whole!.Run).Replace("whole", "RUN", StringComparison.Ordinal), Json(sharded.Run).Replace("nightly-1", "RUN", StringComparison.Ordinal));
        Assert.Equal(1L, await database.ScalarAsync($"SELECT COUNT(*) FROM {AuditHistorySchema.MigrationsTable}"));
    }

    [PostgresFact]
    public async Task RunWithMissingShards_IsIncomplete_UntilTheLastArrives()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var history = new PostgresAuditHistory(database.ConnectionString, Clock);
        var sites = Sites(6);

        await history.SaveRunAsync(Run("r", [.. new VerificationShard(1, 3).Select(sites)], new VerificationShard(1, 3)));
        var partial = await history.LoadRunAsync("r");
        await history.SaveRunAsync(Run("r", [.. new VerificationShard(0, 3).Select(sites)], new VerificationShard(0, 3)));
        await history.SaveRunAsync(Run("r", [.. new VerificationShard(2, 3).Select(sites)], new VerificationShard(2, 3)));
        var complete = await history.LoadRunAsync("r");

        Assert.Equal([0, 2], partial!.MissingShards);
        Assert.True(complete!.IsComplete);
        Assert.Equal(sites.Select(s => s.Id), complete.Run.Sites.Select(s => s.Id));
    }

    [PostgresFact]
    public async Task ShardWrittenTwice_IsRefused_AndNothingMoreIsWritten()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var history = new PostgresAuditHistory(database.ConnectionString, Clock);
        var shard = new VerificationShard(2, 4);
        await history.SaveRunAsync(Run("twice", [.. shard.Select(Sites(8))], shard));
        var before = await database.ScalarAsync("SELECT COUNT(*) FROM site_results");

        var refused = await Assert.ThrowsAsync<AuditHistoryException>(() => history.SaveRunAsync(Run("twice", [.. shard.Select(Sites(8))], shard)));

        Assert.Equal(AuditHistoryFailure.Refused, refused.Failure);
        Assert.Contains("2/4", refused.Problem.En, StringComparison.Ordinal);
        Assert.Equal(before, await database.ScalarAsync("SELECT COUNT(*) FROM site_results"));
    }

    [PostgresFact]
    public async Task RunIdReusedWithAnotherShardCount_IsRefused()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var history = new PostgresAuditHistory(database.ConnectionString, Clock);
        await history.SaveRunAsync(Run("n", [.. new VerificationShard(0, 4).Select(Sites(8))], new VerificationShard(0, 4)));

        var refused = await Assert.ThrowsAsync<AuditHistoryException>(() => history.SaveRunAsync(Run("n", [.. new VerificationShard(1, 2).Select(Sites(8))], new VerificationShard(1, 2))));

        Assert.Equal(AuditHistoryFailure.Refused, refused.Failure);
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM run_shards"));
    }

    [PostgresFact]
    public async Task MissingDatabase_IsOneClearLine()
    {
        var address = new Npgsql.NpgsqlConnectionStringBuilder(PostgresFactAttribute.RequiredConnectionString) { Database = "icpbadge_no_such_database" }.ConnectionString;
        await using var history = new PostgresAuditHistory(address, Clock);

        var failed = await Assert.ThrowsAsync<AuditHistoryException>(() => history.InitializeAsync());

        Assert.Equal(AuditHistoryFailure.Unavailable, failed.Failure);
        Assert.Contains("does not exist", failed.Problem.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableServer_IsUnavailable_InOneLine()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var history = new PostgresAuditHistory($"postgres://ops:secret@127.0.0.1:{port}/audits?connect_timeout=5", Clock);

        var failed = await Assert.ThrowsAsync<AuditHistoryException>(() => history.SaveRunAsync(Run("r", Sites(1), null)));

        Assert.Equal(AuditHistoryFailure.Unavailable, failed.Failure);
        Assert.StartsWith($"History store postgres://127.0.0.1:{port}/audits cannot be reached: ", failed.Problem.En, StringComparison.Ordinal);
        Assert.StartsWith("无法连接审计历史库", failed.Problem.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failed.Problem.En);
        Assert.DoesNotContain("secret", failed.Problem.En, StringComparison.Ordinal);
    }

    private static List<SiteAudit> Sites(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var target = $"https://site{i}.example.cn/";
            IReadOnlyList<InspectionFinding> findings = i % 3 == 0
                ? [new InspectionFinding("ICP001", FindingSeverity.Error, new LocalizedText("缺少备案号", "no ICP number"), $"site {i} © 2026")]
                : [];
            return new SiteAudit($"site{i}.example.cn", $"站点{i}", [], [new TargetReport(target, target, TargetStatus.Ok, true, findings)]) { Position = i };
        }),
    ];

    private static AuditRun Run(string runId, IReadOnlyList<SiteAudit> sites, VerificationShard? shard) =>
        new(runId, Started, Started + Duration.FromMinutes(5), new LocalDate(2026, 12, 3), sites, [], shard);

    private static string Json(AuditRun run)
    {
        using var buffer = new MemoryStream();
        run.WriteJson(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

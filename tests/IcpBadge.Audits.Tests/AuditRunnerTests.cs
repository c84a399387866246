using System.Text;
using System.Text.Json;
using IcpBadge.Audits.History;
using IcpBadge.Audits.Tests.Support;
using IcpBadge.Testing;
using IcpBadge.Localization;
using IcpBadge.Verification;

namespace IcpBadge.Audits.Tests;

/// <summary>
/// Audits against a loopback server whose pages change between nights: a page fixed, a page broken, a site going
/// down, a server answering 503 once before its page. Consecutive audits report the right changes, and the history
/// the right first-seen and last-clean dates.
/// </summary>
public sealed class AuditRunnerTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-audit-").FullName;
    private PortfolioServer _server = null!;

    public async Task InitializeAsync() => _server = await PortfolioServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task TwoNights_ReportTheRightChanges_AndTheHistoryTheRightDates()
    {
        var profiles = AuditFixture.Profiles(AuditFixture.Inventory(
            AuditFixture.Site("fixed", _server.Url("fixed/")),
            AuditFixture.Site("broken", _server.Url("broken/")),
            AuditFixture.Site("down", _server.Url("down/")),
            AuditFixture.Site("flaky", _server.Url("flaky/"))));
        await using var history = new SqliteAuditHistory(Path.Combine(_folder, "audit.db"), AuditFixture.Clock(1));

        _server.Serve("/fixed/", PortfolioServer.BrokenPage);
        _server.Serve("/broken/", PortfolioServer.GoodPage);
        _server.Serve("/down/", PortfolioServer.GoodPage);
        _server.Serve("/flaky/", PortfolioServer.GoodPage, failFirst: 1);
        var first = await AuditAsync(1, profiles, history);

        Assert.Null(first.HistoryFailure);
        Assert.Empty(first.Run.Changes);
        Assert.Equal(1, first.ExitCode);
        Assert.True(
            first.Run.Sites.Select(s => s.IsClean).SequenceEqual([false, true, true, true]),
            string.Join("\n", first.Run.Sites.SelectMany(s => s.Targets.SelectMany(t => t.Findings.Select(f => $"{s.Id} {f}")).Concat(s.Obligations.Select(o => $"{s.Id} {o.Id} {o.State}")))));
        Assert.Equal(TargetStatus.Ok, first.Run.Sites[3].Targets[0].Status); // the 503 was retried

        _server.Serve("/fixed/", PortfolioServer.GoodPage);
        _server.Serve("/broken/", PortfolioServer.BrokenPage);
        _server.Remove("/down/");
        _server.Serve("/flaky/", PortfolioServer.GoodPage, failFirst: 1);
        var second = await AuditAsync(2, profiles, history);

        Assert.Null(second.HistoryFailure);
        var fixedRule = Assert.Single(first.Run.Sites[0].Targets[0].Findings, f => f.Severity == FindingSeverity.Error).Rule;
        var brokenRule = Assert.Single(second.Run.Sites[1].Targets[0].Findings, f => f.Severity == FindingSeverity.Error).Rule;
        Assert.Equal(
            [
                ("fixed", AuditChangeKind.FixedFinding, fixedRule, "error", null),
                ("broken", AuditChangeKind.NewFinding, brokenRule, null, "error"),
                ("down", AuditChangeKind.BecameUnreachable, "NET001", "ok", "unreachable"),
            ],
            second.Run.Changes.Select(c => (c.SiteId, c.Kind, c.Rule, c.From, c.To)));
        Assert.All(second.Run.Changes, c => Assert.Null(c.Obligation));

        // A third night: the broken page is still broken, the site is back up.
        _server.Serve("/down/", PortfolioServer.GoodPage);
        _server.Serve("/flaky/", PortfolioServer.GoodPage, failFirst: 1);
        var third = await AuditAsync(3, profiles, history);
        Assert.Equal([("down", AuditChangeKind.BecameReachable)], third.Run.Changes.Select(c => (c.SiteId, c.Kind)));

        var sites = (await history.GetSiteHistoryAsync()).ToDictionary(s => s.Id);
        Assert.Equal(["broken", "down", "fixed", "flaky"], sites.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new NodaTime.LocalDate(2026, 12, 3), sites["fixed"].LastRun.Today);
        Assert.Equal(new NodaTime.LocalDate(2026, 12, 3), sites["fixed"].LastCleanRun!.Today);
        Assert.Equal(new NodaTime.LocalDate(2026, 12, 1), sites["broken"].LastCleanRun!.Today);
        var open = Assert.Single(sites["broken"].OpenFindings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(second.Run.StartedAt, open.FirstSeen);
        Assert.Equal(second.Run.RunId, open.FirstSeenRunId);
        Assert.Equal(new NodaTime.LocalDate(2026, 12, 3), sites["down"].LastCleanRun!.Today);
        Assert.Equal(new NodaTime.LocalDate(2026, 12, 3), sites["flaky"].LastCleanRun!.Today);

        var stored = await history.LoadRunAsync();
        Assert.NotNull(stored);
        Assert.True(stored.IsComplete);
        Assert.Equal(third.Run.RunId, stored.Run.RunId);
        Assert.Equal(Json(third.Run), Json(stored.Run));
    }

    [Fact]
    public async Task ASiteLeftOutOfSeveralRuns_IsComparedWithItsOwnLastRun()
    {
        // The newest few runs are read whole and older ones looked up per site: a site missing from more runs than
        // that must still be compared with the last run it was in, and keep its finding's first-seen date.
        var both = AuditFixture.Profiles(AuditFixture.Inventory(
            AuditFixture.Site("rare", _server.Url("rare/")),
            AuditFixture.Site("steady", _server.Url("steady/"))));
        var steadyOnly = both.Where(p => p.Id == "steady").ToList();
        await using var history = new SqliteAuditHistory(Path.Combine(_folder, "audit.db"), AuditFixture.Clock(1));
        _server.Serve("/rare/", PortfolioServer.BrokenPage);
        _server.Serve("/steady/", PortfolioServer.GoodPage);

        var first = await AuditAsync(1, both, history);
        for (var day = 2; day <= 6; day++)
        {
            Assert.Null((await AuditAsync(day, steadyOnly, history)).HistoryFailure);
        }

        var last = await AuditAsync(7, both, history);

        Assert.Null(last.HistoryFailure);
        Assert.Empty(last.Run.Changes);
        var sites = (await history.GetSiteHistoryAsync()).ToDictionary(s => s.Id);
        var open = Assert.Single(sites["rare"].OpenFindings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(first.Run.StartedAt, open.FirstSeen);
        Assert.Equal(first.Run.RunId, open.FirstSeenRunId);
    }

    [Fact]
    public async Task TheJson_HasTheDocumentedShape_WithChinaTimes()
    {
        _server.Serve("/a/", PortfolioServer.BrokenPage);
        var profiles = AuditFixture.Profiles(AuditFixture.Inventory(AuditFixture.Site("a", _server.Url("a/"))));
        var outcome = await AuditAsync(1, profiles, history: null);

        using var document = JsonDocument.Parse(Json(outcome.Run));
        var root = document.RootElement;
        Assert.Equal(["runId", "startedAt", "finishedAt", "today", "sites", "changes", "summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-12-01T10:00:00+08:00", root.GetProperty("startedAt").GetString());
        Assert.Equal("2026-12-01", root.GetProperty("today").GetString());
        var site = root.GetProperty("sites")[0];
        Assert.Equal(["site", "id", "obligations", "targets", "evidence"], site.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["target", "finalUrl", "status", "findings"], site.GetProperty("targets")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["sites", "overdue", "dueSoon", "errors", "warnings", "unreachable"], root.GetProperty("summary").EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("summary").GetProperty("errors").GetInt32() >= 1);

        var text = new StringWriter();
        outcome.Run.WriteText(text, Language.Zh);
        Assert.Contains("示例网站（a）", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("与上次运行相比没有变化。", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadOnlyHistory_StillGivesTheRun_WithOneClearFailure()
    {
        _server.Serve("/a/", PortfolioServer.GoodPage);
        var profiles = AuditFixture.Profiles(AuditFixture.Inventory(AuditFixture.Site("a", _server.Url("a/"))));
        var path = Path.Combine(_folder, "audit.db");
        await using (var history = new SqliteAuditHistory(path))
        {
            await history.InitializeAsync();
        }

        using (ReadOnlyFile.Make(path))
        {
            await using var readOnly = new SqliteAuditHistory(path, AuditFixture.Clock(1));
            var outcome = await AuditAsync(1, profiles, readOnly);

            Assert.Single(outcome.Run.Sites);
            Assert.NotNull(outcome.HistoryFailure);
            Assert.Equal(AuditHistoryFailure.Unavailable, outcome.HistoryFailure.Failure);
            Assert.Equal(3, outcome.ExitCode);
            Assert.DoesNotContain('\n', outcome.HistoryFailure.Problem.En);
            Assert.Contains("read-only", outcome.HistoryFailure.Problem.En, StringComparison.Ordinal);
            Assert.Empty(await readOnly.ListRunsAsync());
        }
    }

    [Fact]
    public async Task AShard_WithSqlite_IsRefusedBeforeAnythingIsFetched()
    {
        _server.Serve("/a/", PortfolioServer.GoodPage);
        var profiles = AuditFixture.Profiles(AuditFixture.Inventory(AuditFixture.Site("a", _server.Url("a/"))));
        await using var history = new SqliteAuditHistory(Path.Combine(_folder, "audit.db"));
        await using var runner = new AuditRunner(AuditFixture.Clock(1), AuditFixture.Fetcher());

        var refused = await Assert.ThrowsAsync<AuditHistoryException>(() => runner.RunAsync(profiles, new AuditOptions { History = history, Shard = new VerificationShard(0, 2), RunId = "r" }));

        Assert.Equal(AuditHistoryFailure.Refused, refused.Failure);
        Assert.Contains("--shard needs a PostgreSQL history store", refused.Problem.En, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "audit.db")));
    }

    private static async Task<AuditOutcome> AuditAsync(int day, IReadOnlyList<Configuration.SiteProfile> profiles, AuditHistoryStore? history)
    {
        await using var runner = new AuditRunner(AuditFixture.Clock(day), AuditFixture.Fetcher());
        return await runner.RunAsync(profiles, new AuditOptions { History = history, Concurrency = 4 });
    }

    private static string Json(AuditRun run)
    {
        using var buffer = new MemoryStream();
        run.WriteJson(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

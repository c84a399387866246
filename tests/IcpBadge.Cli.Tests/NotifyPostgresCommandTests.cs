using IcpBadge.Audits.Tests.Notifications;
using IcpBadge.Audits.Tests.Support;
using IcpBadge.Testing;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>icp-badge notify</c> over a real PostgreSQL history written by <c>icp-badge audit</c>, to a loopback DingTalk
/// robot that checks the signature as the platform does; and its refusal of a run whose shards are not all in.
/// </summary>
public sealed class NotifyPostgresCommandTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-notify-pg-").FullName;
    private PortfolioServer _server = null!;
    private RobotServer _robots = null!;

    private string Inventory => Path.Combine(_folder, "sites.json");

    public async Task InitializeAsync()
    {
        _server = await PortfolioServer.StartAsync();
        _robots = await RobotServer.StartAsync(TimeProvider.System);
        _server.Serve("/a/", PortfolioServer.GoodPage);
        _server.Serve("/b/", PortfolioServer.GoodPage);
        var sites = string.Join(",\n", ((string[])["a", "b"]).Select(id => $$"""
            { "Site": { "Id": "{{id}}", "Name": "示例网站", "HomeUrls": [ "{{_server.Url(id + "/").AbsoluteUri}}" ] },
              "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2025-12-01" },
              "Police": { "Number": "京公网安备11010502030143号" },
              "Copyright": { "Holder": "示例科技有限公司" } }
            """));
        await File.WriteAllTextAsync(Inventory, $$"""{ "Sites": [ {{sites}} ] }""");
    }

    public async Task DisposeAsync()
    {
        await _robots.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [PostgresFact]
    public async Task Notify_sends_what_changed_to_the_signed_robot_once_and_records_it_in_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        AssertExit(0, await AuditAsync(database, 1, "night-1"));
        AssertExit(0, await NotifyAsync(database));
        var before = _robots.Accepted("dingtalk").Count;

        _server.Serve("/b/", PortfolioServer.BrokenPage);
        AssertExit(1, await AuditAsync(database, 2, "night-2"));
        var sent = await NotifyAsync(database);
        var rerun = await NotifyAsync(database);

        Assert.Equal(0, sent.ExitCode);
        Assert.Empty(sent.Error);
        Assert.Contains("dingtalk", sent.Out, StringComparison.Ordinal);
        Assert.Empty(_robots.Rejections);
        var message = Assert.Single(_robots.Accepted("dingtalk").Skip(before));
        Assert.StartsWith("### ICP备案审计提醒 2026-12-02：1 项新情况", message.Text, StringComparison.Ordinal);
        Assert.Contains("- **核查错误** 示例网站（b）：ICP003 ", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("（a）", message.Text, StringComparison.Ordinal);
        Assert.True((long)(await database.ScalarAsync("SELECT COUNT(*) FROM notifications WHERE channel = 'dingtalk' AND site_id = 'b' AND run_id = 'night-2'"))! >= 1);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(before + 1, _robots.Accepted("dingtalk").Count); // a rerun sends nothing new
        Assert.Equal(before + 1, _robots.Requests.Count);
    }

    [PostgresFact]
    public async Task Notify_refuses_a_run_with_a_shard_missing_in_one_line_exit_2_and_sends_nothing()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        AssertExit(0, await AuditAsync(database, 1, "night-1"));
        _server.Serve("/b/", PortfolioServer.BrokenPage);
        var shard = await AuditAsync(database, 2, "night-2", "--shard", "0/2");
        Assert.True(shard.ExitCode is 0 or 1, shard.Error);

        var english = await NotifyAsync(database, "--lang", "en");
        var chinese = await NotifyAsync(database, "--lang", "zh");

        Assert.Equal(2, english.ExitCode);
        Assert.Empty(english.Out);
        Assert.Equal(["icp-badge: notify: the latest run night-2 is incomplete (1 of 2 shards are in); nothing was sent. Run notify again when every shard has finished."], english.ErrorLines);
        Assert.Equal(2, chinese.ExitCode);
        Assert.Equal(["icp-badge: notify：最新一次审计 night-2 尚不完整（已写入 1/2 个分片）；未发送任何消息。请在所有分片完成后再运行 notify。"], chinese.ErrorLines);
        Assert.Empty(_robots.Requests);
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM notifications"));
    }

    private static void AssertExit(int expected, CliResult result) =>
        Assert.True(result.ExitCode == expected, $"exit {result.ExitCode}, not {expected}:\n{result.Out}\n{result.Error}");

    private Task<CliResult> AuditAsync(PostgresTestDatabase database, int day, string runId, params string[] extra) =>
        CliRunner.RunAsync(new FakeClock(Instant.FromUtc(2026, 12, day, 2, 0)), ["audit", "--inventory", Inventory, "--history", database.ConnectionString, "--run-id", runId, "--lang", "en", .. extra]);

    private Task<CliResult> NotifyAsync(PostgresTestDatabase database, params string[] extra) =>
        CliRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string>
            {
                ["ICPBADGE_HISTORY"] = database.ConnectionString,
                ["ICPBADGE_DINGTALK_WEBHOOK"] = _robots.Url("dingtalk").AbsoluteUri,
                ["ICPBADGE_DINGTALK_SECRET"] = RobotServer.DingTalkSecret,
            },
            ["notify", "--to", "dingtalk", .. extra]);
}

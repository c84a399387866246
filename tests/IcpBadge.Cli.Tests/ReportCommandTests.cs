using IcpBadge.Audits.Tests.Notifications;
using IcpBadge.Audits.Tests.Reports;

namespace IcpBadge.Cli.Tests;

public sealed class ReportCommandTests : IAsyncLifetime
{
    private ReportHistory _history = null!;
    private RobotServer _robots = null!;

    public async Task InitializeAsync()
    {
        _history = await ReportHistory.CreateAsync();
        _robots = await RobotServer.StartAsync(TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        await _robots.DisposeAsync();
        await _history.DisposeAsync();
    }

    [Theory]
    [InlineData("html", "<!DOCTYPE html>", "备案合规审计报告")]
    [InlineData("markdown", "## ", "| 50 | 5 | 7 | 6 | 1 |")]
    [InlineData("openmetrics", "# HELP", "# EOF")]
    public async Task Report_writes_each_format_in_chinese_by_default(string format, string start, string contains)
    {
        var output = Path.Combine(Path.GetDirectoryName(_history.Path)!, "report." + format);

        var result = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["LANG"] = "en_US.UTF-8" },
            "report", "--history", _history.Path, "--output", output, "--format", format);

        Assert.Equal(0, result.ExitCode);
        var text = await File.ReadAllTextAsync(output);
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.Contains(contains, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_of_an_unknown_run_or_without_a_store_exits_2_with_one_line()
    {
        var output = Path.Combine(Path.GetDirectoryName(_history.Path)!, "r.html");
        var unknown = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string>(), "report", "--history", _history.Path, "--run", "nope", "--output", output);
        var noStore = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string>(), "report", "--output", output);

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("nope", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, noStore.ExitCode);
        Assert.Contains("ICPBADGE_HISTORY", noStore.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Notify_without_a_channels_variables_exits_2_and_sends_nothing()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["ICPBADGE_HISTORY"] = _history.Path, ["ICPBADGE_WECOM_WEBHOOK"] = _robots.Url("wecom").AbsoluteUri, ["ICPBADGE_DINGTALK_WEBHOOK"] = _robots.Url("dingtalk").AbsoluteUri },
            "notify", "--to", "wecom", "--to", "dingtalk");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ICPBADGE_DINGTALK_SECRET", result.Error, StringComparison.Ordinal);
        Assert.Empty(_robots.Requests);
    }

    [Fact]
    public async Task Notify_names_the_channel_that_failed_and_exits_3_then_sends_nothing_new()
    {
        _robots.Plan("wecom", 200, """{"errcode":93000,"errmsg":"invalid webhook url"}""");
        var environment = new Dictionary<string, string>
        {
            ["ICPBADGE_HISTORY"] = _history.Path,
            ["ICPBADGE_WECOM_WEBHOOK"] = _robots.Url("wecom").AbsoluteUri,
            ["ICPBADGE_FEISHU_WEBHOOK"] = _robots.Url("feishu").AbsoluteUri,
            ["ICPBADGE_FEISHU_SECRET"] = RobotServer.FeishuSecret,
        };

        var failed = await CliRunner.RunWithEnvironmentAsync(environment, "notify", "--to", "wecom", "--to", "feishu");
        var rerun = await CliRunner.RunWithEnvironmentAsync(environment, "notify", "--to", "feishu");

        Assert.Equal(3, failed.ExitCode);
        Assert.Contains("wecom", failed.Error, StringComparison.Ordinal);
        Assert.Contains("93000", failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("feishu", failed.Error, StringComparison.Ordinal);
        Assert.Single(_robots.Accepted("feishu"));
        Assert.Equal(0, rerun.ExitCode);
        Assert.Single(_robots.Accepted("feishu"));
    }

    [Fact]
    public async Task Notify_dry_run_prints_the_messages_and_sends_nothing()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["ICPBADGE_HISTORY"] = _history.Path }, "notify", "--to", "dingtalk", "--dry-run", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--- dingtalk", result.Out, StringComparison.Ordinal);
        Assert.Contains("ICP filing (备案) audit", result.Out, StringComparison.Ordinal);
        Assert.Contains("**Overdue**", result.Out, StringComparison.Ordinal);
        Assert.Empty(_robots.Requests);
    }
}

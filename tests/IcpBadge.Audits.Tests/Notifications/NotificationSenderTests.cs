using System.Text;
using IcpBadge.Audits.Notifications;
using IcpBadge.Localization;
using Microsoft.Extensions.Time.Testing;

namespace IcpBadge.Audits.Tests.Notifications;

public sealed class NotificationSenderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
    private static readonly HttpClient Client = new();
    private RobotServer _robots = null!;

    public async Task InitializeAsync() => _robots = await RobotServer.StartAsync(_clock);

    public async Task DisposeAsync() => await _robots.DisposeAsync();

    [Theory]
    [InlineData(NotificationChannel.WeCom)]
    [InlineData(NotificationChannel.DingTalk)]
    [InlineData(NotificationChannel.Feishu)]
    public async Task Each_robot_accepts_the_signed_message_with_every_line(NotificationChannel channel)
    {
        var delivery = await Sender().SendAsync(Endpoint(channel), Message(3));

        Assert.True(delivery.Succeeded, delivery.Failure?.En);
        Assert.Equal(1, delivery.MessagesSent);
        Assert.Empty(_robots.Rejections);
        var text = Assert.Single(_robots.Accepted(channel.Name())).Text!;
        Assert.Contains("备案", text, StringComparison.Ordinal);
        Assert.Contains("site-2.example.cn", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_robot_that_refuses_fails_the_channel_naming_it_and_its_code()
    {
        _robots.Plan("dingtalk", 200, """{"errcode":310000,"errmsg":"keywords not in content"}""");

        var delivery = await Sender().SendAsync(Endpoint(NotificationChannel.DingTalk), Message(2));

        Assert.False(delivery.Succeeded);
        Assert.Equal(0, delivery.MessagesSent);
        Assert.Contains("dingtalk", delivery.Failure!.En, StringComparison.Ordinal);
        Assert.Contains("310000", delivery.Failure.Zh, StringComparison.Ordinal);
        Assert.Single(_robots.Requests);
    }

    [Fact]
    public async Task A_503_then_200_is_retried_and_delivered()
    {
        _robots.Plan("wecom", 503, "busy");

        var delivery = await Sender().SendAsync(Endpoint(NotificationChannel.WeCom), Message(2));

        Assert.True(delivery.Succeeded, delivery.Failure?.En);
        Assert.Equal(2, _robots.Requests.Count);
        Assert.Single(_robots.Accepted("wecom"));
    }

    [Fact]
    public async Task Three_503s_fail_the_channel_after_two_retries()
    {
        for (var i = 0; i < 3; i++)
        {
            _robots.Plan("feishu", 503, "busy");
        }

        var delivery = await Sender().SendAsync(Endpoint(NotificationChannel.Feishu), Message(2));

        Assert.False(delivery.Succeeded);
        Assert.Contains("503", delivery.Failure!.En, StringComparison.Ordinal);
        Assert.Equal(3, _robots.Requests.Count);
    }

    [Theory]
    [InlineData(NotificationChannel.WeCom, 4096)]
    [InlineData(NotificationChannel.DingTalk, 20_000)]
    [InlineData(NotificationChannel.Feishu, 20_000)]
    public async Task Many_sites_are_split_within_the_limit_and_the_rest_counted(NotificationChannel channel, int limit)
    {
        var message = Message(5_000);

        var delivery = await Sender().SendAsync(Endpoint(channel), message);

        Assert.True(delivery.Succeeded, delivery.Failure?.En);
        Assert.Empty(_robots.Rejections);
        var accepted = _robots.Accepted(channel.Name());
        Assert.Equal(10, accepted.Count);
        Assert.All(accepted, r => Assert.True(Encoding.UTF8.GetByteCount(r.Text!) <= limit + 200));
        Assert.All(accepted, r => Assert.Contains("备案", r.Text!, StringComparison.Ordinal));
        Assert.Contains("(10/10)", accepted[^1].Text!, StringComparison.Ordinal);

        // Every line is either sent or counted in "…and N more", once.
        var shown = accepted.SelectMany(r => r.Text!.Split('\n')).Count(line => line.Contains(".example.cn", StringComparison.Ordinal));
        var more = System.Text.RegularExpressions.Regex.Match(accepted[^1].Text!, @"另有 (\d+) 项");
        Assert.True(more.Success, accepted[^1].Text);
        Assert.Equal(5_000, shown + int.Parse(more.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task DingTalk_sends_at_most_20_messages_a_minute()
    {
        var sender = Sender(new NotificationSenderOptions { TimeProvider = _clock, RetryDelay = TimeSpan.Zero, MaxMessagesPerChannel = 25, Timeout = TimeSpan.FromHours(2) });
        var longLines = new NotificationMessage("备案提醒", [.. Enumerable.Range(0, 25).Select(i => $"site-{i}.example.cn " + new string('x', 15_000))], Language.Zh, default);

        // The 20th reply may still be on its way when the test moves the clock: its time limit must not run out then.
        var sending = sender.SendAsync(Endpoint(NotificationChannel.DingTalk), longLines);
        await _robots.WhenReceived(20);

        Assert.False(sending.IsCompleted);
        Assert.Equal(20, _robots.Requests.Count);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var delivery = await sending;

        Assert.True(delivery.Succeeded, delivery.Failure?.En);
        Assert.Equal(25, _robots.Accepted("dingtalk").Count);
    }

    [Fact]
    public async Task The_webhook_receives_the_body_as_given()
    {
        var body = """{"runId":"r1","changes":[]}"""u8.ToArray();
        var delivery = await Sender().SendAsync(Endpoint(NotificationChannel.Webhook), new NotificationMessage("备案", ["x"], Language.En, body));

        Assert.True(delivery.Succeeded);
        Assert.Equal(body, Assert.Single(_robots.Accepted("webhook")).Body);
    }

    [Fact]
    public void A_channel_without_its_variables_names_each_missing_one()
    {
        var variables = new Dictionary<string, string?> { [NotificationEndpoints.DingTalkWebhookVariable] = "https://oapi.dingtalk.com/robot/send?access_token=x" };

        var problem = Assert.Throws<AuditInputException>(() => NotificationEndpoints.FromEnvironment(
            [NotificationChannel.DingTalk, NotificationChannel.WeCom], name => variables.GetValueOrDefault(name)));

        Assert.Contains(NotificationEndpoints.DingTalkSecretVariable, problem.Text.Zh, StringComparison.Ordinal);
        Assert.Contains(NotificationEndpoints.WeComWebhookVariable, problem.Text.En, StringComparison.Ordinal);
        Assert.DoesNotContain(NotificationEndpoints.DingTalkWebhookVariable + ",", problem.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endpoint_never_shows_its_url_or_secret()
    {
        var endpoint = new NotificationEndpoint(NotificationChannel.DingTalk, new Uri("https://oapi.dingtalk.com/robot/send?access_token=TOKEN"), "SECRET");
        Assert.Equal("dingtalk", endpoint.ToString());
    }

    private NotificationSender Sender(NotificationSenderOptions? options = null) =>
        new(Client, options ?? new NotificationSenderOptions { TimeProvider = _clock, RetryDelay = TimeSpan.Zero });

    private NotificationEndpoint Endpoint(NotificationChannel channel) => channel switch
    {
        NotificationChannel.DingTalk => new(channel, new Uri(_robots.Url("dingtalk") + "?access_token=abc"), RobotServer.DingTalkSecret),
        NotificationChannel.Feishu => new(channel, _robots.Url("feishu"), RobotServer.FeishuSecret),
        _ => new(channel, _robots.Url(channel.Name())),
    };

    private static NotificationMessage Message(int sites) => new(
        "ICP备案审计提醒",
        [.. Enumerable.Range(0, sites).Select(i => $"**逾期** site-{i}.example.cn：在网站底部展示ICP备案号，已逾期 {i % 30 + 1} 天")],
        Language.Zh,
        default);
}

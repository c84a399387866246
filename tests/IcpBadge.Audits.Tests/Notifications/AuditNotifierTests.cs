using System.Text.Json;
using IcpBadge.Audits.Notifications;
using IcpBadge.Audits.Tests.Reports;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using IcpBadge.Verification;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IcpBadge.Audits.Tests.Notifications;

public sealed class AuditNotifierTests : IAsyncLifetime
{
    private static readonly HttpClient Client = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero));
    private RobotServer _robots = null!;
    private ReportHistory _history = null!;

    public async Task InitializeAsync()
    {
        _robots = await RobotServer.StartAsync(_clock);
        _history = await ReportHistory.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _history.DisposeAsync();
        await _robots.DisposeAsync();
    }

    [Fact]
    public async Task The_first_notification_says_what_needs_action_and_a_rerun_sends_nothing()
    {
        var notifier = Notifier();
        NotificationChannel[] channels = [NotificationChannel.WeCom, NotificationChannel.DingTalk, NotificationChannel.Feishu, NotificationChannel.Webhook];

        var first = await notifier.SendAsync(await notifier.PrepareAsync(channels, all: false, Language.Zh), Endpoints());

        Assert.All(first, d => Assert.True(d.Succeeded, d.Failure?.En));
        Assert.Empty(_robots.Rejections);
        var text = string.Join("\n", _robots.Accepted("wecom").Select(r => r.Text));
        for (var i = 0; i < 19; i++)
        {
            Assert.Contains(ReportHistory.Id(i), text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(ReportHistory.Id(19), text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        using (var webhook = JsonDocument.Parse(Assert.Single(_robots.Accepted("webhook")).Body))
        {
            Assert.Equal(ReportHistory.SecondRunId, webhook.RootElement.GetProperty("runId").GetString());
            Assert.Equal(19, webhook.RootElement.GetProperty("changes").GetArrayLength());
        }

        var requests = _robots.Requests.Count;
        var again = await notifier.PrepareAsync(channels, all: false, Language.Zh);
        var second = await notifier.SendAsync(again, Endpoints());

        Assert.All(again, n => Assert.Null(n.Message));
        Assert.All(second, d => Assert.Equal(0, d.MessagesSent));
        Assert.Equal(requests, _robots.Requests.Count);
    }

    [Fact]
    public async Task A_later_run_sends_exactly_its_changes_once()
    {
        var notifier = Notifier();
        await notifier.SendAsync(await notifier.PrepareAsync([NotificationChannel.Webhook], all: false, Language.Zh), Endpoints());

        // The next day: site 0's D1 done, site 12's error fixed, site 18 back, site 22 newly overdue.
        var today = await _history.Store.LoadRunAsync(ReportHistory.SecondRunId);
        var sites = today!.Run.Sites.Select(site => ReportHistory.Id(0) == site.Id ? With(site, obligation: ObligationState.Done)
            : ReportHistory.Id(22) == site.Id ? With(site, obligation: ObligationState.Overdue)
            : ReportHistory.Id(12) == site.Id || ReportHistory.Id(18) == site.Id ? With(site, clean: true)
            : site).ToList();
        var start = today.Run.StartedAt.Plus(Duration.FromDays(1));
        await _history.Store.SaveRunAsync(new AuditRun("run-2026-12-04", start, start.Plus(Duration.FromMinutes(1)), ReportHistory.Today.PlusDays(1), sites, []));

        var plan = await notifier.PrepareAsync([NotificationChannel.Webhook], all: false, Language.En);
        await notifier.SendAsync(plan, Endpoints());

        var changes = Assert.Single(plan).Changes.Select(c => $"{c.SiteId} {c.Kind} {c.Obligation ?? c.Rule} {c.From}->{c.To}").Order().ToList();
        Assert.Equal(
            [
                $"{ReportHistory.Id(0)} StateChanged D1 Overdue->Done",
                $"{ReportHistory.Id(12)} FixedFinding ICP006 error->",
                $"{ReportHistory.Id(18)} BecameReachable NET001 unreachable->ok",
                $"{ReportHistory.Id(22)} StateChanged D1 ->Overdue",
            ],
            changes);
        Assert.Contains("备案", plan[0].Message!.Title, StringComparison.Ordinal);
        Assert.Null((await notifier.PrepareAsync([NotificationChannel.Webhook], all: false, Language.En))[0].Message);

        // --all: the whole current state again.
        var everything = await notifier.PrepareAsync([NotificationChannel.Webhook], all: true, Language.En);
        Assert.Equal(17, everything[0].Changes.Count);
    }

    [Fact]
    public async Task A_refused_message_is_not_recorded_so_the_next_run_tries_again()
    {
        var notifier = Notifier();
        _robots.Plan("dingtalk", 200, """{"errcode":300001,"errmsg":"token is not exist"}""");

        var failed = await notifier.SendAsync(await notifier.PrepareAsync([NotificationChannel.DingTalk, NotificationChannel.WeCom], all: false, Language.Zh), Endpoints());

        Assert.False(failed[0].Succeeded);
        Assert.Contains("dingtalk", failed[0].Failure!.Zh, StringComparison.Ordinal);
        Assert.True(failed[1].Succeeded);
        var retry = await notifier.PrepareAsync([NotificationChannel.DingTalk, NotificationChannel.WeCom], all: false, Language.Zh);
        Assert.NotNull(retry[0].Message);
        Assert.Null(retry[1].Message);
    }

    private AuditNotifier Notifier() =>
        new(_history.Store, new NotificationSender(Client, new NotificationSenderOptions { TimeProvider = _clock, RetryDelay = TimeSpan.Zero }));

    private List<NotificationEndpoint> Endpoints() =>
    [
        new(NotificationChannel.WeCom, _robots.Url("wecom")),
        new(NotificationChannel.DingTalk, new Uri(_robots.Url("dingtalk") + "?access_token=abc"), RobotServer.DingTalkSecret),
        new(NotificationChannel.Feishu, _robots.Url("feishu"), RobotServer.FeishuSecret),
        new(NotificationChannel.Webhook, _robots.Url("webhook")),
    ];

    private static SiteAudit With(SiteAudit site, ObligationState? obligation = null, bool clean = false)
    {
        var obligations = site.Obligations.Select(o => o.Id == "D1" && obligation is { } state
            ? o with { State = state, DaysLate = state == ObligationState.Overdue ? 2 : null, DaysLeft = null, DoneOn = state == ObligationState.Done ? ReportHistory.Today : null }
            : o).ToList();
        var targets = clean ? site.Targets.Select(t => new TargetReport(t.Target, t.FinalUrl, TargetStatus.Ok, true, [])).ToList() : site.Targets.ToList();
        return new SiteAudit(site.Id, site.Name, obligations, targets, site.Evidence) { Position = site.Position };
    }
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using IcpBadge.Audits.History;
using IcpBadge.Configuration;
using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// <c>icp-badge notify</c>: tells each channel what changed since it was last notified — newly overdue, entering
/// due-soon, new errors, unreachable pages, and what was fixed — from the latest complete run in the history; the
/// first time, everything that needs action now; with <c>all</c>, the whole current state. What was sent is
/// recorded in the history, so a rerun sends nothing new.
/// </summary>
/// <example>
/// <code>
/// await using var history = AuditHistory.Open("audit.db");
/// var notifier = new AuditNotifier(history, new NotificationSender(new HttpClient()));
/// var endpoints = NotificationEndpoints.FromEnvironment([NotificationChannel.WeCom]);
/// var plan = await notifier.PrepareAsync([NotificationChannel.WeCom], all: false, Language.Zh);
/// var deliveries = await notifier.SendAsync(plan, endpoints);
/// </code>
/// </example>
public sealed class AuditNotifier
{
    private static readonly JsonWriterOptions WebhookJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly AuditHistoryStore _history;
    private readonly NotificationSender _sender;
    private readonly IClock _clock;

    /// <summary>A notifier reading and recording in <paramref name="history"/>, sending with <paramref name="sender"/>.</summary>
    public AuditNotifier(AuditHistoryStore history, NotificationSender sender, IClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(sender);
        _history = history;
        _sender = sender;
        _clock = clock ?? SystemClock.Instance;
    }

    /// <summary>
    /// What each of <paramref name="channels"/> is to be told about the latest run, in <paramref name="language"/>;
    /// nothing is sent or recorded.
    /// </summary>
    /// <exception cref="AuditInputException">The history has no run, or its latest run still misses shards (exit 2).</exception>
    /// <exception cref="AuditHistoryException">The store failed (exit 3).</exception>
    public async Task<IReadOnlyList<ChannelNotification>> PrepareAsync(
        IEnumerable<NotificationChannel> channels, bool all, Language language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var newest = await _history.ListRunsAsync(1, cancellationToken).ConfigureAwait(false);
        if (newest.Count == 0)
        {
            throw new AuditInputException(AuditsText.Format("Notify.NoRuns", _history.Description));
        }

        if (!newest[0].IsComplete)
        {
            throw new AuditInputException(AuditsText.Format("Notify.Incomplete", newest[0].RunId, newest[0].ShardsIn, newest[0].ShardCount));
        }

        var stored = await _history.LoadRunAsync(newest[0].RunId, cancellationToken).ConfigureAwait(false)
            ?? throw new AuditInputException(AuditsText.Format("Notify.NoRuns", _history.Description));
        var run = stored.Run;
        var now = _clock.GetCurrentInstant();
        var result = new List<ChannelNotification>();
        foreach (var channel in channels.Distinct())
        {
            var notified = await _history.GetNotificationsAsync(channel.Name(), cancellationToken).ConfigureAwait(false);
            var items = NotificationPlanner.Plan(run, notified, all);
            var changes = items.Select(i => i.Change).ToList();
            var records = items.Select(i => new NotificationRecord(channel.Name(), i.SiteId, i.Subject, i.State, run.RunId, now)).ToList();
            var message = items.Count == 0 ? null : new NotificationMessage(
                AuditsText.Format("Notify.Title", IsoDate.Format(run.Today), items.Count).In(language),
                [.. items.Select(i => i.Line.In(language))],
                language,
                WebhookBody(run.RunId, changes));
            result.Add(new ChannelNotification(channel, changes, message, records));
        }

        return result;
    }

    /// <summary>
    /// Sends each prepared notification to its channel's endpoint and records it once accepted; a channel with
    /// nothing new sends nothing. Every channel is tried, whatever another's result.
    /// </summary>
    /// <exception cref="AuditHistoryException">Recording what was sent failed (exit 3).</exception>
    public async Task<IReadOnlyList<NotificationDelivery>> SendAsync(
        IReadOnlyList<ChannelNotification> notifications, IReadOnlyList<NotificationEndpoint> endpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(endpoints);
        var deliveries = new List<NotificationDelivery>();
        foreach (var notification in notifications)
        {
            if (notification.Message is null)
            {
                deliveries.Add(new NotificationDelivery(notification.Channel, 0, null));
                continue;
            }

            var endpoint = endpoints.FirstOrDefault(e => e.Channel == notification.Channel)
                ?? throw new ArgumentException($"No endpoint for {notification.Channel.Name()}.", nameof(endpoints));
            var delivery = await _sender.SendAsync(endpoint, notification.Message, cancellationToken).ConfigureAwait(false);
            if (delivery.Succeeded)
            {
                await _history.RecordNotificationsAsync(notification.Records, cancellationToken).ConfigureAwait(false);
            }

            deliveries.Add(delivery);
        }

        return deliveries;
    }

    /// <summary>The generic webhook's body: <c>{ "runId", "changes": [ … ] }</c>, each change as the audit's JSON writes it.</summary>
    private static byte[] WebhookBody(string runId, IReadOnlyList<AuditChange> changes)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WebhookJson))
        {
            json.WriteStartObject();
            json.WriteString("runId", runId);
            json.WriteStartArray("changes");
            foreach (var change in changes)
            {
                AuditJsonWriter.WriteChange(json, change);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

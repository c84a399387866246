using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using IcpBadge.Localization;
using Polly;
using Polly.Retry;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// Sends a <see cref="NotificationMessage"/> to one channel in that platform's format and size limit, signed where it
/// signs, checks each reply (<c>errcode</c>/<c>code</c> 0), retries transient failures (Polly, as the page fetcher
/// does) and keeps DingTalk's 20 messages a minute. One instance per run: the DingTalk rate is counted per instance.
/// </summary>
public sealed class NotificationSender
{
    /// <summary>The most of a reply that is read: robots answer with a few dozen bytes.</summary>
    private const int MaxReplyBytes = 64 * 1024;

    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _client;
    private readonly NotificationSenderOptions _options;
    private readonly ResiliencePipeline<AttemptOutcome> _retries;
    private readonly ConcurrentDictionary<string, SlidingWindowLimiter> _dingTalkRates = new(StringComparer.Ordinal);

    /// <summary>A sender on <paramref name="client"/> (its own time-out is not used: <see cref="NotificationSenderOptions.Timeout"/> is).</summary>
    public NotificationSender(HttpClient client, NotificationSenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new NotificationSenderOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(_options.Retries, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxMessagesPerChannel, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.DingTalkMessagesPerMinute, 1, nameof(options));
        _retries = CreateRetries(_options);
    }

    /// <summary>
    /// The messages <paramref name="message"/> becomes on <paramref name="channel"/>, as sent (chat channels: one
    /// Markdown text per message; the webhook: its JSON) — what <c>notify --dry-run</c> prints.
    /// </summary>
    public IReadOnlyList<string> Preview(NotificationChannel channel, NotificationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (channel == NotificationChannel.Webhook)
        {
            return [System.Text.Encoding.UTF8.GetString(message.WebhookBody.Span)];
        }

        var format = RobotFormat.For(channel);
        return [.. MessageSplitter.Split(message, _options.MaxMessagesPerChannel, format.Render, format.Fits)
            .Select(part => channel == NotificationChannel.Feishu ? $"### {part.Heading}\n\n{part.Markdown}" : part.Markdown)];
    }

    /// <summary>Sends <paramref name="message"/> to <paramref name="endpoint"/>; stops at the first message the platform refuses.</summary>
    public async Task<NotificationDelivery> SendAsync(NotificationEndpoint endpoint, NotificationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(message);
        if (endpoint.Channel == NotificationChannel.Webhook)
        {
            var outcome = await SendWithRetriesAsync(endpoint, null, _ => (endpoint.Url, message.WebhookBody.ToArray()), cancellationToken).ConfigureAwait(false);
            return new NotificationDelivery(endpoint.Channel, outcome.Failure is null ? 1 : 0, outcome.Failure);
        }

        var format = RobotFormat.For(endpoint.Channel);
        var parts = MessageSplitter.Split(message, _options.MaxMessagesPerChannel, format.Render, format.Fits);
        var sent = 0;
        foreach (var (heading, markdown) in parts)
        {
            if (endpoint.Channel == NotificationChannel.DingTalk)
            {
                await DingTalkRate(endpoint).WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            var outcome = await SendWithRetriesAsync(endpoint, format, now => format.Request(endpoint, heading, markdown, now), cancellationToken).ConfigureAwait(false);
            if (outcome.Failure is not null)
            {
                return new NotificationDelivery(endpoint.Channel, sent, outcome.Failure);
            }

            sent++;
        }

        return new NotificationDelivery(endpoint.Channel, sent, null);
    }

    private SlidingWindowLimiter DingTalkRate(NotificationEndpoint endpoint) =>
        _dingTalkRates.GetOrAdd(endpoint.Url.AbsoluteUri, _ => new SlidingWindowLimiter(_options.DingTalkMessagesPerMinute, TimeSpan.FromMinutes(1), _options.TimeProvider));

    private async Task<AttemptOutcome> SendWithRetriesAsync(
        NotificationEndpoint endpoint, RobotFormat? format, Func<DateTimeOffset, (Uri Url, byte[] Body)> request, CancellationToken cancellationToken) =>
        await _retries.ExecuteAsync(
            async token => await AttemptAsync(endpoint, format, request(_options.TimeProvider.GetUtcNow()), token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

    /// <summary>One POST: signed anew each attempt (the platforms refuse old timestamps).</summary>
    private async ValueTask<AttemptOutcome> AttemptAsync(NotificationEndpoint endpoint, RobotFormat? format, (Uri Url, byte[] Body) request, CancellationToken cancellationToken)
    {
        var channel = endpoint.Channel.Name();
        using var timeout = new CancellationTokenSource(_options.Timeout, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Url) { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = JsonType;
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return AttemptOutcome.Transient(AuditsText.Format("Notify.HttpStatus", channel, status), response.Headers.RetryAfter?.Delta);
            }

            if (status is < 200 or > 299)
            {
                return AttemptOutcome.Failed(AuditsText.Format("Notify.HttpStatus", channel, status));
            }

            if (format is null)
            {
                return AttemptOutcome.Sent;
            }

            var reply = await ReadReplyAsync(response, linked.Token).ConfigureAwait(false);
            if (reply is not { } json)
            {
                return AttemptOutcome.Failed(AuditsText.Format("Notify.ReplyNotJson", channel));
            }

            var (code, text) = format.ReadReply(json);
            if (code == 0)
            {
                return AttemptOutcome.Sent;
            }

            var refused = AuditsText.Format("Notify.Refused", channel, code, text ?? "");
            return format.IsThrottled(code) ? AttemptOutcome.Transient(refused, null) : AttemptOutcome.Failed(refused);
        }
        catch (HttpRequestException exception)
        {
            return AttemptOutcome.Transient(AuditsText.Format("Notify.Unreachable", channel, exception.Message), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptOutcome.Transient(AuditsText.Format("Notify.TimedOut", channel, (int)_options.Timeout.TotalSeconds), null);
        }
    }

    private static async Task<JsonElement?> ReadReplyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxReplyBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            try
            {
                using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private static ResiliencePipeline<AttemptOutcome> CreateRetries(NotificationSenderOptions options)
    {
        var builder = new ResiliencePipelineBuilder<AttemptOutcome> { TimeProvider = options.TimeProvider };
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptOutcome>
            {
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result is { IsTransient: true }),
                DelayGenerator = static args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
        }

        return builder.Build();
    }

    /// <summary>One attempt's result: sent, failed for good, or failed in a way worth retrying.</summary>
    private sealed record AttemptOutcome(LocalizedText? Failure, bool IsTransient, TimeSpan? RetryAfter)
    {
        public static readonly AttemptOutcome Sent = new(null, false, null);

        public static AttemptOutcome Failed(LocalizedText failure) => new(failure, false, null);

        public static AttemptOutcome Transient(LocalizedText failure, TimeSpan? retryAfter) => new(failure, true, retryAfter);
    }
}

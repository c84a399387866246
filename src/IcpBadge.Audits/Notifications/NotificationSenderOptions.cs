namespace IcpBadge.Audits.Notifications;

/// <summary>How a <see cref="NotificationSender"/> sends: retries, time limits, the DingTalk rate and how many messages at most.</summary>
public sealed class NotificationSenderOptions
{
    /// <summary>The clock for signatures, back-off, time limits and DingTalk's rate (tests pass a fake one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// How many times a transient failure (connection error, time-out, 5xx, 429, a robot's "too fast" code) is
    /// retried, with jittered exponential back-off; 2 by default, as fetching does.
    /// </summary>
    public int Retries { get; init; } = 2;

    /// <summary>The first back-off (doubled each retry, jittered; a <c>Retry-After</c> header wins); 1 second by default.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The time limit of one request; 30 seconds by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many chat messages one notification may take per channel (10 by default); past it the last message ends
    /// with "…and N more".
    /// </summary>
    public int MaxMessagesPerChannel { get; init; } = 10;

    /// <summary>How many messages a DingTalk robot takes per minute (20, the platform's limit); sends past it wait.</summary>
    public int DingTalkMessagesPerMinute { get; init; } = 20;
}

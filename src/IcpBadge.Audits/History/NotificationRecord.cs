using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>
/// What was last notified on a channel about one subject of one site (the notifications table): a rerun compares the
/// current state with it and sends only what changed.
/// </summary>
/// <param name="Channel">The channel (<c>wecom</c>, <c>dingtalk</c>, <c>feishu</c>, <c>webhook</c>).</param>
/// <param name="SiteId">The site's id.</param>
/// <param name="Subject">What it is about: a finding's fingerprint, an obligation key, a target's reachability — the notifier's choice, at most 512 characters.</param>
/// <param name="State">The state notified (a state name, a severity, <c>fixed</c>…).</param>
/// <param name="RunId">The run the notification described.</param>
/// <param name="SentAt">When it was sent.</param>
public sealed record NotificationRecord(string Channel, string SiteId, string Subject, string State, string RunId, Instant SentAt);

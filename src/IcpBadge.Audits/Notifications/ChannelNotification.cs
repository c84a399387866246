using IcpBadge.Audits.History;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// What one channel is told about a run: the changes since what was last notified on it (or the whole current
/// state with <c>--all</c>), the message they make, and the records that mark them notified once it is sent.
/// </summary>
public sealed class ChannelNotification
{
    internal ChannelNotification(NotificationChannel channel, IReadOnlyList<AuditChange> changes, NotificationMessage? message, IReadOnlyList<NotificationRecord> records)
    {
        Channel = channel;
        Changes = changes;
        Message = message;
        Records = records;
    }

    /// <summary>The channel.</summary>
    public NotificationChannel Channel { get; }

    /// <summary>What is new for this channel, as the audit's <c>changes</c> objects (the webhook sends them).</summary>
    public IReadOnlyList<AuditChange> Changes { get; }

    /// <summary>The message to send; null when nothing is new (a rerun sends nothing).</summary>
    public NotificationMessage? Message { get; }

    /// <summary>What is recorded in the history's notifications table once the message is accepted.</summary>
    public IReadOnlyList<NotificationRecord> Records { get; }
}

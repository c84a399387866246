using IcpBadge.Localization;

namespace IcpBadge.Audits.Notifications;

/// <summary>What happened on one channel: how many messages were accepted, and why it failed if it did.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="MessagesSent">How many messages the robot accepted (the webhook: 1 or 0).</param>
/// <param name="Failure">Why the channel failed (the robot's code and message, the HTTP status, the network error), or null.</param>
public sealed record NotificationDelivery(NotificationChannel Channel, int MessagesSent, LocalizedText? Failure)
{
    /// <summary>True when every message was accepted.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>One line for the terminal: the failure, "N message(s) sent" or "nothing new".</summary>
    public LocalizedText Summary => Failure
        ?? (MessagesSent == 0 ? AuditsText.Format("Notify.NothingNew", Channel.Name()) : AuditsText.Format("Notify.Sent", Channel.Name(), MessagesSent));
}

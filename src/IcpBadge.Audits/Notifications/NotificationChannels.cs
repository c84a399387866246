using System.Diagnostics.CodeAnalysis;

namespace IcpBadge.Audits.Notifications;

/// <summary>The names of the channels on the command line (<c>--to wecom|dingtalk|feishu|webhook</c>).</summary>
public static class NotificationChannels
{
    /// <summary>Every channel, in the order the command line lists them.</summary>
    public static IReadOnlyList<NotificationChannel> All { get; } =
        [NotificationChannel.WeCom, NotificationChannel.DingTalk, NotificationChannel.Feishu, NotificationChannel.Webhook];

    /// <summary>The channel's command-line name: <c>wecom</c>, <c>dingtalk</c>, <c>feishu</c> or <c>webhook</c>.</summary>
    public static string Name(this NotificationChannel channel) => channel switch
    {
        NotificationChannel.WeCom => "wecom",
        NotificationChannel.DingTalk => "dingtalk",
        NotificationChannel.Feishu => "feishu",
        NotificationChannel.Webhook => "webhook",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>Reads a command-line name (case-insensitive); false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out NotificationChannel channel)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                channel = candidate;
                return true;
            }
        }

        channel = default;
        return false;
    }
}

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// One channel's address and, for DingTalk and Feishu, its signing secret. Both come from environment variables
/// (<see cref="NotificationEndpoints.FromEnvironment"/>): a robot's URL carries its access token, so neither is ever
/// printed — <see cref="ToString"/> shows only the channel.
/// </summary>
public sealed class NotificationEndpoint
{
    /// <summary>An endpoint of <paramref name="channel"/> at <paramref name="url"/>, signed with <paramref name="secret"/> where the platform signs.</summary>
    /// <exception cref="ArgumentException">The URL is not absolute http(s), or DingTalk/Feishu come without a secret.</exception>
    public NotificationEndpoint(NotificationChannel channel, Uri url, string? secret = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The URL must be absolute http(s).", nameof(url));
        }

        if (channel is NotificationChannel.DingTalk or NotificationChannel.Feishu && string.IsNullOrEmpty(secret))
        {
            throw new ArgumentException("DingTalk and Feishu robots are signed: a secret is needed.", nameof(secret));
        }

        Channel = channel;
        Url = url;
        Secret = string.IsNullOrEmpty(secret) ? null : secret;
    }

    /// <summary>The platform.</summary>
    public NotificationChannel Channel { get; }

    /// <summary>The robot's webhook URL (with its access token: never print it).</summary>
    public Uri Url { get; }

    /// <summary>The signing secret (DingTalk 加签, Feishu 签名校验), or null.</summary>
    public string? Secret { get; }

    /// <summary>The channel's name only: the URL and secret are not shown.</summary>
    public override string ToString() => Channel.Name();
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// DingTalk (钉钉) group robots with 加签: <c>{"msgtype":"markdown","markdown":{"title","text"}}</c>, text ≤ 20,000
/// bytes; the URL gains <c>timestamp</c> (Unix milliseconds) and <c>sign</c>, the URL-encoded Base64 of
/// HMAC-SHA256 over <c>timestamp + "\n" + secret</c> keyed with the secret.
/// </summary>
internal sealed class DingTalkFormat : RobotFormat
{
    /// <summary>The largest <c>markdown.text</c> DingTalk accepts, in UTF-8 bytes.</summary>
    public const int MaxTextBytes = 20_000;

    public override bool Fits(string heading, string markdown) => MessageSplitter.Bytes(markdown) <= MaxTextBytes;

    public override (Uri Url, byte[] Body) Request(NotificationEndpoint endpoint, string heading, string markdown, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var sign = Uri.EscapeDataString(Sign(timestamp, endpoint.Secret!));
        var separator = string.IsNullOrEmpty(endpoint.Url.Query) ? "?" : "&";
        var url = new Uri($"{endpoint.Url.AbsoluteUri}{separator}timestamp={timestamp}&sign={sign}");
        return (url, Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("msgtype", "markdown");
            writer.WriteStartObject("markdown");
            writer.WriteString("title", heading);
            writer.WriteString("text", markdown);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }));
    }

    /// <summary>Base64 of HMAC-SHA256 over <c>timestamp + "\n" + secret</c>, keyed with the secret.</summary>
    public static string Sign(string timestamp, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "\n" + secret)));

    // 130101: more than 20 messages a minute; 410100: the same, sent by the gateway.
    public override bool IsThrottled(long code) => code is 130101 or 410100;
}

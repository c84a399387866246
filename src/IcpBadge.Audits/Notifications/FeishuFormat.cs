using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// Feishu (飞书) group robots with 签名校验: an <c>interactive</c> card (title in its header, the lines as one
/// <c>markdown</c> element), body ≤ 20 KB; the body carries <c>timestamp</c> (Unix seconds) and <c>sign</c>, the
/// Base64 of HMAC-SHA256 keyed with <c>timestamp + "\n" + secret</c> over an empty message.
/// </summary>
internal sealed class FeishuFormat : RobotFormat
{
    /// <summary>The largest request body sent, in bytes (Feishu's limit is 20 KB; this stays under it).</summary>
    public const int MaxBodyBytes = 20_000;

    public override string Render(string heading, IReadOnlyList<string> lines) =>
        string.Join("\n", lines.Select(line => "- " + line));

    public override bool Fits(string heading, string markdown) =>
        Body(heading, markdown, "0000000000", new string('=', 44)).Length <= MaxBodyBytes;

    public override (Uri Url, byte[] Body) Request(NotificationEndpoint endpoint, string heading, string markdown, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (endpoint.Url, Body(heading, markdown, timestamp, Sign(timestamp, endpoint.Secret!)));
    }

    /// <summary>Base64 of HMAC-SHA256 over nothing, keyed with <c>timestamp + "\n" + secret</c>.</summary>
    public static string Sign(string timestamp, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(timestamp + "\n" + secret), Array.Empty<byte>()));

    public override (long Code, string? Message) ReadReply(JsonElement reply) =>
        (Number(reply, "code") ?? Number(reply, "StatusCode") ?? -1, Text(reply, "msg") ?? Text(reply, "StatusMessage"));

    // 11232: the robot's frequency limit.
    public override bool IsThrottled(long code) => code == 11232;

    private static byte[] Body(string heading, string markdown, string timestamp, string sign) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("timestamp", timestamp);
        writer.WriteString("sign", sign);
        writer.WriteString("msg_type", "interactive");
        writer.WriteStartObject("card");
        writer.WriteStartObject("config");
        writer.WriteBoolean("wide_screen_mode", true);
        writer.WriteEndObject();
        writer.WriteStartObject("header");
        writer.WriteString("template", "orange");
        writer.WriteStartObject("title");
        writer.WriteString("tag", "plain_text");
        writer.WriteString("content", heading);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("elements");
        writer.WriteStartObject();
        writer.WriteString("tag", "markdown");
        writer.WriteString("content", markdown);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });
}

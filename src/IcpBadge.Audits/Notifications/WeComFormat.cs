namespace IcpBadge.Audits.Notifications;

/// <summary>WeCom (企业微信) group robots: <c>{"msgtype":"markdown","markdown":{"content":…}}</c>, content ≤ 4,096 bytes.</summary>
internal sealed class WeComFormat : RobotFormat
{
    /// <summary>The largest <c>markdown.content</c> WeCom accepts, in UTF-8 bytes.</summary>
    public const int MaxContentBytes = 4096;

    public override bool Fits(string heading, string markdown) => MessageSplitter.Bytes(markdown) <= MaxContentBytes;

    public override (Uri Url, byte[] Body) Request(NotificationEndpoint endpoint, string heading, string markdown, DateTimeOffset now) =>
        (endpoint.Url, Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("msgtype", "markdown");
            writer.WriteStartObject("markdown");
            writer.WriteString("content", markdown);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }));

    // 45009: the robot's 20 messages a minute are used up.
    public override bool IsThrottled(long code) => code == 45009;
}

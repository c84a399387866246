using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IcpBadge.Audits.Notifications;

/// <summary>One platform's message format: its Markdown, size limit, request (URL, body, signature) and reply check.</summary>
internal abstract class RobotFormat
{
    /// <summary>
    /// JSON for the platforms' servers, not for a web page: Chinese stays UTF-8 (3 bytes, not a 6-byte <c>\uXXXX</c>),
    /// which is what their byte limits count.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static RobotFormat For(NotificationChannel channel) => channel switch
    {
        NotificationChannel.WeCom => new WeComFormat(),
        NotificationChannel.DingTalk => new DingTalkFormat(),
        NotificationChannel.Feishu => new FeishuFormat(),
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "The generic webhook has no chat format."),
    };

    /// <summary>The message's Markdown: the heading (where the platform has no separate title) and one list item per line.</summary>
    public virtual string Render(string heading, IReadOnlyList<string> lines) =>
        $"### {heading}\n\n" + string.Join("\n", lines.Select(line => "- " + line));

    /// <summary>Whether a message is within the platform's limit.</summary>
    public abstract bool Fits(string heading, string markdown);

    /// <summary>The request for one message, signed at <paramref name="now"/> where the platform signs.</summary>
    public abstract (Uri Url, byte[] Body) Request(NotificationEndpoint endpoint, string heading, string markdown, DateTimeOffset now);

    /// <summary>The platform's result code in its reply (<c>errcode</c> or <c>code</c>), 0 when the message was accepted.</summary>
    public virtual (long Code, string? Message) ReadReply(JsonElement reply) =>
        (Number(reply, "errcode") ?? -1, Text(reply, "errmsg"));

    /// <summary>Codes that mean "too fast, try again later".</summary>
    public abstract bool IsThrottled(long code);

    protected static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    protected static long? Number(JsonElement reply, string name) =>
        reply.ValueKind == JsonValueKind.Object && reply.TryGetProperty(name, out var value) && value.TryGetInt64(out var number) ? number : null;

    protected static string? Text(JsonElement reply, string name) =>
        reply.ValueKind == JsonValueKind.Object && reply.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

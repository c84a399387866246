using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IcpBadge.Audits.Tests.Notifications;

/// <summary>
/// Loopback stand-ins for the WeCom, DingTalk and Feishu robots and a plain webhook (Kestrel on 127.0.0.1), each
/// checking requests the way the platform does — message type, byte limit, the 备案 keyword, and for DingTalk and
/// Feishu the signature recomputed from the secret and a timestamp within an hour of the server's clock — and
/// answering as the platform does. Planned answers (a 503, an errcode) are served first, in order.
/// </summary>
internal sealed class RobotServer : IAsyncDisposable
{
    public const string DingTalkSecret = "SECdingtalk-test-secret-0123456789";
    public const string FeishuSecret = "feishu-test-secret";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string Body)>> _planned = new();
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly ConcurrentQueue<string> _rejections = new();
    private readonly ConcurrentQueue<(int Count, TaskCompletionSource Signal)> _waiters = new();

    private RobotServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        Clock = clock;
    }

    public TimeProvider Clock { get; }

    public Uri Root { get; private set; } = null!;

    /// <summary>Every request, accepted or not, in arrival order.</summary>
    public IReadOnlyList<Received> Requests => [.. _received];

    /// <summary>Messages the robots accepted (their text), per path.</summary>
    public IReadOnlyList<Received> Accepted(string path) => [.. _received.Where(r => r.Path == path && r.Accepted)];

    /// <summary>Why the server refused requests that broke a platform rule (the tests expect none).</summary>
    public IReadOnlyList<string> Rejections => [.. _rejections];

    public Uri Url(string path) => new(Root, path);

    /// <summary>Completes when <paramref name="count"/> requests have arrived (the event a test waits for, not a timer).</summary>
    public Task WhenReceived(int count)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((count, signal));
        Signal();
        return signal.Task;
    }

    private void Signal()
    {
        foreach (var (count, signal) in _waiters)
        {
            if (_received.Count >= count)
            {
                signal.TrySetResult();
            }
        }
    }

    /// <summary>Answers the next request to <paramref name="path"/> with this status and body instead of checking it.</summary>
    public void Plan(string path, int status, string body) => _planned.GetOrAdd(path, _ => new()).Enqueue((status, body));

    public static async Task<RobotServer> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new RobotServer(app, clock);
        app.MapPost("/wecom", context => server.HandleAsync(context, server.CheckWeCom));
        app.MapPost("/dingtalk", context => server.HandleAsync(context, server.CheckDingTalk));
        app.MapPost("/feishu", context => server.HandleAsync(context, server.CheckFeishu));
        app.MapPost("/webhook", context => server.HandleAsync(context, (_, body) => (null, Encoding.UTF8.GetString(body))));
        await app.StartAsync();
        server.Root = new Uri(app.Urls.Single() + "/");
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context, Func<HttpRequest, byte[], (string? Rejection, string? Text)> check)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var path = context.Request.Path.Value!.TrimStart('/');
        if (_planned.TryGetValue(path, out var queue) && queue.TryDequeue(out var planned))
        {
            _received.Enqueue(new Received(path, body, null, false));
            Signal();
            context.Response.StatusCode = planned.Status;
            await context.Response.WriteAsync(planned.Body);
            return;
        }

        var (rejection, text) = check(context.Request, body);
        _received.Enqueue(new Received(path, body, text, rejection is null));
        Signal();
        if (rejection is not null)
        {
            _rejections.Enqueue($"{path}: {rejection}");
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(path switch
        {
            "feishu" => rejection is null ? """{"code":0,"data":{},"msg":"success"}""" : $$"""{"code":19021,"msg":"{{rejection}}"}""",
            "webhook" => "",
            _ => rejection is null ? """{"errcode":0,"errmsg":"ok"}""" : $$"""{"errcode":310000,"errmsg":"{{rejection}}"}""",
        });
    }

    private (string?, string?) CheckWeCom(HttpRequest request, byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        if (json.RootElement.GetProperty("msgtype").GetString() != "markdown")
        {
            return ("msgtype is not markdown", null);
        }

        var content = json.RootElement.GetProperty("markdown").GetProperty("content").GetString()!;
        return Encoding.UTF8.GetByteCount(content) > 4096 ? ("content over 4096 bytes", null) : Keyword(content);
    }

    private (string?, string?) CheckDingTalk(HttpRequest request, byte[] body)
    {
        var timestamp = request.Query["timestamp"].ToString();
        var sign = request.Query["sign"].ToString();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || Math.Abs(Clock.GetUtcNow().ToUnixTimeMilliseconds() - milliseconds) > 3_600_000)
        {
            return ("timestamp missing or more than an hour off", null);
        }

        // The platform's own check: HMAC-SHA256 keyed with the secret over "timestamp\nsecret", Base64.
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(DingTalkSecret));
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "\n" + DingTalkSecret)));
        if (sign != expected)
        {
            return ("sign not match", null);
        }

        using var json = JsonDocument.Parse(body);
        if (json.RootElement.GetProperty("msgtype").GetString() != "markdown")
        {
            return ("msgtype is not markdown", null);
        }

        var text = json.RootElement.GetProperty("markdown").GetProperty("text").GetString()!;
        var title = json.RootElement.GetProperty("markdown").GetProperty("title").GetString()!;
        return Encoding.UTF8.GetByteCount(text) > 20_000 ? ("text over 20000 bytes", null) : string.IsNullOrEmpty(title) ? ("no title", null) : Keyword(text);
    }

    private (string?, string?) CheckFeishu(HttpRequest request, byte[] body)
    {
        if (body.Length > 20 * 1024)
        {
            return ("body over 20 KB", null);
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var timestamp = root.GetProperty("timestamp").GetString()!;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(Clock.GetUtcNow().ToUnixTimeSeconds() - seconds) > 3600)
        {
            return ("timestamp missing or more than an hour off", null);
        }

        // The platform's own check: HMAC-SHA256 keyed with "timestamp\nsecret" over nothing, Base64.
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(timestamp + "\n" + FeishuSecret));
        if (root.GetProperty("sign").GetString() != Convert.ToBase64String(hmac.ComputeHash([])))
        {
            return ("sign match fail or timestamp is not within one hour from current time", null);
        }

        if (root.GetProperty("msg_type").GetString() != "interactive")
        {
            return ("msg_type is not interactive", null);
        }

        var card = root.GetProperty("card");
        var title = card.GetProperty("header").GetProperty("title").GetProperty("content").GetString()!;
        var content = card.GetProperty("elements")[0].GetProperty("content").GetString()!;
        return Keyword(title + "\n" + content);
    }

    private static (string?, string?) Keyword(string text) =>
        text.Contains("备案", StringComparison.Ordinal) ? (null, text) : ("keywords not in content", null);

    /// <summary>One request: its path, body, the message text the robot read, and whether it was accepted.</summary>
    public sealed record Received(string Path, byte[] Body, string? Text, bool Accepted);
}

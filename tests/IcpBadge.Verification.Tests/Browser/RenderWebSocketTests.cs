using System.Net;
using System.Net.Sockets;
using System.Text;
using IcpBadge.Cli.Tests;
using IcpBadge.Testing;
using IcpBadge.Verification.Browser;
using IcpBadge.Verification.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IcpBadge.Verification.Tests.Browser;

/// <summary>
/// A rendered page's WebSockets cannot reach a refused address: the Fetch domain that guards every other request
/// never sees a WebSocket handshake, so while the guard is on no script of the page gets a WebSocket. The page (on
/// 127.0.0.1, let through by <see cref="PageFetchOptions.AllowedPrivateEndpoints"/>) opens a WebSocket to a loopback
/// TCP listener on another port from its own script, a new blank frame, a popup, a worker, a shared worker, a
/// same-site frame and a cross-site frame (127.0.0.2), and writes what happened into the page; the frames first load
/// an image from that listener (the cross-site frame's requests never reach the page's DevTools session, so the guard
/// must see them through the frame's own). The listener counts connections (and drops them). Chromium's own Local Network Access check plays no part: the page is itself on
/// loopback, so without the guard the sockets connect. An image of the page is held until every socket has ended,
/// so the render reads the page only after its report is complete (no timer). A real Chromium, only 127.0.0.x.
/// </summary>
public sealed class RenderWebSocketTests : IAsyncLifetime, IDisposable
{
    private const string Report = """
        <p id="ws">sockets:</p>
        <img src="/hold" alt="">
        <script>
        var ended = 0;
        function report(what) {
          document.getElementById('ws').textContent += ' ' + what;
          if (!/-open$/.test(what) && ++ended === 7) { fetch('/reported'); }
        }
        window.addEventListener('message', function (e) { report(e.data); });
        try {
          var socket = new WebSocket('TARGET/page');
          socket.onopen = function () { report('page-open'); };
          socket.onclose = function () { report('page-closed'); };
        } catch (e) { report('page-refused'); }
        var blank = document.createElement('iframe');
        document.body.appendChild(blank);
        try {
          var fresh = new blank.contentWindow.WebSocket('TARGET/blank');
          fresh.onopen = function () { report('blank-open'); };
          fresh.onclose = function () { report('blank-closed'); };
        } catch (e) { report('blank-refused'); }
        try {
          var popup = window.open('', '_blank');
          var escaped = new popup.WebSocket('TARGET/popup');
          escaped.onopen = function () { report('popup-open'); };
          escaped.onclose = function () { report('popup-closed'); };
        } catch (e) { report('popup-refused'); }
        try {
          var shared = new SharedWorker('/socket-shared.js');
          shared.port.onmessage = function (e) { report('shared-' + e.data); };
        } catch (e) { report('shared-worker-refused'); }
        var worker = new Worker('/socket-worker.js');
        worker.onmessage = function (e) { report(e.data); };
        </script>
        <iframe src="/socket-frame?name=frame"></iframe>
        <iframe src="OTHER/socket-frame?name=cross-site-frame"></iframe>
        """;

    // A frame first loads an image from the listener (an HTTP request: the guard must refuse it from a cross-site
    // frame too), then opens its socket.
    private const string Frame = """
        <!DOCTYPE html><script>
        function openSocket() {
          try {
            var socket = new WebSocket('TARGET/' + 'NAME');
            socket.onopen = function () { parent.postMessage('NAME-open', '*'); };
            socket.onclose = function () { parent.postMessage('NAME-closed', '*'); };
          } catch (e) { parent.postMessage('NAME-refused', '*'); }
        }
        </script>
        <img src="PROBE/NAME.png" alt="" onerror="openSocket()" onload="openSocket()">
        """;

    private const string Worker = """
        function openSocket() {
          try {
            var socket = new WebSocket('TARGET/worker');
            socket.onopen = function () { postMessage('worker-open'); };
            socket.onclose = function () { postMessage('worker-closed'); };
          } catch (e) { postMessage('worker-refused'); }
        }
        fetch('PROBE/worker.png').then(openSocket, openSocket);
        """;

    private const string SharedWorker = """
        onconnect = function (e) {
          var port = e.ports[0];
          try {
            var socket = new WebSocket('TARGET/shared');
            socket.onopen = function () { port.postMessage('worker-open'); };
            socket.onclose = function () { port.postMessage('worker-closed'); };
          } catch (x) { port.postMessage('worker-refused'); }
        };
        """;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TaskCompletionSource _reported = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _handshakes = new();
    private int _connections;
    private WebApplication _app = null!;
    private Uri _page = null!;
    private Uri _other = null!;
    private string _pageHtml = string.Empty;

    public async Task InitializeAsync()
    {
        _listener.Start();
        var target = $"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _ = AcceptAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // A second loopback address is another site: its frame is a cross-site frame, in a process of its own.
        builder.WebHost.UseUrls("http://127.0.0.1:0", "http://127.0.0.2:0");
        _app = builder.Build();
        _app.MapGet("/socket-frame", (string name) => Results.Content(Frame.Replace("TARGET", target, StringComparison.Ordinal).Replace("PROBE", target.Replace("ws:", "http:", StringComparison.Ordinal), StringComparison.Ordinal).Replace("NAME", name, StringComparison.Ordinal), "text/html; charset=utf-8"));
        _app.MapGet("/page", () => Results.Content(_pageHtml, "text/html; charset=utf-8"));
        _app.MapGet("/hold", async (HttpContext context) =>
        {
            await _reported.Task.WaitAsync(context.RequestAborted);
            return Results.NoContent();
        });
        _app.MapGet("/reported", () =>
        {
            _reported.TrySetResult();
            return Results.NoContent();
        });
        _app.MapGet("/socket-shared.js", () => Results.Content(SharedWorker.Replace("TARGET", target, StringComparison.Ordinal).Replace("PROBE", target.Replace("ws:", "http:", StringComparison.Ordinal), StringComparison.Ordinal), "text/javascript"));
        _app.MapGet("/socket-worker.js", () => Results.Content(Worker.Replace("TARGET", target, StringComparison.Ordinal).Replace("PROBE", target.Replace("ws:", "http:", StringComparison.Ordinal), StringComparison.Ordinal), "text/javascript"));
        await _app.StartAsync();
        var urls = _app.Urls.Select(u => new Uri(u)).OrderBy(u => u.Host, StringComparer.Ordinal).ToArray();
        (_page, _other) = (new Uri(urls[0], "/page"), urls[1]);
        var report = Report.Replace("TARGET", target, StringComparison.Ordinal).Replace("OTHER", _other.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
        _pageHtml = HostileServer.GoodPage.Replace("</body>", report + "</body>", StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _listener.Dispose();

    [ChromiumFact]
    public async Task GuardOn_WebSocketsOfThePageItsFramesAndItsWorker_NeverConnect_AndTheFooterIsRead()
    {
        var options = new PageFetchOptions { Timeout = TimeSpan.FromSeconds(30), AllowedPrivateEndpoints = [new IPEndPoint(IPAddress.Loopback, _page.Port), new IPEndPoint(IPAddress.Parse("127.0.0.2"), _other.Port)] };
        using var client = new HttpClient(PageFetcher.CreateHandler(options));
        var fetcher = new PageFetcher(client, options);
        await using var renderer = new ChromiumRenderer(ChromiumFactAttribute.ChromiumPath);

        var outcome = await fetcher.RenderAsync(_page, renderer, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Reason?.En);
        var html = Encoding.UTF8.GetString(outcome.Body.Span);
        Assert.Contains("京ICP备12345678号-1", html, StringComparison.Ordinal);
        var reported = Reported(html);
        Assert.Contains("page-refused", reported, StringComparison.Ordinal);
        Assert.Contains("worker-refused", reported, StringComparison.Ordinal);
        Assert.Contains("frame-refused", reported, StringComparison.Ordinal);
        Assert.Contains("blank-refused", reported, StringComparison.Ordinal);
        Assert.Contains("popup-refused", reported, StringComparison.Ordinal);
        Assert.Contains("shared-worker-refused", reported, StringComparison.Ordinal);
        Assert.True(reported.Contains("cross-site-frame-refused", StringComparison.Ordinal), reported + " / connected: " + string.Join(", ", _handshakes));
        Assert.DoesNotContain("-open", reported, StringComparison.Ordinal);
        Assert.True(Volatile.Read(ref _connections) == 0, "connected: " + string.Join(", ", _handshakes));
    }

    [ChromiumFact]
    public async Task PrivateNetworksAllowed_TheWebSocketsConnect()
    {
        var options = new PageFetchOptions { Timeout = TimeSpan.FromSeconds(30), AllowPrivateNetworks = true };
        using var client = new HttpClient(PageFetcher.CreateHandler(options));
        var fetcher = new PageFetcher(client, options);
        await using var renderer = new ChromiumRenderer(ChromiumFactAttribute.ChromiumPath);

        var outcome = await fetcher.RenderAsync(_page, renderer, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Reason?.En);
        var html = Encoding.UTF8.GetString(outcome.Body.Span);
        Assert.Contains("京ICP备12345678号-1", html, StringComparison.Ordinal);
        Assert.Contains("page-closed", Reported(html), StringComparison.Ordinal);
        Assert.Contains("worker-closed", Reported(html), StringComparison.Ordinal);
        Assert.Contains("cross-site-frame-closed", Reported(html), StringComparison.Ordinal);
        Assert.Contains("shared-worker-closed", Reported(html), StringComparison.Ordinal);
        Assert.Equal(9, Volatile.Read(ref _connections));
        Assert.Contains("GET /cross-site-frame.png HTTP/1.1", _handshakes);
    }

    /// <summary>What the page's script wrote into its report paragraph.</summary>
    private static string Reported(string html)
    {
        var start = html.IndexOf("<p id=\"ws\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has its report paragraph");
        return html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                // Counted and dropped: the page's socket fails as a refused one would, and says so.
                using var socket = await _listener.AcceptSocketAsync();
                Interlocked.Increment(ref _connections);
                var buffer = new byte[512];
                var read = await socket.ReceiveAsync(buffer);
                _handshakes.Enqueue(Encoding.ASCII.GetString(buffer, 0, read).Split('\r')[0]);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // The listener stopped with the test.
        }
    }
}

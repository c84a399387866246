using System.Globalization;
using System.Text.Json;
using IcpBadge.Localization;
using IcpBadge.Verification.Fetching;

namespace IcpBadge.Verification.Browser;

/// <summary>
/// One page in its own tab: navigate, wait for the load event, then either let timers run for the virtual-time budget
/// and read <c>document.documentElement.outerHTML</c>, or scroll to the bottom and take a PNG; close the tab. A renderer crash or a closed connection ends the wait.
/// With a <paramref name="guard"/>, every request of the tab is paused (CDP Fetch domain) and checked by the page
/// fetcher's private-network guard before it may go out: a refused one fails, and a refused document (the page itself
/// or a redirect of it) fails the page with the guard's reason. The document's HTTP status is read the same way: an
/// error status fails the page as it fails a fetch. With a guard, the page's scripts get no WebSocket (see
/// <see cref="NoWebSockets"/>): verifying a footer never needs one, and the Fetch domain cannot check them.
/// </summary>
internal sealed class ChromiumPage(CdpConnection connection, int maxOutputChars, PrivateNetworkGuard? guard)
{
    /// <summary>Chromium's navigation errors that another attempt may not meet (as a refused or reset connection in a fetch).</summary>
    private static readonly string[] TransientErrors =
        ["net::ERR_CONNECTION_REFUSED", "net::ERR_CONNECTION_RESET", "net::ERR_CONNECTION_CLOSED", "net::ERR_CONNECTION_ABORTED",
         "net::ERR_CONNECTION_TIMED_OUT", "net::ERR_TIMED_OUT", "net::ERR_EMPTY_RESPONSE", "net::ERR_NETWORK_CHANGED"];

    /// <summary>
    /// Run before any script of each document and worker while the guard is on: WebSocket and WebSocketStream refuse to
    /// open, and so do shared and service workers, which live outside the tab (the guard would not see their
    /// requests either); a script that tries gets a SecurityError, as for a blocked port. <c>window.open</c> opens no
    /// popup (a new tab would have none of this), as a popup blocker does.
    /// </summary>
    private const string NoWebSockets =
        "(() => { const message = 'Blocked while private networks are guarded: WebSockets, shared and service workers.';"
        + " const refuse = function () { throw new DOMException(message, 'SecurityError'); };"
        + " for (const name of ['WebSocket', 'WebSocketStream', 'SharedWorker']) { if (name in globalThis) { Object.defineProperty(globalThis, name, { value: refuse, writable: false, configurable: false }); } }"
        + " if (globalThis.document) { Object.defineProperty(globalThis, 'open', { value: function () { return null; }, writable: false, configurable: false }); }"
        + " if (globalThis.ServiceWorkerContainer) { Object.defineProperty(ServiceWorkerContainer.prototype, 'register', { value: function () { return Promise.reject(new DOMException(message, 'SecurityError')); }, writable: false, configurable: false }); } })();";

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _children = new();
    private string? _targetId;
    private string? _sessionId;
    private CancellationToken _pageToken;
    private LocalizedText? _documentRefused;
    private int _documentStatus;

    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _budgetSpent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _gone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Renders <paramref name="url"/> and returns its DOM.</summary>
    public Task<string> RenderAsync(Uri url, TimeSpan virtualTimeBudget, CancellationToken cancellationToken) =>
        RunAsync(url, async sessionId =>
        {
            var budget = ((long)virtualTimeBudget.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            await connection.SendAsync("Emulation.setVirtualTimePolicy", w =>
            {
                w.WriteString("policy", "advance");
                w.WritePropertyName("budget");
                w.WriteRawValue(budget);
            }, sessionId, cancellationToken).ConfigureAwait(false);
            await WhenOrGoneAsync(_budgetSpent.Task, cancellationToken).ConfigureAwait(false);

            var evaluated = await connection.SendAsync("Runtime.evaluate", w =>
            {
                w.WriteString("expression", "document.documentElement ? document.documentElement.outerHTML : ''");
                w.WriteBoolean("returnByValue", true);
            }, sessionId, cancellationToken).ConfigureAwait(false);
            var html = evaluated.GetProperty("result").TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
            if (html.Length > maxOutputChars)
            {
                throw new ChromiumRenderException(VerificationText.Format("Render.TooLarge", maxOutputChars));
            }

            if (html.Length == 0)
            {
                throw new ChromiumRenderException(VerificationText.Get("Render.NoPage"));
            }

            return html;
        }, viewport: null, cancellationToken);

    /// <summary>
    /// Loads <paramref name="url"/> in a <paramref name="width"/>×<paramref name="height"/> viewport, scrolls to the
    /// bottom of the page, where the footer with the filing numbers is, and returns a PNG of what is in view.
    /// </summary>
    public Task<byte[]> ScreenshotFooterAsync(Uri url, int width, int height, CancellationToken cancellationToken) =>
        RunAsync(url, async sessionId =>
        {
            await connection.SendAsync("Runtime.evaluate", w =>
            {
                w.WriteString("expression", "window.scrollTo(0, Math.max(document.documentElement ? document.documentElement.scrollHeight : 0, document.body ? document.body.scrollHeight : 0))");
                w.WriteBoolean("returnByValue", true);
            }, sessionId, cancellationToken).ConfigureAwait(false);
            var shot = await connection.SendAsync("Page.captureScreenshot", w => w.WriteString("format", "png"), sessionId, cancellationToken).ConfigureAwait(false);
            return shot.GetProperty("data").GetBytesFromBase64();
        }, (width, height), cancellationToken);

    /// <summary>Opens a tab, loads <paramref name="url"/>, runs <paramref name="afterLoad"/> on it and closes the tab.</summary>
    private async Task<T> RunAsync<T>(Uri url, Func<string, Task<T>> afterLoad, (int Width, int Height)? viewport, CancellationToken cancellationToken)
    {
        string? targetId = null;
        string? sessionId = null;
        try
        {
            var created = await connection.SendAsync("Target.createTarget", w => w.WriteString("url", "about:blank"), null, cancellationToken).ConfigureAwait(false);
            targetId = created.GetProperty("targetId").GetString()!;
            var attached = await connection.SendAsync("Target.attachToTarget", w =>
            {
                w.WriteString("targetId", targetId);
                w.WriteBoolean("flatten", true);
            }, null, cancellationToken).ConfigureAwait(false);
            sessionId = attached.GetProperty("sessionId").GetString()!;
            connection.Subscribe(sessionId, OnEvent);
            await connection.SendAsync("Inspector.enable", null, sessionId, cancellationToken).ConfigureAwait(false);
            await connection.SendAsync("Page.enable", null, sessionId, cancellationToken).ConfigureAwait(false);
            _targetId = targetId;
            _sessionId = sessionId;
            _pageToken = cancellationToken;
            await connection.SendAsync("Fetch.enable", w =>
            {
                w.WriteStartArray("patterns");
                if (guard is not null)
                {
                    Pattern(w, "Request", resourceType: null);
                }

                Pattern(w, "Response", "Document");
                w.WriteEndArray();
            }, sessionId, cancellationToken).ConfigureAwait(false);
            if (guard is not null)
            {
                // The Fetch domain never pauses a WebSocket handshake, nor does Network.setBlockedURLs stop one (both
                // tried on Chromium 156), so while the guard is on no script of the page gets a WebSocket: the page and
                // its same-process frames by a script run before theirs, workers and cross-site frames by the same
                // script given to each while it waits to start (auto-attach). Chromium's own Local Network Access
                // check alone is not enough: it refuses a public page's socket to a private address only after the
                // TCP connection is made.
                await connection.SendAsync("Page.addScriptToEvaluateOnNewDocument", w => w.WriteString("source", NoWebSockets), sessionId, cancellationToken).ConfigureAwait(false);
                await connection.SendAsync("Target.setAutoAttach", AutoAttach, sessionId, cancellationToken).ConfigureAwait(false);
            }

            if (viewport is { } size)
            {
                await connection.SendAsync("Emulation.setDeviceMetricsOverride", w =>
                {
                    w.WriteNumber("width", size.Width);
                    w.WriteNumber("height", size.Height);
                    w.WriteNumber("deviceScaleFactor", 1);
                    w.WriteBoolean("mobile", false);
                }, sessionId, cancellationToken).ConfigureAwait(false);
            }

            var navigated = await connection.SendAsync("Page.navigate", w => w.WriteString("url", url.AbsoluteUri), sessionId, cancellationToken).ConfigureAwait(false);
            if (Volatile.Read(ref _documentRefused) is { } refusal)
            {
                throw new ChromiumRenderException(refusal) { Kind = FetchFailureKind.PrivateNetwork };
            }

            // An error status first: Chromium reports an empty 503 as net::ERR_HTTP_RESPONSE_CODE_FAILURE.
            ThrowOnErrorStatus();
            if (navigated.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } errorText)
            {
                throw new ChromiumRenderException(VerificationText.Format("Render.NavigationFailed", errorText))
                {
                    Transient = TransientErrors.Contains(errorText, StringComparer.Ordinal),
                };
            }

            await WhenOrGoneAsync(_loaded.Task, cancellationToken).ConfigureAwait(false);
            ThrowOnErrorStatus();
            return await afterLoad(sessionId).ConfigureAwait(false);
        }
        catch (CdpException exception)
        {
            throw _gone.Task.IsCompleted && _gone.Task.IsFaulted
                ? _gone.Task.Exception!.InnerException!
                : new ChromiumRenderException(VerificationText.Format("Render.BrowserFailed", exception.Message), exception);
        }
        finally
        {
            if (sessionId is not null)
            {
                connection.Unsubscribe(sessionId);
            }

            foreach (var child in _children)
            {
                connection.Unsubscribe(child);
            }

            if (targetId is not null)
            {
                await CloseTabAsync(targetId).ConfigureAwait(false);
            }
        }
    }

    private async Task CloseTabAsync(string targetId)
    {
        try
        {
            // Not the page's token: a page that timed out or was cancelled still gives its tab back.
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await connection.SendAsync("Target.closeTarget", w => w.WriteString("targetId", targetId), null, limit.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is CdpException or OperationCanceledException)
        {
            // The browser is gone or busy; disposing the renderer kills it with its tabs.
        }
    }

    private async Task WhenOrGoneAsync(Task awaited, CancellationToken cancellationToken)
    {
        var first = await Task.WhenAny(awaited, _gone.Task).WaitAsync(cancellationToken).ConfigureAwait(false);
        await first.ConfigureAwait(false);
    }

    /// <summary>An HTTP error status of the page's document fails the page as it fails a fetch (5xx and 429 may be retried).</summary>
    private void ThrowOnErrorStatus()
    {
        if (Volatile.Read(ref _documentStatus) is var status and (>= 400 or (> 0 and < 200)))
        {
            throw new ChromiumRenderException(VerificationText.Format("Fetch.HttpStatus", status))
            {
                Kind = FetchFailureKind.HttpStatus,
                StatusCode = status,
                Transient = status is >= 500 or 429,
            };
        }
    }

    /// <summary>Every worker and cross-site frame of the session is attached to this connection and waits to start.</summary>
    private static void AutoAttach(Utf8JsonWriter writer)
    {
        writer.WriteBoolean("autoAttach", true);
        writer.WriteBoolean("waitForDebuggerOnStart", true);
        writer.WriteBoolean("flatten", true);
    }

    /// <summary>
    /// A worker or cross-site frame of the page, attached before it runs anything: it gets <see cref="NoWebSockets"/>
    /// (a worker now, a frame for each of its documents); a cross-site frame's requests are paused for the guard as the
    /// page's are, since they never reach the page's session (a dedicated worker's do, tested); its own workers and
    /// frames are attached the same way, then it starts. Without a guard nothing is attached.
    /// </summary>
    private async Task OnAttachedAsync(string child, string? type)
    {
        _children.Enqueue(child);
        connection.Subscribe(child, (method, parameters) => OnChildEvent(child, method, parameters));
        try
        {
            if (type == "iframe")
            {
                // Chromium runs a frame's new-document scripts only while its Page domain is enabled.
                await connection.SendAsync("Page.enable", null, child, _pageToken).ConfigureAwait(false);
                await connection.SendAsync("Page.addScriptToEvaluateOnNewDocument", w => w.WriteString("source", NoWebSockets), child, _pageToken).ConfigureAwait(false);
                await connection.SendAsync("Fetch.enable", w =>
                {
                    w.WriteStartArray("patterns");
                    Pattern(w, "Request", resourceType: null);
                    w.WriteEndArray();
                }, child, _pageToken).ConfigureAwait(false);
            }
            else if (type is "worker" or "shared_worker" or "service_worker")
            {
                await connection.SendAsync("Runtime.evaluate", w => w.WriteString("expression", NoWebSockets), child, _pageToken).ConfigureAwait(false);
            }

            await connection.SendAsync("Target.setAutoAttach", AutoAttach, child, _pageToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is CdpException or OperationCanceledException)
        {
            // The target went away, or the tab is closing: nothing of it runs.
            return;
        }

        try
        {
            await connection.SendAsync("Runtime.runIfWaitingForDebugger", null, child, _pageToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is CdpException or OperationCanceledException)
        {
            // As above.
        }
    }

    private void OnChildEvent(string child, string method, JsonElement parameters)
    {
        if (method == "Target.attachedToTarget")
        {
            _ = OnAttachedAsync(parameters.GetProperty("sessionId").GetString()!, TargetType(parameters));
        }
        else if (method == "Fetch.requestPaused")
        {
            // A request of a cross-site frame: the page's session never sees it, so the guard checks it here.
            _ = OnRequestPausedAsync(
                child,
                parameters.GetProperty("requestId").GetString()!,
                parameters.GetProperty("request").GetProperty("url").GetString()!,
                parameters.TryGetProperty("resourceType", out var type) ? type.GetString() : null,
                frameId: null,
                responseStage: false,
                responseStatus: null);
        }
    }

    private static string? TargetType(JsonElement attached) =>
        attached.GetProperty("targetInfo").TryGetProperty("type", out var type) ? type.GetString() : null;

    private static void Pattern(Utf8JsonWriter writer, string stage, string? resourceType)
    {
        writer.WriteStartObject();
        writer.WriteString("urlPattern", "*");
        if (resourceType is not null)
        {
            writer.WriteString("resourceType", resourceType);
        }

        writer.WriteString("requestStage", stage);
        writer.WriteEndObject();
    }

    /// <summary>
    /// A paused request: at the response stage, the main document's status is noted; at the request stage, the guard
    /// decides (it resolves the name, since the browser connects by itself). Either way the request is let go or failed.
    /// </summary>
    private async Task OnRequestPausedAsync(string? session, string requestId, string url, string? resourceType, string? frameId, bool responseStage, int? responseStatus)
    {
        var isDocument = resourceType == "Document" && frameId == _targetId;
        try
        {
            if (responseStage)
            {
                if (isDocument && responseStatus is { } status)
                {
                    Volatile.Write(ref _documentStatus, status);
                }
            }
            else if (guard is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && WebUrl.IsHttp(uri)
                && await guard.CheckTargetAsync(uri, resolve: true, _pageToken).ConfigureAwait(false) is { } refusal)
            {
                if (isDocument)
                {
                    Volatile.Write(ref _documentRefused, refusal);
                }

                await connection.SendAsync("Fetch.failRequest", w =>
                {
                    w.WriteString("requestId", requestId);
                    w.WriteString("errorReason", "BlockedByClient");
                }, session, _pageToken).ConfigureAwait(false);
                return;
            }

            await connection.SendAsync("Fetch.continueRequest", w => w.WriteString("requestId", requestId), session, _pageToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is CdpException or OperationCanceledException)
        {
            // The tab is closing or the browser is gone: the page fails (or has failed) on its own.
        }
    }

    private void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Fetch.requestPaused":
                _ = OnRequestPausedAsync(
                    _sessionId,
                    parameters.GetProperty("requestId").GetString()!,
                    parameters.GetProperty("request").GetProperty("url").GetString()!,
                    parameters.TryGetProperty("resourceType", out var type) ? type.GetString() : null,
                    parameters.TryGetProperty("frameId", out var frame) ? frame.GetString() : null,
                    parameters.TryGetProperty("responseStatusCode", out _) || parameters.TryGetProperty("responseErrorReason", out _),
                    parameters.TryGetProperty("responseStatusCode", out var code) && code.ValueKind == JsonValueKind.Number ? code.GetInt32() : null);
                break;
            case "Target.attachedToTarget":
                _ = OnAttachedAsync(parameters.GetProperty("sessionId").GetString()!, TargetType(parameters));
                break;
            case "Page.loadEventFired":
                _loaded.TrySetResult();
                break;
            case "Emulation.virtualTimeBudgetExpired":
                _budgetSpent.TrySetResult();
                break;
            case "Inspector.targetCrashed":
                _gone.TrySetException(new ChromiumRenderException(VerificationText.Get("Render.PageCrashed")));
                break;
            case "Inspector.detached":
            case "Connection.closed":
                _gone.TrySetException(new ChromiumRenderException(VerificationText.Get("Render.BrowserClosed")));
                break;
        }
    }
}

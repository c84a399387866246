using System.Globalization;
using System.Text.Json;

namespace IcpBadge.Verification.Browser;

/// <summary>
/// One page in its own tab: navigate, wait for the load event, then either let timers run for the virtual-time budget
/// and read <c>document.documentElement.outerHTML</c>, or scroll to the bottom and take a PNG; close the tab. A renderer crash or a closed connection ends the wait.
/// </summary>
internal sealed class ChromiumPage(CdpConnection connection, int maxOutputChars)
{
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
            if (navigated.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } errorText)
            {
                throw new ChromiumRenderException(VerificationText.Format("Render.NavigationFailed", errorText));
            }

            await WhenOrGoneAsync(_loaded.Task, cancellationToken).ConfigureAwait(false);
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

    private void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
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

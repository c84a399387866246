using Microsoft.Playwright;

namespace IcpBadge.Screenshots;

/// <summary>What to screenshot: a page, the viewport width, pixel scale, colour scheme, and optionally the box around one element.</summary>
internal sealed record ShotRequest(Uri Url, string Output, int Width, double Scale, bool Dark, string? Selector, int Margin);

/// <summary>Screenshots a page in the system Chromium (as the browser tests do: Playwright never downloads a browser).</summary>
internal static class PageShot
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    public static async Task TakeAsync(ShotRequest request)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ChromiumArgs,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = request.Width, Height = 600 },
            DeviceScaleFactor = (float)request.Scale,
            Locale = "zh-CN",
            ColorScheme = request.Dark ? ColorScheme.Dark : ColorScheme.Light,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });

        // Pictures come from this machine only: local files, data: URIs and the site on 127.0.0.1.
        await context.RouteAsync("**/*", route =>
        {
            var url = new Uri(route.Request.Url);
            var local = url.Scheme is "file" or "data" || (url.Scheme is "http" or "https" && url.Host == "127.0.0.1");
            return local ? route.ContinueAsync() : route.AbortAsync("blockedbyclient");
        });

        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(request.Url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        if (response is not null && !response.Ok)
        {
            throw new IOException($"{request.Url} answered HTTP {response.Status}.");
        }

        // CJK fonts load lazily: shoot only once every glyph has its font.
        await page.EvaluateAsync("() => document.fonts.ready");

        var options = new PageScreenshotOptions { Path = request.Output, FullPage = true };
        if (request.Selector is not null)
        {
            var box = await page.Locator(request.Selector).First.BoundingBoxAsync()
                ?? throw new IOException($"{request.Url} has no visible element matching {request.Selector}.");
            var left = Math.Max(0, box.X - request.Margin);
            var top = Math.Max(0, box.Y - request.Margin);
            options.Clip = new Clip
            {
                X = left,
                Y = top,
                Width = box.X + box.Width + request.Margin - left,
                Height = box.Y + box.Height + request.Margin - top,
            };
        }

        await page.ScreenshotAsync(options);
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        return string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured.Trim();
    }
}

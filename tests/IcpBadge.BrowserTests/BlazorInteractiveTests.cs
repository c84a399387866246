using System.Collections.Concurrent;
using IcpBadge.AspNetCore;
using IcpBadge.BlazorSample;
using IcpBadge.BrowserTests.Infrastructure;
using IcpBadge.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IcpBadge.BrowserTests;

/// <summary>
/// Interactive server rendering in real Chromium: the Blazor sample (<c>sample-site/IcpBadge.BlazorSample</c>) runs on
/// Kestrel, 127.0.0.1, and the browser opens its interactive pages over a live circuit (the <c>_blazor</c> WebSocket).
/// Clicks re-render the components and enhanced navigation moves to another interactive page; the footer stays
/// present, and a footer with no attributes is the very markup the tag helpers (and the CLI) write, with
/// <c>Host</c> choosing the number, and no console error.
/// </summary>
public sealed class BlazorInteractiveTests
{
    private const string SiteNumber = "京ICP备12345678号-1";
    private const string ShopNumber = "京ICP备12345678号-2";
    private const string ShopHost = "shop.example.cn";

    /// <summary>What the browser makes of an HTML string: the footer element as it would serialise it.</summary>
    private const string Parsed = "html => { const t = document.createElement('template'); t.innerHTML = html; return t.content.firstElementChild.outerHTML; }";

    [BrowserFact]
    public async Task InteractivePages_OverALiveCircuit_FooterRerendersAsTheTagHelperFooter_NoConsoleError()
    {
        var root = Path.Combine(RepositoryPaths.Root, "sample-site", "IcpBadge.BlazorSample");
        await using var app = BlazorSampleApp.Build(["--urls", "http://127.0.0.1:0", "--contentRoot", root, "--environment", "Production"]);
        await app.StartAsync();
        var baseUrl = new Uri(app.Urls.Single() + "/");

        // The tag helpers' (and icp-badge render's) footer for each host, from the running app's own service.
        var footer = app.Services.GetRequiredService<IcpBadgeFooter>();
        var forShop = footer.Render(TemplateNames.Default, ShopHost);
        var forSite = footer.Render(TemplateNames.Default);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.ChromiumArgs,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        context.SetDefaultTimeout(30_000);
        var blocked = new ConcurrentQueue<string>();
        await context.RouteAsync("**/*", route =>
        {
            if (new Uri(route.Request.Url).Host == "127.0.0.1")
            {
                return route.ContinueAsync();
            }

            blocked.Enqueue(route.Request.Url);
            return route.AbortAsync("blockedbyclient");
        });

        var tab = await context.NewPageAsync();
        var errors = new ConcurrentQueue<string>();
        var sockets = new ConcurrentQueue<string>();
        tab.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Enqueue(message.Text);
            }
        };
        tab.PageError += (_, error) => errors.Enqueue(error);
        tab.WebSocket += (_, socket) => sockets.Enqueue(socket.Url);

        Assert.True((await tab.GotoAsync(new Uri(baseUrl, "interactive").AbsoluteUri)) is { Ok: true });

        // The page sets data-interactive="true" when the circuit renders it; until then clicks do nothing.
        await Assertions.Expect(tab.Locator("#interactive")).ToHaveAttributeAsync("data-interactive", "true");
        Assert.Contains(sockets, url => new Uri(url).AbsolutePath.StartsWith("/_blazor", StringComparison.Ordinal));
        await Assertions.Expect(tab.Locator("footer#layout-footer")).ToBeVisibleAsync();

        // A click re-renders the interactive footer (its data-count follows the counter), on the page's own host.
        var compact = tab.Locator(".interactive-footer");
        await tab.ClickAsync("#count");
        await Assertions.Expect(compact).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(compact.Locator("a.icp-badge__icp")).ToHaveTextAsync(SiteNumber);

        // Enhanced navigation to another interactive page, over the same circuit.
        await tab.ClickAsync("#to-hosts");
        await tab.WaitForURLAsync(new Uri(baseUrl, "hosts").AbsoluteUri);
        await Assertions.Expect(tab.Locator("#hosts")).ToHaveAttributeAsync("data-interactive", "true");
        var hostFooter = tab.Locator("main footer.icp-badge");
        await Assertions.Expect(hostFooter.Locator("a.icp-badge__icp")).ToHaveTextAsync(ShopNumber);
        Assert.Equal(await tab.EvaluateAsync<string>(Parsed, forShop), await hostFooter.EvaluateAsync<string>("e => e.outerHTML"));
        await Assertions.Expect(tab.Locator("footer#layout-footer")).ToBeVisibleAsync();

        // Host switched to the page's own address, and back: each re-render is the tag helper's footer for that host.
        await tab.ClickAsync("#switch-host");
        await Assertions.Expect(hostFooter.Locator("a.icp-badge__icp")).ToHaveTextAsync(SiteNumber);
        Assert.Equal(await tab.EvaluateAsync<string>(Parsed, forSite), await hostFooter.EvaluateAsync<string>("e => e.outerHTML"));
        await tab.ClickAsync("#switch-host");
        await Assertions.Expect(hostFooter.Locator("a.icp-badge__icp")).ToHaveTextAsync(ShopNumber);
        Assert.Equal(await tab.EvaluateAsync<string>(Parsed, forShop), await hostFooter.EvaluateAsync<string>("e => e.outerHTML"));

        Assert.Equal(1, await tab.Locator("footer#layout-footer").CountAsync());
        Assert.True(errors.IsEmpty, "Console errors: " + string.Join(" | ", errors));
        Assert.True(blocked.IsEmpty, "Requests that left 127.0.0.1: " + string.Join(" | ", blocked));
        Assert.Single(sockets);

        // Prerendered (before any circuit), the same page carries the footer's exact bytes.
        using var http = new HttpClient();
        Assert.Contains(forShop.TrimEnd('\n'), await http.GetStringAsync(new Uri(baseUrl, "hosts")), StringComparison.Ordinal);
        await app.StopAsync();
    }
}

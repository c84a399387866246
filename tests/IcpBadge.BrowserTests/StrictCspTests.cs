using System.Text.Json;
using IcpBadge.BrowserTests.Infrastructure;
using IcpBadge.Configuration;
using IcpBadge.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using NodaTime;

namespace IcpBadge.BrowserTests;

/// <summary>
/// <c>"Rendering": { "StrictCsp": true }</c> in real Chromium: a page served with
/// <c>Content-Security-Policy: default-src 'self'</c> shows the footer centred and visible with its emblem loaded, and
/// raises no <c>securitypolicyviolation</c> event; the stylesheet is the Razor Class Library's own
/// <c>icp-badge.css</c>. The same page with the default markup does raise violations, so the check can fail.
/// </summary>
public sealed class StrictCspTests
{
    private const string Policy = "default-src 'self'";

    [BrowserFact]
    public async Task StrictFooter_UnderDefaultSrcSelf_NoViolation_CentredVisible_EmblemLoaded()
    {
        var result = await LoadAsync(strict: true);

        Assert.True(result.GetProperty("violations").GetArrayLength() == 0, $"CSP violations: {result}");
        Assert.True(result.GetProperty("visible").GetBoolean(), $"The footer is not visible: {result}");
        Assert.True(Math.Abs(result.GetProperty("footerCentre").GetDouble() - result.GetProperty("viewportCentre").GetDouble()) <= 2, $"The footer is off-centre: {result}");
        Assert.True(Math.Abs(result.GetProperty("lineCentre").GetDouble() - result.GetProperty("viewportCentre").GetDouble()) <= 2, $"The filings line is off-centre: {result}");
        Assert.Equal("center", result.GetProperty("textAlign").GetString());
        Assert.True(result.GetProperty("emblemWidth").GetInt32() > 0, $"The emblem did not load: {result}");
        Assert.Equal(20, result.GetProperty("emblemHeight").GetInt32());
    }

    [BrowserFact]
    public async Task DefaultFooter_UnderTheSamePolicy_IsReportedAsAViolation()
    {
        var result = await LoadAsync(strict: false);

        Assert.True(result.GetProperty("violations").GetArrayLength() > 0, $"Expected the inline styles to be refused: {result}");
    }

    private static async Task<JsonElement> LoadAsync(bool strict)
    {
        var emblem = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "sample-site", "IcpBadge.SampleSite", "emblem", "police-emblem-PLACEHOLDER.png"));
        var stylesheet = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "src", "IcpBadge.AspNetCore", "wwwroot", "icp-badge.css"));
        var options = new IcpBadgeOptions();
        options.Icp.Number = "京ICP备12345678号-1";
        options.Police.Number = "京公网安备11010502030143号";
        options.Copyright.Holder = "示例科技有限公司";
        options.Copyright.Since = 2019;
        options.Rendering.StrictCsp = strict;
        if (strict)
        {
            options.Police.Icon = "/images/police-emblem.png";
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"icpbadge-emblem-{Guid.NewGuid():N}.png");
            await File.WriteAllBytesAsync(file, emblem);
            options.Police.Icon = file;
        }

        var result = SiteProfile.Create(options);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Problems));
        var footer = new FooterRenderer(EmbeddedTemplateSource.Instance, SystemClock.Instance).Render(result.Profile);
        var page = $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>示例网站</title>
            <link rel="stylesheet" href="/_content/IcpBadge.AspNetCore/icp-badge.css"></head>
            <body><main><h1>示例网站</h1></main>{footer}</body></html>
            """;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            return next(context);
        });
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapGet("/_content/IcpBadge.AspNetCore/icp-badge.css", () => Results.Text(stylesheet, "text/css; charset=utf-8"));
        app.MapGet("/images/police-emblem.png", () => Results.Bytes(emblem, "image/png"));
        await app.StartAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.ChromiumArgs,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var tab = await context.NewPageAsync();

        // Listening before the page's first byte: a violation during parsing is recorded too.
        await tab.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));
            """);
        var response = await tab.GotoAsync(app.Urls.Single());
        Assert.True(response is { Ok: true });
        await tab.WaitForFunctionAsync("() => document.readyState === 'complete'");

        // Violation events are dispatched asynchronously; one more task turn lets queued ones arrive.
        await tab.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 0))");
        var layout = await tab.EvaluateAsync<JsonElement>("""
            () => {
              const footer = document.querySelector('footer.icp-badge');
              const box = footer.getBoundingClientRect();
              const line = document.createRange();
              line.selectNodeContents(footer.querySelector('.icp-badge__filings'));
              const lineBox = line.getBoundingClientRect();
              const img = footer.querySelector('img');
              return {
                violations: window.__violations,
                visible: box.width > 0 && box.height > 0 && getComputedStyle(footer).visibility === 'visible',
                viewportCentre: document.documentElement.clientWidth / 2,
                footerCentre: box.left + box.width / 2,
                lineCentre: lineBox.left + lineBox.width / 2,
                textAlign: getComputedStyle(footer).textAlign,
                emblemWidth: img ? img.naturalWidth : 0,
                emblemHeight: img ? Math.round(img.getBoundingClientRect().height) : 0,
              };
            }
            """);
        await context.DisposeAsync();
        await app.StopAsync();
        return layout;
    }
}

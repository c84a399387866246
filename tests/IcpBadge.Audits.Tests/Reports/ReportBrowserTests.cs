using System.Collections.Concurrent;
using IcpBadge.Audits.Reports;
using IcpBadge.Cli.Tests;
using IcpBadge.Localization;
using Microsoft.Playwright;

namespace IcpBadge.Audits.Tests.Reports;

/// <summary>
/// The HTML report in the machine's Chromium (as tests/IcpBadge.BrowserTests launches it): no console errors, no
/// request of any kind, a screenshot under <c>artifacts/</c> (CI keeps it), and a PDF on A4.
/// </summary>
public sealed class ReportBrowserTests
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    [ChromiumFact]
    public async Task The_report_renders_offline_without_errors_and_prints()
    {
        await using var history = await ReportHistory.CreateAsync();
        var run = await AuditReport.LoadRunAsync(history.Store, "latest");
        var artifacts = Path.Combine(RepositoryRoot(), "artifacts");
        Directory.CreateDirectory(artifacts);
        var file = Path.Combine(artifacts, "audit-report.html");
        await File.WriteAllTextAsync(file, ReportRendering.Render(run, ReportFormat.Html, Language.Zh));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 }, Locale = "zh-CN", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var problems = new ConcurrentQueue<string>();
        var requests = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Enqueue($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                requests.Enqueue(request.Url);
            }
        };
        await context.RouteAsync("**/*", route => route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());

        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "audit-report.png") });
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });

        Assert.Empty(problems);
        Assert.Empty(requests);
        Assert.Equal("备案合规审计报告", await page.InnerTextAsync("h1"));
        Assert.True(pdf.Length > 10_000, $"the PDF has {pdf.Length} bytes");
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "audit-report.pdf"), pdf);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IcpBadge.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IcpBadge.sln not found above " + AppContext.BaseDirectory);
    }
}

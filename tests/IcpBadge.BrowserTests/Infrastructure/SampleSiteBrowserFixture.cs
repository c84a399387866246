using Microsoft.Playwright;

namespace IcpBadge.BrowserTests.Infrastructure;

/// <summary>
/// One sample site process and one headless Chromium for the whole test collection. Each test opens its own browser
/// context (<see cref="OpenAsync"/>) in which only 127.0.0.1 is reachable.
/// </summary>
public sealed class SampleSiteBrowserFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private SampleSiteProcess? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SampleSiteSettings? _settings;

    /// <summary>The expected footer values, from the running site's appsettings.json.</summary>
    public SampleSiteSettings Settings =>
        _settings ?? throw new InvalidOperationException(BrowserEnvironment.MissingChromiumMessage);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!BrowserEnvironment.IsChromiumAvailable)
        {
            // Outside CI every test is skipped by [BrowserFact]; under CI=true the tests run and fail in OpenAsync.
            return;
        }

        Assertions.SetDefaultExpectTimeout(15_000);
        try
        {
            _site = await SampleSiteProcess.StartAsync(StartTimeout);
            _settings = SampleSiteSettings.Load(Path.Combine(_site.ContentRoot, "appsettings.json"));
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserEnvironment.ChromiumPath,
                Headless = true,
                Args = BrowserEnvironment.ChromiumArgs,
                Timeout = (float)StartTimeout.TotalMilliseconds,
            });
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens a 1280×800 page in a fresh context and loads <paramref name="path"/>. Requests to anything but 127.0.0.1
    /// are aborted and recorded; <c>https://beian.miit.gov.cn/</c> is answered with a local stub page.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(string path)
    {
        if (_browser is null || _site is null)
        {
            throw new InvalidOperationException(BrowserEnvironment.MissingChromiumMessage);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "zh-CN",
            ColorScheme = ColorScheme.Light,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        try
        {
            // Generous: the tests share a 2-core machine with builds; nothing here should take more than a second or two.
            context.SetDefaultTimeout(30_000);
            context.SetDefaultNavigationTimeout(30_000);
            var session = new BrowserSession(context, _site);

            // Routes registered later win: the catch-all first, then the MIIT stub.
            await context.RouteAsync("**/*", session.AllowOnlyLoopbackAsync);
            await context.RouteAsync(BrowserSession.MiitPattern, session.FulfillMiitStubAsync);

            var page = await context.NewPageAsync();
            session.Page = page;
            var response = await page.GotoAsync(new Uri(_site.BaseUrl, path.TrimStart('/')).AbsoluteUri);
            if (response is null || !response.Ok)
            {
                throw new InvalidOperationException(
                    $"GET {path} answered {response?.Status}.{Environment.NewLine}--- site output ---{Environment.NewLine}{_site.Output}");
            }

            return session;
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;

        if (_site is not null)
        {
            await _site.DisposeAsync();
            _site = null;
        }
    }
}

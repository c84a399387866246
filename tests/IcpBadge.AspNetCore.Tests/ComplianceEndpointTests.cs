using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using IcpBadge.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.AspNetCore.Tests;

/// <summary>
/// <c>MapIcpBadgeCompliance</c> on real Kestrel servers on 127.0.0.1: the self-check fetches only the app's own
/// listening address, as the first configured domain, whatever the request's <c>Host</c> says; a second loopback server
/// stands where a forged host or a redirect would send it, and records any request that reaches it.
/// </summary>
public sealed class ComplianceEndpointTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = TestSites.CreateFolder();
    private readonly ConcurrentQueue<(string Host, string Path)> _appRequests = new();
    private readonly ConcurrentQueue<string> _elsewhere = new();
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 24, 4, 0, 0, TimeSpan.Zero));
    private WebApplication _recorder = null!;
    private Uri _recorderUrl = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _recorder = builder.Build();
        _recorder.Run(context =>
        {
            _elsewhere.Enqueue($"{context.Request.Host} {context.Request.Path}");
            return context.Response.WriteAsync("<html><body>京ICP备12345678号-1</body></html>");
        });
        await _recorder.StartAsync();
        _recorderUrl = new Uri(_recorder.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        await _recorder.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task AForgedHost_ChangesNothing_TheSelfCheckFetchesOnlyTheAppItself_AsTheFirstDomain()
    {
        await using var app = await StartAppAsync(home: context => context.Response.WriteAsync(Page(context)));
        using var client = new HttpClient();
        var own = new Uri(app.Urls.Single());

        foreach (var forged in new[] { _recorderUrl.Authority, "169.254.169.254", "evil.example.com" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(own, "/icp-badge/compliance"));
            request.Headers.Host = forged;
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var selfCheck = json.RootElement.GetProperty("selfCheck");
            Assert.Equal($"http://127.0.0.1:{own.Port}/", selfCheck.GetProperty("url").GetString());
            Assert.Equal("example.cn", selfCheck.GetProperty("host").GetString());
            var target = Assert.Single(selfCheck.GetProperty("report").GetProperty("targets").EnumerateArray());
            Assert.Equal("ok", target.GetProperty("status").GetString());
        }

        Assert.Empty(_elsewhere);
        var homeRequests = _appRequests.Where(r => r.Path == "/").ToList();
        Assert.Equal([("example.cn", "/")], homeRequests);
    }

    [Fact]
    public async Task AHomePageRedirectingElsewhere_IsNotFollowed_OutOfTheApp()
    {
        await using var app = await StartAppAsync(home: context =>
        {
            context.Response.Redirect(new Uri(_recorderUrl, "/stolen").AbsoluteUri);
            return Task.CompletedTask;
        });
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(app.Urls.Single()), "/icp-badge/compliance?lang=en"));

        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Empty(_elsewhere);
        var document = new HtmlParser().ParseDocument(html);
        var finding = document.QuerySelector("table.findings tr[data-rule=NET001]");
        Assert.NotNull(finding);
        Assert.StartsWith("The page could not be checked", finding.QuerySelector("td.message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSelfCheck_IsCached_ForTheConfiguredTime_OnTheTimeProvider()
    {
        await using var app = await StartAppAsync(home: context => context.Response.WriteAsync(Page(context)), cache: TimeSpan.FromMinutes(5));
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        async Task<string> CheckedAt()
        {
            var html = await client.GetStringAsync(new Uri("/icp-badge/compliance", UriKind.Relative));
            return new HtmlParser().ParseDocument(html).QuerySelector("#checked-at")!.GetAttribute("datetime")!;
        }

        var first = await CheckedAt();
        _time.Advance(TimeSpan.FromMinutes(4));
        var cached = await CheckedAt();
        _time.Advance(TimeSpan.FromMinutes(2));
        var renewed = await CheckedAt();

        Assert.Equal("2026-11-24T04:00:00Z", first);
        Assert.Equal(first, cached);
        Assert.Equal("2026-11-24T04:06:00Z", renewed);
        Assert.Equal(2, _appRequests.Count(r => r.Path == "/"));
    }

    [Fact]
    public async Task ThePage_IsChineseByDefault_AndSaysWhetherTheFooterShowsOnTheRequestsHost()
    {
        await using var app = await StartAppAsync(home: context => context.Response.WriteAsync(Page(context)), hide: true);
        using var client = new HttpClient();
        var url = new Uri(new Uri(app.Urls.Single()), "/icp-badge/compliance");

        using var overseas = new HttpRequestMessage(HttpMethod.Get, url);
        overseas.Headers.Host = "example.com";
        var hidden = new HtmlParser().ParseDocument(await (await client.SendAsync(overseas)).Content.ReadAsStringAsync());
        var shown = new HtmlParser().ParseDocument(await client.GetStringAsync(url));

        Assert.Equal("zh-CN", hidden.DocumentElement.GetAttribute("lang"));
        Assert.Equal("合规状态", hidden.QuerySelector("h1")!.TextContent);
        Assert.Equal("false", hidden.QuerySelector("p.footer-display")!.GetAttribute("data-shown"));
        Assert.Contains("example.com", hidden.QuerySelector("p.footer-display")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", shown.QuerySelector("p.footer-display")!.GetAttribute("data-shown"));
        Assert.Matches(@"^\d+ 个错误，\d+ 个警告$", shown.QuerySelector("#verification-summary")!.TextContent);
        Assert.Equal("example.cn", shown.QuerySelector("#verification-host")!.TextContent);
        Assert.Empty(_elsewhere);
    }

    /// <summary>A home page with the footer for the request's host, as the app under test serves it.</summary>
    private static string Page(HttpContext context)
    {
        var footer = context.RequestServices.GetRequiredService<IcpBadgeFooter>();
        return $"<!DOCTYPE html><html lang=\"zh-CN\"><head><title>示例网站</title></head><body><h1>示例网站</h1>{footer.Render(host: context.Request.Host.Host)}</body></html>";
    }

    private async Task<WebApplication> StartAppAsync(RequestDelegate home, TimeSpan? cache = null, bool hide = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _folder.FullName });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IClock>(new FakeClock(TestSites.Now));
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddIcpBadge(options =>
        {
            TestSites.Configure(options);
            options.Site.UnlistedHosts = hide ? "Hide" : null;
        });
        var app = builder.Build();
        app.Use((context, next) =>
        {
            _appRequests.Enqueue((context.Request.Headers.Host.ToString(), context.Request.Path.Value ?? string.Empty));
            return next(context);
        });
        app.MapGet("/", home);
        app.MapIcpBadgeCompliance(configure: o => o.SelfCheckCacheDuration = cache ?? TimeSpan.FromMinutes(10));
        await app.StartAsync();
        return app;
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

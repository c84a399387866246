using System.Collections.Concurrent;
using System.Net;
using IcpBadge.Cli.Tests;
using IcpBadge.Testing;
using IcpBadge.Verification.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IcpBadge.Verification.Tests.Browser;

/// <summary>
/// <c>--render</c> goes through the fetcher's policy, not around it: the private-network guard refuses a private
/// target with the very finding a fetch gives, and refuses a redirect of the page to a private address (the browser's
/// requests are intercepted); a 503 followed by the page is retried. A real Chromium and a Kestrel server with two
/// ports on 127.0.0.1: the first port is let through by <see cref="PageFetchOptions.AllowedPrivateEndpoints"/> where a
/// test needs it, the second never is.
/// </summary>
public sealed class RenderPolicyTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private WebApplication _app = null!;
    private Uri _open = null!;
    private Uri _private = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0", "http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Hit($"{context.Connection.LocalPort}{context.Request.Path}");
            await next(context);
        });
        _app.MapGet("/page", () => Results.Content(HostileServer.GoodPage, "text/html; charset=utf-8"));
        _app.MapGet("/to-private", () => Results.Redirect(new Uri(_private, "/page").AbsoluteUri));
        _app.MapGet("/flaky/{id}", (string id) =>
            Hit("flaky-" + id) == 1 ? Results.StatusCode(503) : Results.Content(HostileServer.GoodPage, "text/html; charset=utf-8"));
        await _app.StartAsync();
        var urls = _app.Urls.Select(u => new Uri(u)).ToArray();
        (_open, _private) = (urls[0], urls[1]);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [ChromiumFact]
    public async Task PrivateTarget_Rendered_IsRefused_WithTheFindingOfAFetch()
    {
        var url = new Uri(_private, "/page").AbsoluteUri;
        await using var verifier = new SiteVerifier();

        var fetched = await verifier.VerifyAsync([url], new VerificationOptions { Timeout = Timeout });
        var rendered = await verifier.VerifyAsync([url], new VerificationOptions { Timeout = Timeout, Render = true, BrowserPath = ChromiumFactAttribute.ChromiumPath });

        var fetchFinding = Assert.Single(Assert.Single(fetched.Targets).Findings);
        var renderTarget = Assert.Single(rendered.Targets);
        var renderFinding = Assert.Single(renderTarget.Findings);
        Assert.Equal(TargetStatus.Unreachable, renderTarget.Status);
        Assert.Equal("NET001", renderFinding.Rule);
        Assert.Equal(fetchFinding.Message, renderFinding.Message);
        Assert.Equal(fetchFinding.Evidence, renderFinding.Evidence);
        Assert.Contains("a loopback address (127.0.0.0/8)", renderFinding.MessageEn, StringComparison.Ordinal);
        Assert.False(_hits.ContainsKey($"{_private.Port}/page"), "nothing may reach a refused address");
    }

    [ChromiumFact]
    public async Task RedirectToAPrivateAddress_WhileRendering_IsRefused()
    {
        await using var verifier = Verifier(new PageFetchOptions { Timeout = Timeout, AllowedPrivateEndpoints = [new IPEndPoint(IPAddress.Loopback, _open.Port)] });

        var report = await verifier.VerifyAsync([new Uri(_open, "/to-private").AbsoluteUri], new VerificationOptions { Render = true, BrowserPath = ChromiumFactAttribute.ChromiumPath });

        var target = Assert.Single(report.Targets);
        var finding = Assert.Single(target.Findings);
        Assert.Equal(TargetStatus.Unreachable, target.Status);
        Assert.Equal("NET001", finding.Rule);
        Assert.Contains($"127.0.0.1", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("a loopback address (127.0.0.0/8)", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("本机回环地址（127.0.0.0/8）", finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(1, _hits.GetValueOrDefault($"{_open.Port}/to-private"));
        Assert.False(_hits.ContainsKey($"{_private.Port}/page"), "the redirect must not reach the refused address");
    }

    [ChromiumFact]
    public async Task ServiceUnavailableThenThePage_Rendered_IsRetried()
    {
        await using var verifier = Verifier(new PageFetchOptions { Timeout = Timeout, AllowPrivateNetworks = true, RetryDelay = TimeSpan.Zero });

        var report = await verifier.VerifyAsync([new Uri(_open, "/flaky/a").AbsoluteUri], new VerificationOptions { Render = true, BrowserPath = ChromiumFactAttribute.ChromiumPath });

        var target = Assert.Single(report.Targets);
        Assert.Equal(TargetStatus.Ok, target.Status);
        Assert.DoesNotContain(target.Findings, f => f.Rule == "NET001");
        Assert.Equal(2, _hits["flaky-a"]);
    }

    [ChromiumFact]
    public async Task ServiceUnavailable_WithoutRetries_IsTheHttpStatus()
    {
        await using var verifier = Verifier(new PageFetchOptions { Timeout = Timeout, AllowPrivateNetworks = true, Retries = 0 });

        var report = await verifier.VerifyAsync([new Uri(_open, "/flaky/b").AbsoluteUri], new VerificationOptions { Render = true, BrowserPath = ChromiumFactAttribute.ChromiumPath });

        var finding = Assert.Single(Assert.Single(report.Targets).Findings);
        Assert.Equal("NET001", finding.Rule);
        Assert.True(finding.MessageEn.Contains("HTTP 503", StringComparison.Ordinal), finding.MessageEn);
        Assert.Equal(1, _hits["flaky-b"]);
    }

    private static SiteVerifier Verifier(PageFetchOptions options)
    {
        var client = new HttpClient(PageFetcher.CreateHandler(options)) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        return new SiteVerifier(new PageFetcher(client, options));
    }

    private int Hit(string key) => _hits.AddOrUpdate(key, 1, (_, n) => n + 1);
}

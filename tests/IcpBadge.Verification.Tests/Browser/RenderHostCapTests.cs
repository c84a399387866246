using System.Collections.Concurrent;
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
/// <c>--render</c> holds the per-host cap (<see cref="VerificationOptions.MaxConcurrentRequestsPerHost"/>) as a fetch
/// does: a page counts as in flight on its host from its request until the page asks for its last image (which the
/// load event, and so the render, waits for). A real Chromium and a Kestrel server on 127.0.0.1; no timers.
/// </summary>
public sealed class RenderHostCapTests : IAsyncLifetime
{
    private const string Page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
        <footer><p>京ICP备12345678号-1</p></footer><img src="/done/ID" alt="">
        </body></html>
        """;

    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _capReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;
    private Uri _server = null!;
    private int _inFlight;
    private int _mostInFlight;
    private int _cap = int.MaxValue;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/page/{id}", async (string id, HttpContext context) =>
        {
            _requests.AddOrUpdate(id, 1, (_, n) => n + 1);
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostInFlight, now);
            if (now >= Volatile.Read(ref _cap))
            {
                _capReached.TrySetResult();
            }

            // Nobody answers before the cap is full: the pages held here are all in flight at once, so a page let
            // through beyond the cap would be counted while they are.
            await _capReached.Task.WaitAsync(context.RequestAborted);
            return Results.Content(Page.Replace("ID", id, StringComparison.Ordinal), "text/html; charset=utf-8");
        });
        _app.MapGet("/done/{id}", (string id) =>
        {
            Interlocked.Decrement(ref _inFlight);
            return Results.NoContent();
        });
        await _app.StartAsync();
        _server = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [ChromiumFact]
    public async Task CapOfTwo_FourPagesRenderedAtOnce_NeverMoreThanTwoInFlight()
    {
        Volatile.Write(ref _cap, 2);
        var options = new PageFetchOptions { Timeout = TimeSpan.FromSeconds(60), AllowPrivateNetworks = true, MaxConcurrentRequestsPerHost = 2 };
        using var client = new HttpClient(PageFetcher.CreateHandler(options));
        var fetcher = new PageFetcher(client, options);
        await using var renderer = new ChromiumRenderer(ChromiumFactAttribute.ChromiumPath);
        var outcomes = new FetchOutcome[4];

        await Parallel.ForAsync(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = outcomes.Length }, async (i, token) =>
            outcomes[i] = await fetcher.RenderAsync(new Uri(_server, $"/page/{i}"), renderer, token));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Reason?.En));
        Assert.Equal(2, Volatile.Read(ref _mostInFlight));
        Assert.Equal(4, _requests.Count);
        Assert.All(_requests.Values, n => Assert.Equal(1, n));
    }

    [ChromiumFact]
    public async Task CapOfOne_ThroughTheVerifier_PagesOfOneHostNeverOverlap()
    {
        Volatile.Write(ref _cap, 1);
        var urls = Enumerable.Range(0, 4).Select(i => new Uri(_server, $"/page/v{i}").AbsoluteUri).ToArray();
        await using var verifier = new SiteVerifier();

        var report = await verifier.VerifyAsync(urls, new VerificationOptions
        {
            Timeout = TimeSpan.FromSeconds(60),
            AllowPrivateNetworks = true,
            MaxConcurrentRequestsPerHost = 1,
            Concurrency = 4,
            Render = true,
            BrowserPath = ChromiumFactAttribute.ChromiumPath,
        });

        Assert.All(report.Targets, t => Assert.DoesNotContain(t.Findings, f => f.Rule == "NET001"));
        Assert.Equal(1, Volatile.Read(ref _mostInFlight));
        Assert.Equal(4, _requests.Count);
    }

    private static void InterlockedMax(ref int location, int value)
    {
        var seen = Volatile.Read(ref location);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref location, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}

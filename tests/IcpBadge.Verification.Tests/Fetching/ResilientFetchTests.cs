using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using IcpBadge.Testing;
using IcpBadge.Verification.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IcpBadge.Verification.Tests.Fetching;

/// <summary>
/// Retries of transient failures and the per-host cap of <see cref="PageFetcher"/>, against a real Kestrel server on
/// 127.0.0.1. Time is a <see cref="FakeTimeProvider"/> moved on only when the fetcher waits, so no test sleeps.
/// </summary>
public sealed class ResilientFetchTests : IAsyncLifetime
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _capReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;
    private Uri _root = null!;
    private int _inFlight;
    private int _mostInFlight;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();

        // 503 for the first {failures} requests of {id}, then the page.
        _app.MapGet("/flaky/{id}/{failures:int}", (string id, int failures) =>
            Hit(id) <= failures ? Results.StatusCode(503) : Results.Content(HostileServer.GoodPage, "text/html; charset=utf-8"));

        // 429 with Retry-After: {seconds} the first time, then the page.
        _app.MapGet("/busy/{id}/{seconds:int}", (string id, int seconds, HttpContext context) =>
        {
            if (Hit(id) > 1)
            {
                return Results.Content(HostileServer.GoodPage, "text/html; charset=utf-8");
            }

            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(429);
        });

        _app.MapGet("/missing/{id}", (string id) =>
        {
            Hit(id);
            return Results.NotFound();
        });

        // Counts the requests in flight; each waits until the cap was reached once, so a broken cap shows as more.
        _app.MapGet("/held/{cap:int}", async (int cap) =>
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostInFlight, now);
            if (now >= cap)
            {
                _capReached.TrySetResult();
            }

            await _capReached.Task;
            Interlocked.Decrement(ref _inFlight);
            return Results.Content(HostileServer.GoodPage, "text/html; charset=utf-8");
        });

        await _app.StartAsync();
        _root = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ServiceUnavailableTwiceThenOk_PassesOnTheThirdAttempt()
    {
        var (result, delays) = await FetchAsync("/flaky/a/2");

        Assert.True(result.Succeeded);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, _hits["a"]);
        Assert.Equal(2, delays.Count);
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task TooManyRequests_WaitsExactlyTheRetryAfter()
    {
        var (result, delays) = await FetchAsync("/busy/b/7");

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(delays));
    }

    [Fact]
    public async Task RetryAfterPastTheTimeLimit_IsNotWaitedFor()
    {
        var (result, delays) = await FetchAsync("/busy/c/3600");

        Assert.Equal(FetchFailureKind.HttpStatus, result.FailureKind);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(1, result.Attempts);
        Assert.Empty(delays);
    }

    [Fact]
    public async Task ThreeFailures_AreOneNet001()
    {
        var (result, delays) = await FetchAsync("/flaky/d/3");

        Assert.False(result.Succeeded);
        Assert.Equal(FetchFailureKind.HttpStatus, result.FailureKind);
        Assert.Equal("NET001", result.Failure!.Rule);
        Assert.Contains("HTTP 503", result.Failure.MessageEn, StringComparison.Ordinal);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, _hits["d"]);
        Assert.Equal(2, delays.Count);
    }

    [Fact]
    public async Task NotFound_IsNotRetried()
    {
        var (result, delays) = await FetchAsync("/missing/e");

        Assert.Equal(404, result.StatusCode);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(1, _hits["e"]);
        Assert.Empty(delays);
    }

    [Fact]
    public async Task RefusedConnection_IsRetriedTwice()
    {
        // A port that was just free: nothing listens on it.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (result, delays) = await FetchAsync(new Uri($"http://127.0.0.1:{port}/"));

        Assert.Equal(FetchFailureKind.ConnectionError, result.FailureKind);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(2, delays.Count);
    }

    [Fact]
    public async Task RetriesOff_OneAttempt()
    {
        var (result, _) = await FetchAsync("/flaky/f/1", retries: 0);

        Assert.Equal(503, result.StatusCode);
        Assert.Equal(1, result.Attempts);
    }

    [Theory]
    [InlineData(4, 16)]
    [InlineData(2, 9)]
    public async Task ConcurrentFetchesOfOneHost_NeverExceedTheCap(int cap, int fetches)
    {
        using var client = new HttpClient(PageFetcher.CreateHandler(new PageFetchOptions { AllowPrivateNetworks = true })) { Timeout = Timeout.InfiniteTimeSpan };
        var options = new PageFetchOptions { AllowPrivateNetworks = true, Timeout = TimeSpan.FromSeconds(60) };
        options = cap == 4 ? options : new PageFetchOptions { AllowPrivateNetworks = true, Timeout = options.Timeout, MaxConcurrentRequestsPerHost = cap };
        var fetcher = new PageFetcher(client, options);

        var results = await Task.WhenAll(Enumerable.Range(0, fetches).Select(_ => Task.Run(() => fetcher.FetchAsync(new Uri(_root, $"/held/{cap}")))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(cap, Volatile.Read(ref _mostInFlight));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    private int Hit(string id) => _hits.AddOrUpdate(id, 1, (_, n) => n + 1);

    private Task<(PageFetchResult Result, List<TimeSpan> Delays)> FetchAsync(string path, int retries = 2) => FetchAsync(new Uri(_root, path), retries);

    /// <summary>
    /// Fetches <paramref name="url"/> on fake time: each time the fetcher starts waiting (a back-off), the clock is
    /// moved by exactly that wait, which is recorded. The target's own time limit is the first timer and is left alone.
    /// </summary>
    private static async Task<(PageFetchResult Result, List<TimeSpan> Delays)> FetchAsync(Uri url, int retries = 2)
    {
        var time = new WaitingTimeProvider();
        using var client = new HttpClient(PageFetcher.CreateHandler(new PageFetchOptions { AllowPrivateNetworks = true })) { Timeout = Timeout.InfiniteTimeSpan };
        var fetcher = new PageFetcher(client, new PageFetchOptions { AllowPrivateNetworks = true, Timeout = Budget, Retries = retries, TimeProvider = time });
        var fetch = fetcher.FetchAsync(url);
        var delays = new List<TimeSpan>();
        while (true)
        {
            var next = time.Waits.ReadAsync().AsTask();
            if (await Task.WhenAny(fetch, next) == fetch)
            {
                return (await fetch, delays);
            }

            var wait = await next;
            if (wait == Budget)
            {
                continue;
            }

            delays.Add(wait);
            time.Fake.Advance(wait);
        }
    }

    /// <summary>A <see cref="FakeTimeProvider"/> that reports every timer started on it, so a test moves time on only when something waits.</summary>
    private sealed class WaitingTimeProvider : TimeProvider
    {
        private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

        public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));

        public ChannelReader<TimeSpan> Waits => _waits.Reader;

        public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

        public override long TimestampFrequency => Fake.TimestampFrequency;

        public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

        public override long GetTimestamp() => Fake.GetTimestamp();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = Fake.CreateTimer(callback, state, dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                _waits.Writer.TryWrite(dueTime);
            }

            return timer;
        }
    }
}

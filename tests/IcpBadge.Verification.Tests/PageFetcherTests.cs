using IcpBadge.Testing;
using IcpBadge.Verification.Fetching;
using IcpBadge.Verification.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.Verification.Tests;

/// <summary>Shares one loopback Kestrel server among the live-fetch tests.</summary>
public sealed class HostileServerFixture : IAsyncLifetime
{
    internal HostileServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await HostileServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary><see cref="PageFetcher"/> and <see cref="SiteVerifier"/> on URL targets, against a real server on 127.0.0.1.</summary>
[Collection(AllocationSensitive.Name)]
public sealed class PageFetcherTests(HostileServerFixture fixture) : IClassFixture<HostileServerFixture>
{
    private static readonly PageFetchOptions Limits = new() { Timeout = TimeSpan.FromSeconds(8), AllowPrivateNetworks = true }; // below the 10 s of the slow endpoints, generous for a loaded CI machine

    private HostileServer Server => fixture.Server;

    private static ServiceProvider Services(PageFetchOptions? options = null) =>
        new ServiceCollection().AddPageFetcher(options ?? Limits).BuildServiceProvider();

    private async Task<PageFetchResult> FetchAsync(string path, PageFetchOptions? options = null)
    {
        await using var services = Services(options);
        return await services.GetRequiredService<PageFetcher>().FetchAsync(Server.Url(path));
    }

    [Fact]
    public async Task Fetch_GoodPage_ReturnsTheHtml()
    {
        var result = await FetchAsync("/");

        Assert.True(result.Succeeded);
        Assert.Equal(200, result.StatusCode);
        Assert.Contains("京ICP备12345678号-1", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_SendsTheIcpBadgeUserAgent()
    {
        var result = await FetchAsync("/ua");

        Assert.Matches(@"^icp-badge/\d+\.\d+\.\d+\S* \(\+https://github\.com/icpbadge/icpbadge\)$", PageFetcher.UserAgent);
        Assert.Contains(PageFetcher.UserAgent, result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_IsNet001Loop()
    {
        var result = await FetchAsync("/loop/a");

        Assert.Equal(FetchFailureKind.RedirectLoop, result.FailureKind);
        Assert.Equal("NET001", result.Failure!.Rule);
        Assert.Contains("redirect loop", result.Failure.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_TenRedirects_AreFollowed_EleventhIsTooMany()
    {
        var ten = await FetchAsync("/chain/10");
        var eleven = await FetchAsync("/chain/11");

        Assert.True(ten.Succeeded);
        Assert.Equal(Server.Url("/chain/0"), ten.FinalUrl);
        Assert.Equal(FetchFailureKind.TooManyRedirects, eleven.FailureKind);
        Assert.Contains("more than 10 redirects", eleven.Failure!.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_SixtyMegabyteBody_IsCutAtTheCap()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await FetchAsync("/huge");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(FetchFailureKind.TooLarge, result.FailureKind);
        Assert.Contains("larger than 5 MB", result.Failure!.MessageEn, StringComparison.Ordinal);
        Assert.Null(result.Html);

        // The client reads at most the cap (plus one chunk) and never holds the 60 MB; allocation stays far below it
        // (server and client share the process, so this bounds both).
        Assert.True(allocated < 40L * 1024 * 1024, $"allocated {allocated:N0} bytes");

        // Not asserted: how much the server managed to write before the client hung up. On loopback the kernel and
        // Kestrel can buffer it all before the abort lands, so that count is a race, not a property of the fetcher.
    }

    [Fact]
    public async Task Fetch_GzipBomb_IsDecompressesTooLarge()
    {
        var result = await FetchAsync("/bomb");

        Assert.Equal(FetchFailureKind.DecompressesTooLarge, result.FailureKind);
        Assert.Contains("decompresses to more than 10 MB", result.Failure!.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_GzipPage_IsDecompressed()
    {
        var result = await FetchAsync("/gzip-good");

        Assert.True(result.Succeeded, result.Failure?.MessageEn);
        Assert.Contains("京公网安备11010502030143号", result.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/br")]
    [InlineData("/deflate")]
    public async Task Fetch_BrotliAndRawDeflate_AreDecompressed(string path)
    {
        var result = await FetchAsync(path);

        Assert.True(result.Succeeded, result.Failure?.MessageEn);
        Assert.Contains("京ICP备12345678号-1", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_DeclaredContentLengthOverTheCap_IsTooLargeWithoutReading()
    {
        var result = await FetchAsync("/declared-huge");

        Assert.Equal(FetchFailureKind.TooLarge, result.FailureKind);
    }

    [Fact]
    public async Task Fetch_Big5CharsetOnlyInMeta_IsDecoded()
    {
        var result = await FetchAsync("/big5-meta");

        Assert.True(result.Succeeded);
        Assert.Contains("網站備案資訊", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_BodySlowerThanTheTimeout_IsNet001Timeout()
    {
        var result = await FetchAsync("/slow-body", new PageFetchOptions { Timeout = TimeSpan.FromSeconds(1), AllowPrivateNetworks = true });

        Assert.Equal(FetchFailureKind.Timeout, result.FailureKind);
    }

    [Fact]
    public async Task Fetch_SlowerThanTheTimeout_IsNet001Timeout()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await FetchAsync("/slow", new PageFetchOptions { Timeout = TimeSpan.FromSeconds(1), AllowPrivateNetworks = true });

        Assert.Equal(FetchFailureKind.Timeout, result.FailureKind);
        Assert.Contains("timed out after 1 s", result.Failure!.MessageEn, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), watch.Elapsed.ToString());
    }

    [Theory]
    [InlineData("/missing", 404)]
    [InlineData("/broken", 500)]
    public async Task Fetch_Non2xx_IsNet001WithTheCode(string path, int code)
    {
        var result = await FetchAsync(path);

        Assert.Equal(FetchFailureKind.HttpStatus, result.FailureKind);
        Assert.Equal(code, result.StatusCode);
        Assert.Contains($"HTTP {code}", result.Failure!.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_Image_IsNotHtml()
    {
        var result = await FetchAsync("/image.png");

        Assert.Equal(FetchFailureKind.NotHtml, result.FailureKind);
        Assert.Contains("image/png", result.Failure!.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ClosedPort_IsConnectionError()
    {
        await using var services = Services();
        var result = await services.GetRequiredService<PageFetcher>().FetchAsync(new Uri("http://127.0.0.1:1/"));

        Assert.Equal(FetchFailureKind.ConnectionError, result.FailureKind);
        Assert.StartsWith("The page could not be checked: connection error", result.Failure!.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_FtpUrl_IsUnsupported()
    {
        await using var services = Services();
        var result = await services.GetRequiredService<PageFetcher>().FetchAsync(new Uri("ftp://127.0.0.1/"));

        Assert.Equal(FetchFailureKind.UnsupportedUrl, result.FailureKind);
    }

    [Fact]
    public async Task Fetch_GbkCharsetOnlyInTheHeader_IsDecoded()
    {
        var result = await FetchAsync("/gbk");

        Assert.True(result.Succeeded);
        Assert.DoesNotContain("charset=\"utf-8\"", result.Html, StringComparison.Ordinal);
        Assert.Contains("京ICP备12345678号-1", result.Html, StringComparison.Ordinal);
        Assert.Contains("示例科技有限公司", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HostileEndpoints_AreNet001_AndTheGoodPageOnTheSameRunIsInspected()
    {
        await using var services = Services();
        using var verifier = new SiteVerifier(services.GetRequiredService<PageFetcher>(), Fixture.Clock);
        string[] paths = ["/loop/a", "/huge", "/bomb", "/slow", "/missing", "/broken", "/image.png", "/", "/gbk"];

        var report = await verifier.VerifyAsync(paths.Select(p => VerificationTarget.ForUrl(Server.Url(p))), new VerificationOptions { Concurrency = paths.Length });

        Assert.Equal(paths.Select(p => Server.Url(p).AbsoluteUri), report.Targets.Select(t => t.Target));
        foreach (var target in report.Targets.Take(7))
        {
            Assert.Equal(TargetStatus.Unreachable, target.Status);
            Assert.Equal("NET001", Assert.Single(target.Findings).Rule);
        }

        Assert.Equal(TargetStatus.Ok, report.Targets[7].Status);
        Assert.True(report.Targets[7].IsHomePage);
        Assert.Empty(report.Targets[7].Findings);
        Assert.Equal(TargetStatus.Ok, report.Targets[8].Status);
        Assert.False(report.Targets[8].IsHomePage);
        Assert.Empty(report.Targets[8].Findings);
    }

    [Fact]
    public async Task Verify_HomePage_IsJudgedByUrlPath()
    {
        await using var services = Services();
        using var verifier = new SiteVerifier(services.GetRequiredService<PageFetcher>(), Fixture.Clock);

        var report = await verifier.VerifyAsync([VerificationTarget.ForUrl(Server.Url("/inner/page.html")), VerificationTarget.ForUrl(Server.Url("/index.html"))], new VerificationOptions());

        Assert.False(report.Targets[0].IsHomePage);
        Assert.True(report.Targets[1].IsHomePage);
    }

    [Fact]
    public async Task Verify_BlockPage_IsNet002Only()
    {
        await using var services = Services();
        using var verifier = new SiteVerifier(services.GetRequiredService<PageFetcher>(), Fixture.Clock);

        var report = await verifier.VerifyAsync([VerificationTarget.ForUrl(Server.Url("/blocked"))], new VerificationOptions());

        var target = Assert.Single(report.Targets);
        Assert.Equal(TargetStatus.Ok, target.Status);
        var finding = Assert.Single(target.Findings);
        Assert.Equal("NET002", finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public void BlockPage_NormalPagesMentioningFiling_AreNotBlockPages()
    {
        Assert.Null(BlockPageDetector.Detect(HostileServer.GoodPage));
        Assert.Null(BlockPageDetector.Detect("<html><body><p>本站已备案，欢迎访问。</p><footer>京ICP备12345678号-1</footer></body></html>"));
        Assert.Null(BlockPageDetector.Detect("<html><body><p>如何办理备案？未备案的网站不能接入。</p>" + string.Concat(Enumerable.Repeat("<p>文章内容很长。</p>", 400)) + "</body></html>"));
        Assert.NotNull(BlockPageDetector.Detect("<html><body><p>Non-compliance ICP Filing</p></body></html>"));
    }
}

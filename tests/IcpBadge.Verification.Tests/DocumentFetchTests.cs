using System.Text;
using IcpBadge.Testing;
using IcpBadge.Verification.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.Verification.Tests;

/// <summary>
/// <see cref="PageFetcher.FetchDocumentAsync"/> (sitemaps): any Content-Type, raw bytes, and every limit of the page
/// path kept, against a real server on 127.0.0.1.
/// </summary>
public sealed class DocumentFetchTests(HostileServerFixture fixture) : IClassFixture<HostileServerFixture>
{
    private const string Accept = "application/xml,text/xml;q=0.9,*/*;q=0.5";

    private async Task<DocumentFetchResult> FetchAsync(string path, PageFetchOptions? options = null)
    {
        await using var services = new ServiceCollection().AddPageFetcher(options ?? new PageFetchOptions { Timeout = TimeSpan.FromSeconds(8), AllowPrivateNetworks = true }).BuildServiceProvider();
        return await services.GetRequiredService<PageFetcher>().FetchDocumentAsync(fixture.Server.Url(path), Accept);
    }

    [Fact]
    public async Task FetchDocument_AnyContentType_IsReturnedAsItsBytes()
    {
        var result = await FetchAsync("/image.png");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("image/png", result.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, result.Body.ToArray());
        Assert.Null(result.FailureReason);
    }

    [Fact]
    public async Task FetchDocument_ContentEncoding_IsRemoved_CharsetIsNot()
    {
        var gzip = await FetchAsync("/gzip-good");
        var gbk = await FetchAsync("/gbk");

        Assert.Equal(HostileServer.GoodPage, Encoding.UTF8.GetString(gzip.Body.Span));
        Assert.Equal(Encoding.GetEncoding(936).GetBytes(HostileServer.GoodPage.Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal)), gbk.Body.ToArray());
    }

    [Theory]
    [InlineData("/missing", FetchFailureKind.HttpStatus, "the server answered HTTP 404")]
    [InlineData("/loop/a", FetchFailureKind.RedirectLoop, "redirect loop: ")]
    [InlineData("/chain/11", FetchFailureKind.TooManyRedirects, "more than 10 redirects")]
    [InlineData("/huge", FetchFailureKind.TooLarge, "the body is larger than 5 MB")]
    [InlineData("/bomb", FetchFailureKind.DecompressesTooLarge, "the gzip body decompresses to more than 10 MB")]
    public async Task FetchDocument_KeepsThePageLimits(string path, FetchFailureKind kind, string reason)
    {
        var result = await FetchAsync(path);

        Assert.False(result.Succeeded);
        Assert.Equal(kind, result.FailureKind);
        Assert.StartsWith(reason, result.FailureReason, StringComparison.Ordinal);
        Assert.True(result.Body.IsEmpty);
    }

    [Fact]
    public async Task FetchDocument_SlowerThanTheTimeout_IsTimeout()
    {
        var result = await FetchAsync("/slow", new PageFetchOptions { Timeout = TimeSpan.FromSeconds(1), AllowPrivateNetworks = true });

        Assert.Equal(FetchFailureKind.Timeout, result.FailureKind);
        Assert.Equal("timed out after 1 s", result.FailureReason);
    }

    [Fact]
    public async Task FetchDocument_FollowsRedirects_AndReportsTheFinalUrl()
    {
        var result = await FetchAsync("/chain/3");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(fixture.Server.Url("/chain/3"), result.RequestedUrl);
        Assert.Equal(fixture.Server.Url("/chain/0"), result.FinalUrl);
        Assert.Equal(200, result.StatusCode);
    }
}

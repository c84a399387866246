using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IcpBadge.Audits.Evidence;
using IcpBadge.Cli.Tests;
using IcpBadge.Testing;
using IcpBadge.Verification;
using IcpBadge.Verification.Browser;
using IcpBadge.Verification.Fetching;

namespace IcpBadge.Audits.Tests.Evidence;

/// <summary>Evidence of fetched pages against a real server on 127.0.0.1, written to a real folder.</summary>
public sealed class EvidenceCollectorTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-evidence-").FullName;
    private readonly HttpClient _client = new(PageFetcher.CreateHandler(new PageFetchOptions { AllowPrivateNetworks = true })) { Timeout = Timeout.InfiniteTimeSpan };
    private HostileServer _server = null!;

    public async Task InitializeAsync() => _server = await HostileServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Page_IsKeptByHash_WithItsRecord_AndNoScreenshotWithoutABrowser()
    {
        var collector = new EvidenceCollector(new EvidenceDirectory(_folder));

        var evidence = await collector.CollectAsync(await FetchAsync("/"));

        var html = File.ReadAllBytes(Path.Combine(_folder, evidence.Html!.Path));
        Assert.Equal(Encoding.UTF8.GetBytes(HostileServer.GoodPage), html);
        Assert.Equal(Sha256(html) + ".html", evidence.Html.Path);
        Assert.Null(evidence.Screenshot);
        Assert.Contains("Chromium", evidence.ScreenshotNote!.En, StringComparison.Ordinal);
        Assert.Contains("未截图", evidence.ScreenshotNote.Zh, StringComparison.Ordinal);

        var recordBytes = File.ReadAllBytes(Path.Combine(_folder, evidence.Record.Path));
        Assert.Equal(Sha256(recordBytes), evidence.Record.Sha256);
        using var record = JsonDocument.Parse(recordBytes);
        var root = record.RootElement;
        Assert.Equal(_server.Url("/").AbsoluteUri, root.GetProperty("url").GetString());
        Assert.Equal(_server.Url("/").AbsoluteUri, root.GetProperty("finalUrl").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", root.GetProperty("fetchedAt").GetString());
        Assert.Equal(200, root.GetProperty("status").GetInt32());
        Assert.StartsWith("text/html", root.GetProperty("headers").GetProperty("content-type").GetString(), StringComparison.Ordinal);
        var file = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal("html", file.GetProperty("kind").GetString());
        Assert.Equal(evidence.Html.Sha256, file.GetProperty("sha256").GetString());
        Assert.Equal(html.Length, file.GetProperty("bytes").GetInt64());
        Assert.Equal("no screenshot: Chromium was not found (set CHROMIUM_PATH or install chromium)", root.GetProperty("screenshotNote").GetProperty("en").GetString());
    }

    [Fact]
    public async Task PageInItsOwnCharset_IsKeptAsReceived_NotReencoded()
    {
        var collector = new EvidenceCollector(new EvidenceDirectory(_folder));
        var fetched = await FetchAsync("/gbk");

        var evidence = await collector.CollectAsync(fetched);

        var kept = File.ReadAllBytes(Path.Combine(_folder, evidence.Html!.Path));
        Assert.Equal(fetched.Body.ToArray(), kept);
        Assert.NotEqual(Encoding.UTF8.GetBytes(fetched.Html!), kept);
    }

    [Fact]
    public async Task CompressedPage_IsKeptDecompressed()
    {
        var collector = new EvidenceCollector(new EvidenceDirectory(_folder));

        var evidence = await collector.CollectAsync(await FetchAsync("/gzip-good"));

        var kept = File.ReadAllText(Path.Combine(_folder, evidence.Html!.Path));
        Assert.Contains("京ICP备12345678号-1", kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameBytesTwice_AreStoredOnce_AndNoTemporaryFileStays()
    {
        var collector = new EvidenceCollector(new EvidenceDirectory(_folder));

        var first = await collector.CollectAsync(await FetchAsync("/"));
        var second = await collector.CollectAsync(await FetchAsync("/index.html"));

        Assert.Equal(first.Html, second.Html);
        Assert.NotEqual(first.Record.Sha256, second.Record.Sha256);
        var names = Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, names.Count);
        Assert.DoesNotContain(names, n => n!.EndsWith(".tmp", StringComparison.Ordinal));
        foreach (var name in names)
        {
            Assert.StartsWith(Sha256(File.ReadAllBytes(Path.Combine(_folder, name!))), name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FailedFetch_KeepsARecordOfTheResponse_WithoutPage()
    {
        var collector = new EvidenceCollector(new EvidenceDirectory(_folder));

        var evidence = await collector.CollectAsync(await FetchAsync("/missing"));

        Assert.Null(evidence.Html);
        Assert.Equal(404, evidence.Status);
        Assert.Equal("no screenshot: the page could not be fetched", evidence.ScreenshotNote!.En);
        Assert.Equal([evidence.Record], evidence.Files);
    }

    [Fact]
    public async Task Entry_NamesTheTargetItsFilesAndTheNote()
    {
        var collector = new EvidenceCollector(new EvidenceDirectory(_folder));
        var evidence = await collector.CollectAsync(await FetchAsync("/"));

        var entry = evidence.ToEntry();

        Assert.Equal(_server.Url("/").AbsoluteUri, entry.Target);
        Assert.Equal([evidence.Record.Sha256, evidence.Html!.Sha256], entry.Files.Select(f => f.Sha256));
        Assert.Equal([evidence.ScreenshotNote!], entry.Notes);
    }

    [Fact]
    public async Task VerifierHook_HandsOverThePageItJudged()
    {
        var collector = new EvidenceCollector(new EvidenceDirectory(_folder));
        var kept = new System.Collections.Concurrent.ConcurrentDictionary<string, TargetEvidence>();
        using var verifier = new SiteVerifier(new PageFetcher(_client, new PageFetchOptions { AllowPrivateNetworks = true }));
        var options = new VerificationOptions
        {
            AllowPrivateNetworks = true,
            PageFetched = async (target, fetched, token) => kept[target.Name] = await collector.CollectAsync(fetched, token),
        };

        var report = await verifier.VerifyAsync([_server.Url("/").AbsoluteUri, _server.Url("/missing").AbsoluteUri], options);

        Assert.Equal(2, report.Targets.Count);
        Assert.Equal(2, kept.Count);
        Assert.Single(kept.Values, e => e.Html is not null);
    }

    [ChromiumFact]
    public async Task ByDefault_TheScreenshotBrowser_IsKeptOffPrivateNetworks()
    {
        // The page was fetched (the test's fetcher allows loopback), but the screenshot browser is guarded as a fetch is
        // by default: it must not load a private address, so the evidence keeps the page and says why there is no PNG.
        await using var renderer = new ChromiumRenderer(ChromiumFactAttribute.ChromiumPath);
        var collector = new EvidenceCollector(new EvidenceDirectory(_folder), renderer);

        var evidence = await collector.CollectAsync(await FetchAsync("/"));

        Assert.Null(evidence.Screenshot);
        Assert.NotNull(evidence.Html);
        Assert.NotNull(evidence.ScreenshotNote);
        Assert.Contains("127.0.0.1", evidence.ScreenshotNote.En, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", evidence.ScreenshotNote.Zh, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*.png", SearchOption.AllDirectories));
    }

    [ChromiumFact]
    public async Task WithChromium_TheFooterScreenshotIsAPng()
    {
        await using var renderer = new ChromiumRenderer(ChromiumFactAttribute.ChromiumPath);
        var collector = new EvidenceCollector(new EvidenceDirectory(_folder), renderer, allowPrivateNetworks: true);

        var evidence = await collector.CollectAsync(await FetchAsync("/"));

        Assert.Null(evidence.ScreenshotNote);
        var png = File.ReadAllBytes(Path.Combine(_folder, evidence.Screenshot!.Path));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal(Sha256(png), evidence.Screenshot.Sha256);
        Assert.Equal(3, evidence.Files.Count);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private Task<PageFetchResult> FetchAsync(string path) =>
        new PageFetcher(_client, new PageFetchOptions { AllowPrivateNetworks = true, Retries = 0 }).FetchAsync(_server.Url(path));
}

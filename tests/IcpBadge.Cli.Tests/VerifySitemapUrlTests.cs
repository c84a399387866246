using System.Diagnostics;
using System.Text;
using System.Text.Json;
using IcpBadge.Verification.Fetching;

namespace IcpBadge.Cli.Tests;

/// <summary>One loopback Kestrel server for the <c>--sitemap URL</c> tests.</summary>
public sealed class SitemapServerFixture : IAsyncLifetime
{
    internal SitemapServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SitemapServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// <c>icp-badge verify --sitemap URL</c> end to end, against 127.0.0.1 only: remote urlsets, gzip files, indexes and
/// their loops, and every way a sitemap can fail (exit 2, one line naming <c>--sitemap</c>, the URL and the reason).
/// Each test serves its documents under its own path prefix.
/// </summary>
public sealed class VerifySitemapUrlTests(SitemapServerFixture fixture) : IClassFixture<SitemapServerFixture>
{
    private SitemapServer Server => fixture.Server;

    private string Url(string path) => Server.Url(path);

    private static string[] Targets(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("target").GetString()!)];
    }

    private static string[] Statuses(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("status").GetString()!)];
    }

    /// <summary>Runs <c>verify</c>, failing instead of hanging if it does not end within a minute.</summary>
    private static Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAtNowAsync(["verify", .. args]).WaitAsync(TimeSpan.FromMinutes(1));

    [Fact]
    public async Task Sitemap_RemoteUrlset_ItsPagesAreFetchedAndVerified_WithTheFetchersUserAgent()
    {
        Server.ServePages("/urlset/a.html", "/urlset/b.html");
        Server.Serve("/urlset/sitemap.xml", "application/xml", SitemapServer.Urlset(Url("/urlset/a.html"), Url("/urlset/b.html")));

        var result = await RunAsync("--sitemap", Url("/urlset/sitemap.xml"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Problems);
        Assert.Equal([Url("/urlset/a.html"), Url("/urlset/b.html")], Targets(result));
        Assert.Equal(["ok", "ok"], Statuses(result));
        Assert.Equal(1, Server.Hits("/urlset/sitemap.xml"));
        Assert.Equal(1, Server.Hits("/urlset/a.html"));
        Assert.Equal(1, Server.Hits("/urlset/b.html"));
        Assert.Equal(PageFetcher.UserAgent, Server.UserAgent("/urlset/sitemap.xml"));
    }

    [Theory]
    [InlineData(1, "application/gzip", true, false)]
    [InlineData(2, "application/x-gzip", true, false)]
    [InlineData(3, "application/octet-stream", true, false)] // only the magic bytes say gzip
    [InlineData(4, "application/x-gzip", true, true)] // a .gz file sent with Content-Encoding: gzip as well
    [InlineData(5, "application/xml", false, true)] // plain XML, compressed for the transfer only
    public async Task Sitemap_Gzipped_IsDecompressed(int row, string contentType, bool gzipFile, bool contentEncoding)
    {
        var prefix = $"/gz/{row}/";
        Server.ServePages(prefix + "a.html", prefix + "b.html");
        var body = Encoding.UTF8.GetBytes(SitemapServer.Urlset(Url(prefix + "a.html"), Url(prefix + "b.html")));
        body = gzipFile ? SitemapServer.Gzip(body) : body;
        body = contentEncoding ? SitemapServer.Gzip(body) : body;
        Server.Serve(prefix + "sitemap.xml.gz", contentType, body, contentEncoding ? "gzip" : null);

        var result = await RunAsync("--sitemap", Url(prefix + "sitemap.xml.gz"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Url(prefix + "a.html"), Url(prefix + "b.html")], Targets(result));
        Assert.Equal(["ok", "ok"], Statuses(result));
    }

    [Fact]
    public async Task Sitemap_RemoteIndex_FollowsBothChildren_InDocumentOrder()
    {
        Server.ServePages("/idx/a.html", "/idx/b.html", "/idx/c.html");
        Server.Serve("/idx/child-1.xml", "application/xml", SitemapServer.Urlset(Url("/idx/a.html"), Url("/idx/b.html")));
        Server.Serve("/idx/child-2.xml.gz", "application/gzip", SitemapServer.Gzip(Encoding.UTF8.GetBytes(SitemapServer.Urlset(Url("/idx/c.html")))));
        Server.Serve("/idx/sitemap_index.xml", "text/xml", SitemapServer.Index("child-1.xml", Url("/idx/child-2.xml.gz"))); // relative, then absolute

        var result = await RunAsync("--sitemap", Url("/idx/sitemap_index.xml"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Url("/idx/a.html"), Url("/idx/b.html"), Url("/idx/c.html")], Targets(result));
        Assert.Equal(["ok", "ok", "ok"], Statuses(result));
        Assert.Equal(1, Server.Hits("/idx/child-1.xml"));
        Assert.Equal(1, Server.Hits("/idx/child-2.xml.gz"));
    }

    [Fact]
    public async Task Sitemap_RedirectedIndex_ResolvesItsChildrenAgainstTheFinalUrl()
    {
        Server.ServePages("/moved/new/a.html");
        Server.Redirect("/moved/index.xml", "/moved/new/index.xml");
        Server.Serve("/moved/new/index.xml", "application/xml", SitemapServer.Index("child.xml"));
        Server.Serve("/moved/new/child.xml", "application/xml", SitemapServer.Urlset(Url("/moved/new/a.html")));

        var result = await RunAsync("--sitemap", Url("/moved/index.xml"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Url("/moved/new/a.html")], Targets(result));
        Assert.Equal(0, Server.Hits("/moved/child.xml"));
    }

    [Fact]
    public async Task Sitemap_IndexListingItselfAndItsParent_IsReadOnce_AndEnds()
    {
        Server.ServePages("/loop/a.html");
        Server.Serve("/loop/index.xml", "application/xml", SitemapServer.Index(Url("/loop/index.xml"), "other.xml", "pages.xml"));
        Server.Serve("/loop/other.xml", "application/xml", SitemapServer.Index("index.xml#again", Url("/loop/other.xml")));
        Server.Serve("/loop/pages.xml", "application/xml", SitemapServer.Urlset(Url("/loop/a.html")));

        var result = await RunAsync("--sitemap", Url("/loop/index.xml"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Url("/loop/a.html")], Targets(result));
        Assert.Equal(1, Server.Hits("/loop/index.xml"));
        Assert.Equal(1, Server.Hits("/loop/other.xml"));
        Assert.Equal(1, Server.Hits("/loop/pages.xml"));
        Assert.Contains(result.Problems, p => p.Contains($"note: --sitemap = '{Url("/loop/index.xml")}': the sitemap {Url("/loop/index.xml")} is listed again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_NotFound_ExitsTwo_NamingTheOptionTheUrlAndTheReason_WithoutAReport()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-sitemap-404-").FullName;
        try
        {
            var report = Path.Combine(folder, "report.json");

            var result = await RunAsync("--sitemap", Url("/absent/sitemap.xml"), "--format", "json", "--output", report);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"icp-badge: --sitemap = '{Url("/absent/sitemap.xml")}': it could not be fetched: the server answered HTTP 404.", Assert.Single(result.Problems));
            Assert.Empty(result.Out);
            Assert.False(File.Exists(report));
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("/notxml/plain.xml", "text/plain", "hello, world", "not a valid sitemap: ")]
    [InlineData("/notxml/page.xml", "text/html; charset=utf-8", "<!DOCTYPE html><html><body><p>Not found</p></body></html>", "not a sitemap: the root element is <html>")]
    [InlineData("/notxml/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>", "not a sitemap: the root element is <rss>")]
    [InlineData("/notxml/broken.xml", "application/xml", "<urlset><url><loc>http://127.0.0.1/</loc></url>", "not a valid sitemap: ")]
    public async Task Sitemap_NotASitemap_ExitsTwo_WithTheReasonAndTheContentType(string path, string contentType, string body, string reason)
    {
        Server.Serve(path, contentType, body);

        var result = await RunAsync("--sitemap", Url(path), "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith($"icp-badge: --sitemap = '{Url(path)}': {reason}", problem, StringComparison.Ordinal);
        Assert.EndsWith($" (the server sent it as {contentType.Split(';')[0]}).", problem, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public async Task Sitemap_GzipBomb_ExitsTwoQuickly_AtTheFiftyMegabyteCap()
    {
        var bomb = SitemapServer.GzipBomb(megabytes: 200);
        Assert.True(bomb.Length < 1024 * 1024, "the bomb fits under the 5 MB body cap, so only the decompression cap can stop it");
        Server.Serve("/bomb/sitemap.xml.gz", "application/gzip", bomb);
        var clock = Stopwatch.StartNew();

        var result = await RunAsync("--sitemap", Url("/bomb/sitemap.xml.gz"), "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"icp-badge: --sitemap = '{Url("/bomb/sitemap.xml.gz")}': the gzip file decompresses to more than 50 MB, the most a sitemap may hold (sitemaps.org).", Assert.Single(result.Problems));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("loop", "it could not be fetched: redirect loop: ")]
    [InlineData("chain", "it could not be fetched: more than 10 redirects.")]
    [InlineData("slow", "it could not be fetched: timed out after 1 s.")]
    [InlineData("huge", "it could not be fetched: the body is larger than 5 MB.")]
    [InlineData("encoded-bomb", "it could not be fetched: the gzip body decompresses to more than 10 MB.")]
    public async Task Sitemap_Unfetchable_ExitsTwo_WithTheFetchersReason(string kind, string reason)
    {
        var path = $"/unfetchable/{kind}.xml";
        switch (kind)
        {
            case "loop":
                Server.Redirect(path, "/unfetchable/loop-2.xml");
                Server.Redirect("/unfetchable/loop-2.xml", path);
                break;
            case "chain":
                Server.Redirect(path, "/unfetchable/chain-1.xml");
                for (var i = 1; i <= 11; i++)
                {
                    Server.Redirect($"/unfetchable/chain-{i}.xml", $"/unfetchable/chain-{i + 1}.xml");
                }

                break;
            case "slow":
                Server.ServeSlowly(path, "application/xml", SitemapServer.Urlset(), TimeSpan.FromSeconds(10));
                break;
            case "huge":
                Server.Serve(path, "application/xml", new byte[6 * 1024 * 1024]);
                break;
            default:
                // Compressed for the transfer: the fetcher's own decompressed-size cap (10 MB) stops it.
                Server.Serve(path, "application/xml", SitemapServer.GzipBomb(megabytes: 30), contentEncoding: "gzip");
                break;
        }

        // Only the slow server should run out of time; the others get room to fail for their own reason on a busy machine.
        var result = await RunAsync("--sitemap", Url(path), "--format", "json", "--timeout", kind == "slow" ? "1" : "60");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith($"icp-badge: --sitemap = '{Url(path)}': {reason}", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_FailingChild_ExitsTwo_NamingTheChild_AndNoPageIsChecked()
    {
        Server.ServePages("/child404/a.html");
        Server.Serve("/child404/good.xml", "application/xml", SitemapServer.Urlset(Url("/child404/a.html")));
        Server.Serve("/child404/index.xml", "application/xml", SitemapServer.Index("good.xml", "gone.xml"));

        var result = await RunAsync("--sitemap", Url("/child404/index.xml"), "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(
            $"icp-badge: --sitemap = '{Url("/child404/index.xml")}': the sitemap {Url("/child404/gone.xml")} listed in {Url("/child404/index.xml")}: it could not be fetched: the server answered HTTP 404.",
            Assert.Single(result.Problems));
        Assert.Equal(0, Server.Hits("/child404/a.html"));
    }

    [Fact]
    public async Task Sitemap_LocalIndex_WithARemoteChild_FetchesIt()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-sitemap-mixed-").FullName;
        try
        {
            Server.ServePages("/mixed/a.html", "/mixed/b.html");
            Server.Serve("/mixed/remote.xml", "application/xml", SitemapServer.Urlset(Url("/mixed/b.html")));
            await File.WriteAllTextAsync(Path.Combine(folder, "local.xml"), SitemapServer.Urlset(Url("/mixed/a.html")));
            var index = Path.Combine(folder, "index.xml");
            await File.WriteAllTextAsync(index, SitemapServer.Index("local.xml", Url("/mixed/remote.xml")));

            var result = await RunAsync("--sitemap", index, "--format", "json");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal([Url("/mixed/a.html"), Url("/mixed/b.html")], Targets(result));
            Assert.Equal(["ok", "ok"], Statuses(result));
            Assert.Equal(1, Server.Hits("/mixed/remote.xml"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sitemap_RemoteIndex_ListingALocalFile_IsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-sitemap-local-").FullName;
        try
        {
            var local = Path.Combine(folder, "local.xml");
            await File.WriteAllTextAsync(local, SitemapServer.Urlset("https://example.cn/"));
            var fileUri = new Uri(local).AbsoluteUri;
            Server.Serve("/tolocal/index.xml", "application/xml", SitemapServer.Index(fileUri));

            var result = await RunAsync("--sitemap", Url("/tolocal/index.xml"), "--format", "json");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(
                $"icp-badge: --sitemap = '{Url("/tolocal/index.xml")}': it lists the sitemap {fileUri}, which is not an http(s) URL; a sitemap fetched over the network may only list http(s) sitemaps.",
                Assert.Single(result.Problems));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sitemap_RemoteUrlset_SkipsPagesThatAreNotHttpUrls_WithANote()
    {
        Server.ServePages("/nohttp/a.html");
        Server.Serve("/nohttp/sitemap.xml", "application/xml", SitemapServer.Urlset(Url("/nohttp/a.html"), "file:///etc/hostname", "/relative.html"));

        var result = await RunAsync("--sitemap", Url("/nohttp/sitemap.xml"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Url("/nohttp/a.html")], Targets(result));
        Assert.Equal(
            $"icp-badge: note: --sitemap = '{Url("/nohttp/sitemap.xml")}': 2 entries of {Url("/nohttp/sitemap.xml")} are not http(s) URLs and were skipped.",
            Assert.Single(result.Problems));
    }

    [Fact]
    public async Task Sitemap_MoreThanFiftyThousandPagesInAll_ExitsTwo()
    {
        string Pages(int part) => SitemapServer.Urlset([.. Enumerable.Range(0, 25_001).Select(i => Url($"/many/{part}/{i}.html"))]);
        Server.Serve("/many/1.xml", "application/xml", Pages(1));
        Server.Serve("/many/2.xml", "application/xml", Pages(2));
        Server.Serve("/many/index.xml", "application/xml", SitemapServer.Index("1.xml", "2.xml"));

        var result = await RunAsync("--sitemap", Url("/many/index.xml"), "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(
            $"icp-badge: --sitemap = '{Url("/many/index.xml")}': the sitemaps list more than 50,000 pages in all, the most one run checks; verify the child sitemaps in separate runs.",
            Assert.Single(result.Problems));
    }
}

using System.Collections.Concurrent;
using IcpBadge.Testing;
using IcpBadge.Verification.Sitemaps;
using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests;

/// <summary><see cref="SiteVerifier"/> end to end: a built site in a temp folder, and live pages on a loopback server.</summary>
[Collection(AllocationSensitive.Name)]
public sealed class SiteVerifierTests(HostileServerFixture fixture) : IClassFixture<HostileServerFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-site-verifier-").FullName;

    private HostileServer Server => fixture.Server;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Folder_EveryHtmlFileIsATarget_TheIndexIsTheHomePage_AndFindingsFollowTheRules()
    {
        var site = Write("site/index.html", HostileServer.GoodPage);
        Write("site/about/index.html", "<html><body><p>关于我们</p></body></html>");
        Write("site/news.html", "<html><body><footer>京ICP备12345678号</footer></body></html>");
        using var verifier = new SiteVerifier(clock: Fixture.Clock);

        var report = await verifier.VerifyAsync([Path.GetDirectoryName(site)!], new VerificationOptions());

        Assert.Equal(["about/index.html", "index.html", "news.html"], report.Targets.Select(t => Path.GetRelativePath(Path.Combine(_folder, "site"), t.Target).Replace('\\', '/')));
        Assert.Equal([false, true, false], report.Targets.Select(t => t.IsHomePage));
        Assert.All(report.Targets, t => Assert.Equal(TargetStatus.Ok, t.Status));
        Assert.Equal(new Uri(site).AbsoluteUri, report.Targets[1].FinalUrl);
        Assert.Empty(report.Targets[0].Findings);
        Assert.Empty(report.Targets[1].Findings);
        Assert.Contains(report.Targets[2].Findings, f => f.Rule == "ICP005");
        Assert.True(report.HasErrors);
        Assert.Equal(report.Targets.Sum(t => t.Count(FindingSeverity.Error)), report.Errors);
    }

    [Fact]
    public async Task AllPages_MakesEveryTargetAHomePage_AndShard_TakesEveryNth()
    {
        for (var i = 0; i < 5; i++)
        {
            Write($"site/p{i}.html", HostileServer.GoodPage);
        }

        using var verifier = new SiteVerifier(clock: Fixture.Clock);

        var report = await verifier.VerifyAsync([Path.Combine(_folder, "site")], new VerificationOptions { AllPages = true, Shard = new VerificationShard(1, 2) });

        Assert.Equal(["p1.html", "p3.html"], report.Targets.Select(t => Path.GetFileName(t.Target)));
        Assert.All(report.Targets, t => Assert.True(t.IsHomePage));
    }

    [Fact]
    public async Task UnreadableTarget_IsInvalidInput_AndAMissingSitemap_StopsTheRun()
    {
        using var verifier = new SiteVerifier(clock: Fixture.Clock);

        await Assert.ThrowsAsync<InvalidTargetException>(() => verifier.VerifyAsync(["no such thing"], new VerificationOptions()));
        var problem = await Assert.ThrowsAsync<SitemapException>(() => verifier.VerifyAsync(Array.Empty<string>(), new VerificationOptions { Sitemaps = [Path.Combine(_folder, "missing.xml")] }));
        Assert.Equal(Path.Combine(_folder, "missing.xml"), problem.Location);
    }

    [Fact]
    public async Task Urls_WithoutAFetcher_AreFetchedWithTheVerifiersOwn_AndSitemapPagesFollowTheTargets()
    {
        var sitemap = Write("sitemap.xml", $"<urlset><url><loc>{Server.Url("/inner/page.html")}</loc></url><url><loc>{Server.Url("/")}</loc></url></urlset>");
        var progress = new ConcurrentBag<VerificationProgress>();
        await using var verifier = new SiteVerifier(clock: Fixture.Clock);

        var report = await verifier.VerifyAsync(
            [Server.Url("/index.html").AbsoluteUri, Server.Url("/missing").AbsoluteUri],
            new VerificationOptions { Sitemaps = [sitemap], Timeout = TimeSpan.FromSeconds(8), Progress = new Sink(progress), AllowPrivateNetworks = true });

        Assert.Equal(["/index.html", "/missing", "/inner/page.html", "/"], report.Targets.Select(t => new Uri(t.Target).AbsolutePath));
        Assert.Equal([TargetStatus.Ok, TargetStatus.Unreachable, TargetStatus.Ok, TargetStatus.Ok], report.Targets.Select(t => t.Status));
        Assert.Equal([true, false, false, true], report.Targets.Select(t => t.IsHomePage));
        Assert.Equal("NET001", Assert.Single(report.Targets[1].Findings).Rule);
        Assert.Equal(sitemap, Assert.Single(report.Sitemaps).Location);
        Assert.Equal(4, progress.Max(p => p.Completed));
        Assert.All(progress, p => Assert.Equal(4, p.Total));
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Collects reports synchronously (<see cref="Progress{T}"/> would post them later, out of the run).</summary>
    private sealed class Sink(ConcurrentBag<VerificationProgress> into) : IProgress<VerificationProgress>
    {
        public void Report(VerificationProgress value) => into.Add(value);
    }
}

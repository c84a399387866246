namespace IcpBadge.StaticSites.Tests;

/// <summary>
/// Precompressed copies of pages (<c>page.html.gz</c>, <c>page.html.br</c>, <c>page.html.zst</c>): rewritten from the
/// page's new bytes before the page, repaired by a rerun when stale, reported when they can't be written.
/// </summary>
public sealed class SiteInjectorSiblingTests
{
    private static readonly string[] Suffixes = [".gz", ".br"];

    [Fact]
    public void Run_PagesWithGzAndBr_CopiesHoldTheNewPagesAndRerunWritesNothing()
    {
        using var site = SampleSite.Create();
        string[] pages = ["index.html", "news-gbk.html", "blog/2026/old-footer.html"];
        foreach (var page in pages)
        {
            AddCopies(site, page, SampleSite.Original(page));
        }

        var summary = Injector(site).Run(site.Site);

        Assert.Equal((6, 6, 0), (summary.Changed, summary.RewrittenSiblings, summary.StaleSiblings.Count));
        foreach (var page in pages)
        {
            Assert.NotEqual(SampleSite.Original(page), site.Read(page));
            Assert.All(Suffixes, suffix => Assert.Equal(site.Read(page), Precompressed.Decompress(site.PathOf(page) + suffix)));
        }

        var before = site.Snapshot();
        var rerun = Injector(site).Run(site.Site);

        Assert.Equal((0, 6, 0), (rerun.Changed, rerun.Unchanged, rerun.RewrittenSiblings));
        Assert.Equal(before, site.Snapshot());
        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public void Run_PageAlreadyInjectedWithStaleCopies_RerunRepairsOnlyTheCopies()
    {
        using var site = SampleSite.Create();
        Injector(site).Run(site.Site);
        var injected = site.Read("index.html");
        AddCopies(site, "index.html", SampleSite.Original("index.html"));
        File.WriteAllBytes(site.PathOf("contact.html") + ".gz", "not gzip at all"u8.ToArray());

        var rerun = Injector(site).Run(site.Site);

        Assert.Equal((0, 6, 3), (rerun.Changed, rerun.Unchanged, rerun.RewrittenSiblings));
        Assert.Equal(injected, site.Read("index.html"));
        Assert.All(Suffixes, suffix => Assert.Equal(injected, Precompressed.Decompress(site.PathOf("index.html") + suffix)));
        Assert.Equal(site.Read("contact.html"), Precompressed.Decompress(site.PathOf("contact.html") + ".gz"));
    }

    [Fact]
    public void Run_CopiesAlreadyNewButPageOld_PageWrittenCopiesLeftAlone()
    {
        // What a run killed between the copies and the page leaves: the copies are ahead of their page.
        using var complete = SampleSite.Create();
        Injector(complete).Run(complete.Site);
        using var site = SampleSite.Create();
        AddCopies(site, "index.html", complete.Read("index.html"));
        var copies = Suffixes.Select(s => File.ReadAllBytes(site.PathOf("index.html") + s)).ToList();

        var summary = Injector(site).Run(site.Site);

        Assert.Equal((6, 0), (summary.Changed, summary.RewrittenSiblings));
        Assert.Equal(complete.Read("index.html"), site.Read("index.html"));
        Assert.Equal(copies, Suffixes.Select(s => File.ReadAllBytes(site.PathOf("index.html") + s)));
    }

    [Fact]
    public void Run_ZstCopy_LeftAloneAndReportedStaleOnEveryRunUntilRecompressed()
    {
        using var site = SampleSite.Create();
        var zst = site.PathOf("about/index.html") + ".zst";
        File.WriteAllBytes(zst, [0x28, 0xB5, 0x2F, 0xFD, 1, 2, 3]);
        File.SetLastWriteTimeUtc(zst, DateTime.UtcNow.AddHours(-1));

        var first = Injector(site).Run(site.Site);
        var second = Injector(site).Run(site.Site);
        File.SetLastWriteTimeUtc(zst, DateTime.UtcNow.AddHours(1)); // as if recompressed after the run
        var third = Injector(site).Run(site.Site);

        foreach (var summary in (InjectionSummary[])[first, second])
        {
            var stale = Assert.Single(summary.StaleSiblings);
            Assert.Equal("about/index.html.zst", stale.Path);
            Assert.Equal("IcpBadge can't write this format; recompress it from index.html or delete it", stale.Reason.En);
            Assert.Equal("IcpBadge 无法生成这种压缩格式；请根据 index.html 重新压缩，或删除此文件", stale.Reason.Zh);
        }

        Assert.Equal((6, 0), (first.Changed, second.Changed));
        Assert.Empty(third.StaleSiblings);
        Assert.Equal([0x28, 0xB5, 0x2F, 0xFD, 1, 2, 3], File.ReadAllBytes(zst));
    }

    [Fact]
    public void Run_DryRun_CountsTheCopiesItWouldRewriteAndWritesNothing()
    {
        using var site = SampleSite.Create();
        AddCopies(site, "index.html", SampleSite.Original("index.html"));
        var before = site.Snapshot();

        var summary = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock, DryRun = true }).Run(site.Site);

        Assert.Equal((6, 2), (summary.Changed, summary.RewrittenSiblings));
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public void Run_CopyCannotBeWritten_PageStaysOldAndFailedOthersGoOnThenRerunRepairs()
    {
        using var complete = SampleSite.Create();
        Injector(complete).Run(complete.Site);
        using var site = SampleSite.Create();
        AddCopies(site, "index.html", SampleSite.Original("index.html"));
        AddCopies(site, "contact.html", SampleSite.Original("contact.html"));
        var brotli = site.PathOf("index.html") + ".br";
        var faulty = new InjectionOptions
        {
            Clock = SampleSite.Clock,
            WrapTemporary = (path, stream) => path == brotli ? new FailingStream(stream, 0, "No space left on device") : stream,
        };

        var summary = new SiteInjector(site.Profile, faulty).Run(site.Site);

        Assert.Equal((5, 3), (summary.Changed, summary.RewrittenSiblings));
        var failed = Assert.Single(summary.Failed);
        Assert.Equal(("index.html", "can't update index.html.br, so the page was left as it was: can't write: No space left on device"),
            (failed.Path, failed.Reason?.En));
        Assert.Equal("无法更新 index.html.br，页面保持原样：无法写入：No space left on device", failed.Reason?.Zh);
        Assert.Equal(SampleSite.Original("index.html"), site.Read("index.html"));
        Assert.Equal(SampleSite.Original("index.html"), Precompressed.Decompress(brotli));
        Assert.Equal(complete.Read("index.html"), Precompressed.Decompress(site.PathOf("index.html") + ".gz")); // ahead of its page
        Assert.Empty(site.TempFiles());

        var rerun = Injector(site).Run(site.Site);

        Assert.Equal((1, 5, 1), (rerun.Changed, rerun.Unchanged, rerun.RewrittenSiblings));
        Assert.Equal(complete.Read("index.html"), site.Read("index.html"));
        Assert.All(Suffixes, s => Assert.Equal(complete.Read("index.html"), Precompressed.Decompress(site.PathOf("index.html") + s)));
    }

    [Fact]
    public void Run_StaleCopyOfUnchangedPageCannotBeWritten_ReportedStalePageUnchanged()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = SampleSite.Create();
        Injector(site).Run(site.Site);
        var gzip = site.PathOf("index.html") + ".gz";
        File.WriteAllBytes(gzip, Precompressed.Compress(".gz", SampleSite.Original("index.html")));
        File.SetUnixFileMode(gzip, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var rerun = Injector(site).Run(site.Site);

        Assert.Equal((0, 6, 0), (rerun.Changed, rerun.Unchanged, rerun.RewrittenSiblings));
        var stale = Assert.Single(rerun.StaleSiblings);
        Assert.Equal(("index.html.gz", "the file is read-only"), (stale.Path, stale.Reason.En));
        Assert.Equal(SampleSite.Original("index.html"), Precompressed.Decompress(gzip));
    }

    [Fact]
    public void Run_RewrittenCopy_KeepsItsFileMode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = SampleSite.Create();
        AddCopies(site, "index.html", SampleSite.Original("index.html"));
        var gzip = site.PathOf("index.html") + ".gz";
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(gzip, Mode);

        Injector(site).Run(site.Site);

        Assert.Equal(Mode, File.GetUnixFileMode(gzip));
    }

    private static SiteInjector Injector(SampleSite site) => new(site.Profile, new InjectionOptions { Clock = SampleSite.Clock });

    private static void AddCopies(SampleSite site, string page, byte[] bytes)
    {
        foreach (var suffix in Suffixes)
        {
            File.WriteAllBytes(site.PathOf(page) + suffix, Precompressed.Compress(suffix, bytes));
        }
    }
}

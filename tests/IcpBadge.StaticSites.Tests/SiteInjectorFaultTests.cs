using System.Collections.Concurrent;

namespace IcpBadge.StaticSites.Tests;

/// <summary>
/// <see cref="SiteInjector"/> interrupted through its test hooks. Pages run in parallel, so the assertions hold for any
/// order: every page is exactly its original bytes or exactly what a complete run writes (computed on a second copy).
/// </summary>
public sealed class SiteInjectorFaultTests
{
    [Fact]
    public void Run_CrashAfterSecondWrite_EveryPageOldOrCompleteAndNoTempFiles()
    {
        using var site = SampleSite.Create();
        var complete = CompleteRun();
        var writes = 0;
        var hooks = Hooks(afterWrite: _ =>
        {
            if (Interlocked.Increment(ref writes) == 2)
            {
                throw new InvalidOperationException("simulated crash after the second page");
            }
        });

        var thrown = Assert.ThrowsAny<Exception>(() => new SiteInjector(site.Profile, hooks).Run(site.Site));

        Assert.Contains("simulated crash after the second page", thrown.ToString(), StringComparison.Ordinal);
        var newPages = AssertEveryPageOldOrComplete(site, complete);
        Assert.InRange(newPages, 2, SampleSite.Pages.Count);
        Assert.Equal(newPages, Volatile.Read(ref writes));
        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public void Run_RerunAfterCrash_FinishesEveryPageExactlyAsACompleteRun()
    {
        using var site = SampleSite.Create();
        var complete = CompleteRun();
        var writes = 0;
        var hooks = Hooks(afterWrite: _ =>
        {
            if (Interlocked.Increment(ref writes) == 2)
            {
                throw new InvalidOperationException("simulated crash");
            }
        });
        Assert.ThrowsAny<Exception>(() => new SiteInjector(site.Profile, hooks).Run(site.Site));

        var rerun = new SiteInjector(site.Profile, Hooks()).Run(site.Site);

        Assert.Empty(rerun.Skipped);
        Assert.Empty(rerun.Failed);
        foreach (var page in SampleSite.Pages)
        {
            Assert.Equal(complete[page], site.Read(page));
        }
    }

    [Fact]
    public void Run_RenameFailsForOnePage_ThatPageOriginalAndFailedOthersCompleteAndNoTempFiles()
    {
        using var site = SampleSite.Create();
        var complete = CompleteRun();
        var hooks = Hooks(beforeRename: path =>
        {
            if (path.EndsWith(Path.DirectorySeparatorChar + "contact.html", StringComparison.Ordinal))
            {
                throw new IOException("simulated rename failure");
            }
        });

        var summary = new SiteInjector(site.Profile, hooks).Run(site.Site);

        Assert.Equal((5, 0, 6), (summary.Changed, summary.Unchanged, summary.Total));
        var failed = Assert.Single(summary.Failed);
        Assert.Equal(("contact.html", PageOutcome.Failed, "can't write: simulated rename failure"), (failed.Path, failed.Outcome, failed.Reason?.En));
        Assert.Equal(SampleSite.Original("contact.html"), site.Read("contact.html"));
        foreach (var page in SampleSite.Pages.Where(p => p != "contact.html"))
        {
            Assert.Equal(complete[page], site.Read(page));
        }

        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public void Run_CrashBeforeOneRename_ThatPageOriginalOthersOldOrCompleteAndNoTempFiles()
    {
        using var site = SampleSite.Create();
        var complete = CompleteRun();
        const string Victim = "blog/2026/old-footer.html";
        var hooks = Hooks(beforeRename: path =>
        {
            if (path == site.PathOf(Victim))
            {
                throw new InvalidOperationException("simulated crash before the rename");
            }
        });

        Assert.ThrowsAny<Exception>(() => new SiteInjector(site.Profile, hooks).Run(site.Site));

        Assert.Equal(SampleSite.Original(Victim), site.Read(Victim));
        AssertEveryPageOldOrComplete(site, complete);
        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public void Run_AtRenameTime_PageStillOriginalAndTempInSameFolderHoldsNewBytes()
    {
        using var site = SampleSite.Create();
        var complete = CompleteRun();
        var problems = new ConcurrentQueue<string>();
        var renamed = new ConcurrentQueue<string>();
        var hooks = Hooks(
            beforeRename: path =>
            {
                var page = Path.GetRelativePath(site.Site, path).Replace(Path.DirectorySeparatorChar, '/');
                if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(SampleSite.Original(page)))
                {
                    problems.Enqueue($"{page} was replaced before its rename");
                }

                var temporary = Directory.GetFiles(Path.GetDirectoryName(path)!, "*.icp-badge.tmp")
                    .Where(t => Path.GetFileName(t).StartsWith("." + Path.GetFileName(path) + ".", StringComparison.Ordinal))
                    .ToList();
                if (temporary.Count != 1)
                {
                    problems.Enqueue($"{page}: {temporary.Count} temp files next to it");
                }
                else if (!File.ReadAllBytes(temporary[0]).AsSpan().SequenceEqual(complete[page]))
                {
                    problems.Enqueue($"{page}: the temp file does not hold the new page");
                }
            },
            afterWrite: path =>
            {
                var page = Path.GetRelativePath(site.Site, path).Replace(Path.DirectorySeparatorChar, '/');
                renamed.Enqueue(page);
                if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(complete[page]))
                {
                    problems.Enqueue($"{page} is not the new page after its rename");
                }
            });

        var summary = new SiteInjector(site.Profile, hooks).Run(site.Site);

        Assert.Equal(6, summary.Changed);
        Assert.Empty(problems);
        Assert.Equal(SampleSite.Pages, renamed.Order(StringComparer.Ordinal));
        Assert.Empty(site.TempFiles());
    }

    [Theory]
    [InlineData("No space left on device", 0)]
    [InlineData("No space left on device", 100)]
    [InlineData("Input/output error", 200)]
    public void Run_WriteFailsMidFile_ThatPageOriginalOthersCompleteReportedAndNoTempFiles(string error, int bytesBeforeFailure)
    {
        using var site = SampleSite.Create();
        var complete = CompleteRun();
        const string Victim = "news-gbk.html";
        var hooks = new InjectionOptions
        {
            Clock = SampleSite.Clock,
            WrapTemporary = (path, stream) => path == site.PathOf(Victim) ? new FailingStream(stream, bytesBeforeFailure, error) : stream,
        };

        var summary = new SiteInjector(site.Profile, hooks).Run(site.Site);

        Assert.Equal((5, 0, 6), (summary.Changed, summary.Unchanged, summary.Total));
        var failed = Assert.Single(summary.Failed);
        Assert.Equal((Victim, "can't write: " + error), (failed.Path, failed.Reason?.En));
        Assert.Equal("无法写入：" + error, failed.Reason?.Zh);
        Assert.Equal(SampleSite.Original(Victim), site.Read(Victim));
        foreach (var page in SampleSite.Pages.Where(p => p != Victim))
        {
            Assert.Equal(complete[page], site.Read(page));
        }

        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public void Run_DiskFullForEveryWrite_EveryPageOriginalEachReportedThenRerunCompletes()
    {
        using var site = SampleSite.Create();
        var complete = CompleteRun();
        var full = new InjectionOptions { Clock = SampleSite.Clock, WrapTemporary = (_, stream) => new FailingStream(stream, 10, "No space left on device") };

        var summary = new SiteInjector(site.Profile, full).Run(site.Site);

        Assert.Equal((0, 0, 6), (summary.Changed, summary.Unchanged, summary.Total));
        Assert.Equal(SampleSite.Pages, summary.Failed.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(summary.Failed, p => Assert.Equal("can't write: No space left on device", p.Reason?.En));
        Assert.All(SampleSite.Pages, p => Assert.Equal(SampleSite.Original(p), site.Read(p)));
        Assert.Empty(site.TempFiles());

        var rerun = new SiteInjector(site.Profile, Hooks()).Run(site.Site);

        Assert.Equal((6, 0), (rerun.Changed, rerun.Failed.Count));
        Assert.All(SampleSite.Pages, p => Assert.Equal(complete[p], site.Read(p)));
    }

    [Fact]
    public void Run_SecondRun_NeverReachesTheWriteHooks()
    {
        using var site = SampleSite.Create();
        new SiteInjector(site.Profile, Hooks()).Run(site.Site);
        var calls = 0;
        var hooks = Hooks(_ => Interlocked.Increment(ref calls), _ => Interlocked.Increment(ref calls));

        var summary = new SiteInjector(site.Profile, hooks).Run(site.Site);

        Assert.Equal((0, 6), (summary.Changed, summary.Unchanged));
        Assert.Equal(0, calls);
    }

    private static InjectionOptions Hooks(Action<string>? beforeRename = null, Action<string>? afterWrite = null) =>
        new() { Clock = SampleSite.Clock, BeforeRename = beforeRename, AfterWrite = afterWrite };

    /// <summary>The bytes every sample page has after a complete run, from a copy of its own.</summary>
    private static Dictionary<string, byte[]> CompleteRun()
    {
        using var site = SampleSite.Create();
        var summary = new SiteInjector(site.Profile, Hooks()).Run(site.Site);
        Assert.Equal(6, summary.Changed);
        return SampleSite.Pages.ToDictionary(p => p, site.Read, StringComparer.Ordinal);
    }

    /// <returns>How many pages are new.</returns>
    private static int AssertEveryPageOldOrComplete(SampleSite site, Dictionary<string, byte[]> complete)
    {
        var newPages = 0;
        foreach (var page in SampleSite.Pages)
        {
            var bytes = site.Read(page);
            if (bytes.AsSpan().SequenceEqual(SampleSite.Original(page)))
            {
                continue;
            }

            Assert.True(bytes.AsSpan().SequenceEqual(complete[page]), $"{page} is neither its original nor the complete run's bytes.");
            newPages++;
        }

        return newPages;
    }
}

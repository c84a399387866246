using System.Collections.Concurrent;
using IcpBadge.Cli.Injection;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>inject</c> interrupted through its test hooks. Pages run in parallel, so the assertions hold for any order: every
/// page is exactly its original bytes or exactly what a complete run writes (computed on a second copy).
/// </summary>
public sealed partial class InjectCommandTests
{
    [Fact]
    public async Task Inject_CrashAfterSecondWrite_EveryPageOldOrCompleteAndNoTempFiles()
    {
        using var site = TempSite.Create();
        var complete = await CompleteRunAsync();
        var writes = 0;
        var hooks = new InjectionOptions
        {
            AfterWrite = _ =>
            {
                if (Interlocked.Increment(ref writes) == 2)
                {
                    throw new InvalidOperationException("simulated crash after the second page");
                }
            },
        };

        var (result, thrown) = await CliRunner.RunInjectWithHooksAsync(hooks, site.Site, "--config", site.Config);

        Assert.NotNull(thrown);
        Assert.Contains("simulated crash after the second page", thrown.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("changed", result.Out, StringComparison.Ordinal);
        var newPages = AssertEveryPageOldOrComplete(site, complete);
        Assert.InRange(newPages, 2, TempSite.Pages.Count);
        Assert.Equal(newPages, Volatile.Read(ref writes));
        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public async Task Inject_RerunAfterCrash_FinishesEveryPageExactlyAsACompleteRun()
    {
        using var site = TempSite.Create();
        var complete = await CompleteRunAsync();
        var writes = 0;
        var hooks = new InjectionOptions
        {
            AfterWrite = _ =>
            {
                if (Interlocked.Increment(ref writes) == 2)
                {
                    throw new InvalidOperationException("simulated crash");
                }
            },
        };
        await CliRunner.RunInjectWithHooksAsync(hooks, site.Site, "--config", site.Config);

        var rerun = await RunInjectAsync(site);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains(" 0 skipped, 0 failed.", rerun.Out, StringComparison.Ordinal);
        foreach (var page in TempSite.Pages)
        {
            Assert.Equal(complete[page], site.Read(page));
        }
    }

    [Fact]
    public async Task Inject_RenameFailsForOnePage_ThatPageOriginalOthersCompleteAndNoTempFiles()
    {
        using var site = TempSite.Create();
        var complete = await CompleteRunAsync();
        var hooks = new InjectionOptions
        {
            BeforeRename = path =>
            {
                if (path.EndsWith(Path.DirectorySeparatorChar + "contact.html", StringComparison.Ordinal))
                {
                    throw new IOException("simulated rename failure");
                }
            },
        };

        var (result, thrown) = await CliRunner.RunInjectWithHooksAsync(hooks, site.Site, "--config", site.Config);

        Assert.Null(thrown);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["icp-badge: failed contact.html: can't write: simulated rename failure"], result.ErrorLines);
        Assert.Equal($"6 page(s) in {site.Site}: 5 changed, 0 unchanged, 0 skipped, 1 failed.", Assert.Single(result.OutLines));
        Assert.Equal(TempSite.Original("contact.html"), site.Read("contact.html"));
        foreach (var page in TempSite.Pages.Where(p => p != "contact.html"))
        {
            Assert.Equal(complete[page], site.Read(page));
        }

        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public async Task Inject_CrashBeforeOneRename_ThatPageOriginalOthersOldOrCompleteAndNoTempFiles()
    {
        using var site = TempSite.Create();
        var complete = await CompleteRunAsync();
        const string Victim = "blog/2026/old-footer.html";
        var hooks = new InjectionOptions
        {
            BeforeRename = path =>
            {
                if (path == site.PathOf(Victim))
                {
                    throw new InvalidOperationException("simulated crash before the rename");
                }
            },
        };

        var (_, thrown) = await CliRunner.RunInjectWithHooksAsync(hooks, site.Site, "--config", site.Config);

        Assert.NotNull(thrown);
        Assert.Equal(TempSite.Original(Victim), site.Read(Victim));
        AssertEveryPageOldOrComplete(site, complete);
        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public async Task Inject_AtRenameTime_PageStillOriginalAndTempInSameFolderHoldsNewBytes()
    {
        using var site = TempSite.Create();
        var complete = await CompleteRunAsync();
        var problems = new ConcurrentQueue<string>();
        var renamed = new ConcurrentQueue<string>();
        var hooks = new InjectionOptions
        {
            BeforeRename = path =>
            {
                var page = Path.GetRelativePath(site.Site, path).Replace(Path.DirectorySeparatorChar, '/');
                if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(TempSite.Original(page)))
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
            AfterWrite = path =>
            {
                var page = Path.GetRelativePath(site.Site, path).Replace(Path.DirectorySeparatorChar, '/');
                renamed.Enqueue(page);
                if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(complete[page]))
                {
                    problems.Enqueue($"{page} is not the new page after its rename");
                }
            },
        };

        var (result, thrown) = await CliRunner.RunInjectWithHooksAsync(hooks, site.Site, "--config", site.Config);

        Assert.Null(thrown);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(problems);
        Assert.Equal(TempSite.Pages, renamed.Order(StringComparer.Ordinal));
        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public async Task Inject_ReaderWithPagesOpen_StillReadsEveryWholeOldPage()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A rename gives the path a new file; a reader that opened the page before keeps the old one, whole. A page
        // overwritten in place would show the reader new (or half-new) bytes.
        using var site = TempSite.Create();
        var readers = TempSite.Pages.ToDictionary(
            p => p,
            p => new FileStream(site.PathOf(p), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete),
            StringComparer.Ordinal);
        try
        {
            var result = await RunInjectAsync(site);

            Assert.Contains(": 6 changed,", result.Out, StringComparison.Ordinal);
            foreach (var (page, reader) in readers)
            {
                using var buffer = new MemoryStream();
                await reader.CopyToAsync(buffer);
                Assert.Equal(TempSite.Original(page), buffer.ToArray());
                Assert.NotEqual(TempSite.Original(page), site.Read(page));
            }
        }
        finally
        {
            foreach (var reader in readers.Values)
            {
                await reader.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Inject_SecondRun_NeverReachesTheWriteHooks()
    {
        using var site = TempSite.Create();
        await RunInjectAsync(site);
        var calls = 0;
        var hooks = new InjectionOptions
        {
            BeforeRename = _ => Interlocked.Increment(ref calls),
            AfterWrite = _ => Interlocked.Increment(ref calls),
        };

        var (result, thrown) = await CliRunner.RunInjectWithHooksAsync(hooks, site.Site, "--config", site.Config);

        Assert.Null(thrown);
        Assert.Contains(": 0 changed, 6 unchanged,", result.Out, StringComparison.Ordinal);
        Assert.Equal(0, calls);
    }

    /// <summary>The bytes every sample page has after a complete run, from a copy of its own.</summary>
    private static async Task<Dictionary<string, byte[]>> CompleteRunAsync()
    {
        using var site = TempSite.Create();
        var result = await RunInjectAsync(site);
        Assert.Contains(": 6 changed,", result.Out, StringComparison.Ordinal);
        return TempSite.Pages.ToDictionary(p => p, site.Read, StringComparer.Ordinal);
    }

    /// <returns>How many pages are new.</returns>
    private static int AssertEveryPageOldOrComplete(TempSite site, Dictionary<string, byte[]> complete)
    {
        var newPages = 0;
        foreach (var page in TempSite.Pages)
        {
            var bytes = site.Read(page);
            if (bytes.AsSpan().SequenceEqual(TempSite.Original(page)))
            {
                continue;
            }

            Assert.True(bytes.AsSpan().SequenceEqual(complete[page]), $"{page} is neither its original nor the complete run's bytes.");
            newPages++;
        }

        return newPages;
    }
}

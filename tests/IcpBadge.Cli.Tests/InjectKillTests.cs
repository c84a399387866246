using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// Crash safety of <c>icp-badge inject</c>, tried with real kills: the real process (the native binary under ./test.sh,
/// else the framework-dependent build) is SIGKILLed at random moments over a generated site of 2,000 pages, 200 of them
/// with <c>.gz</c>/<c>.br</c> copies. The random moments only choose when to kill; what is checked after each kill holds
/// whatever the moment: every page is its original or its injected bytes, every copy decompresses to one of the two
/// (to the injected one once its page is injected), and a final run finishes the job, repairs every copy and leaves no
/// temporary file.
/// </summary>
public sealed class InjectKillTests(ITestOutputHelper output)
{
    private const int Trials = 50;
    private const int Pages = 2000;
    private const int EveryNthWithCopies = 10;

    /// <summary>The fixed seed; <c>ICPBADGE_KILL_SEED</c> replays another (every failure message names the seed).</summary>
    private const int DefaultSeed = 20261203;

    [Fact]
    public async Task Inject_KilledAtRandomMoments_EveryPageOldOrInjectedAndARerunFinishesAndRepairs()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ICPBADGE_KILL_SEED"), CultureInfo.InvariantCulture, out var chosen) ? chosen : DefaultSeed;
        var random = new Random(seed);
        using var temp = TempSite.Create();

        // One complete run on a copy of its own gives every page's injected bytes and how long a whole run takes.
        var reference = new KilledSite(Path.Combine(temp.Root, "reference"), Pages, EveryNthWithCopies);
        var clock = Stopwatch.StartNew();
        using (var first = InjectProcess.Start(reference.Folder, temp.Config))
        {
            var result = await first.CompleteAsync();
            Assert.True(result.ExitCode == 0, $"The complete run failed ({result.ExitCode}): {result.Error}");
            Assert.Contains($"{Pages} page(s) in {reference.Folder}: {Pages} changed, 0 unchanged, 0 skipped, 0 failed.", result.Out, StringComparison.Ordinal);
            Assert.Contains($"Rewrote {2 * reference.PagesWithCopies} precompressed file(s)", result.Out, StringComparison.Ordinal);
        }

        var wholeRun = clock.Elapsed;
        reference.LearnInjected(reference.Folder);
        Assert.Empty(reference.CheckComplete());

        var site = new KilledSite(Path.Combine(temp.Root, "site"), Pages, EveryNthWithCopies);
        site.LearnInjected(reference.Folder);
        var old = site.Pages.ToList();
        var (killed, killedMidRun, killedWithTemporaryFiles, finishedFirst) = (0, 0, 0, 0);
        for (var trial = 1; trial <= Trials; trial++)
        {
            var replay = $"seed {seed}, trial {trial} (replay with ICPBADGE_KILL_SEED={seed})";
            if (old.Count == 0 || random.Next(2) == 0)
            {
                // Start this trial from the original site again; otherwise the run goes on from where the last kill left it.
                site.Restore(site.Pages.Except(old));
                old = [.. site.Pages];
            }

            var before = old.Count;
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * wholeRun.TotalMilliseconds);
            using (var run = InjectProcess.Start(site.Folder, temp.Config))
            {
                if (await run.ExitsWithinAsync(delay) || !await run.KillAsync())
                {
                    var result = await run.CompleteAsync();
                    Assert.True(result.ExitCode == 0, $"{replay}: the run exited with {result.ExitCode}: {result.Error}");
                    finishedFirst++;
                }
                else
                {
                    killed++;
                }
            }

            (var problems, old) = site.Check();
            Assert.True(problems.Count == 0, $"{replay}, killed after {delay.TotalMilliseconds:F0} ms: {string.Join("; ", problems.Take(5))}");
            killedMidRun += old.Count < before && old.Count > 0 ? 1 : 0;
            killedWithTemporaryFiles += site.TemporaryFiles().Count > 0 ? 1 : 0;
        }

        using (var rerun = InjectProcess.Start(site.Folder, temp.Config))
        {
            var result = await rerun.CompleteAsync();
            Assert.True(result.ExitCode == 0, $"seed {seed}: the rerun exited with {result.ExitCode}: {result.Error}");
            Assert.Contains(", 0 skipped, 0 failed.", result.Out, StringComparison.Ordinal);
        }

        var afterRerun = site.CheckComplete();
        Assert.True(afterRerun.Count == 0, $"seed {seed}: after the rerun: {string.Join("; ", afterRerun.Take(5))}");
        Assert.Empty(site.TemporaryFiles());
        output.WriteLine(
            $"inject kill test ({InjectProcess.Kind}, seed {seed}): {Trials} trials on {Pages} pages ({site.PagesWithCopies} with .gz/.br); " +
            $"a whole run took {wholeRun.TotalMilliseconds:F0} ms; {killed} killed ({killedMidRun} with some pages written and some not, " +
            $"{killedWithTemporaryFiles} leaving temporary files), {finishedFirst} finished before the kill; every state checked, " +
            "the rerun repaired every copy and left no temporary file.");
    }
}

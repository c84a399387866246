using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using IcpBadge.Audits.Evidence;
using IcpBadge.Audits.History;
using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using IcpBadge.Verification;
using IcpBadge.Verification.Fetching;
using NodaTime;

namespace IcpBadge.Audits;

/// <summary>
/// Audits a portfolio (what <c>icp-badge audit</c> does): for each site its obligations on the day and a live
/// verification of its home pages against its own configuration — every page of every site fetched together, at
/// <see cref="AuditOptions.Concurrency"/> — then what changed since each site's last completed run in the history,
/// and the run stored there. A failing history never loses the run: it comes back with the failure.
/// </summary>
/// <example>
/// <code>
/// await using var history = AuditHistory.Open("audit.db");
/// await using var runner = new AuditRunner();
/// var profiles = SiteInventory.WithUniqueIds(SiteInventory.ReadFile("sites.json")).Select(s => s.Profile!);
/// AuditOutcome outcome = await runner.RunAsync(profiles, new AuditOptions { History = history, AllowPrivateNetworks = true });
/// outcome.Run.WriteJson(Console.OpenStandardOutput());
/// return outcome.ExitCode;
/// </code>
/// </example>
public sealed class AuditRunner : IAsyncDisposable
{
    private readonly IClock _clock;
    private readonly PageFetcher? _fetcher;

    /// <summary>Creates a runner.</summary>
    /// <param name="clock">The run's clock: its times, and "today" when <see cref="AuditOptions.Today"/> is not given; the system clock when null.</param>
    /// <param name="fetcher">Fetches the pages (its own limits apply); the verifier's own, from <see cref="AuditOptions"/>, when null.</param>
    public AuditRunner(IClock? clock = null, PageFetcher? fetcher = null)
    {
        _clock = clock ?? SystemClock.Instance;
        _fetcher = fetcher;
    }

    /// <summary>
    /// The home pages audited for <paramref name="site"/>: each URL of <see cref="SiteProfile.HomeUrls"/>, else for each
    /// domain <c>D</c> the pages <c>verify</c> derives from it (<c>https://D/</c>, and <c>https://www.D/</c> unless
    /// <c>D</c> starts with <c>www.</c>); every one judged as a home page, for its own host.
    /// </summary>
    public static IReadOnlyList<VerificationTarget> HomePages(SiteProfile site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (site.HomeUrls.Count > 0)
        {
            return [.. site.HomeUrls.Select(url => VerificationTarget.ForUrl(url, site) with { IsHomePage = true })];
        }

        var pages = new List<VerificationTarget>();
        foreach (var domain in site.Domains)
        {
            pages.Add(VerificationTarget.ForUrl(new Uri("https://" + domain.Host + "/"), site));
            if (!domain.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                pages.Add(VerificationTarget.ForUrl(new Uri("https://www." + domain.Host + "/"), site));
            }
        }

        return pages;
    }

    /// <summary>
    /// Audits <paramref name="sites"/> (in inventory order; with <see cref="AuditOptions.Shard"/>, every N-th from I).
    /// </summary>
    /// <exception cref="AuditHistoryException">Before anything is fetched: a shard was asked of a history that takes none.</exception>
    /// <exception cref="InvalidOperationException">Rendering was asked and no browser was found.</exception>
    /// <exception cref="IOException">The evidence folder could not be created (a page whose evidence cannot be written gets a note instead).</exception>
    public async Task<AuditOutcome> RunAsync(IEnumerable<SiteProfile> sites, AuditOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(options);
        var history = options.History;
        if (options.Shard is { Count: > 1 } && history is { SupportsShards: false })
        {
            throw history.ShardsRefused();
        }

        var startedAt = _clock.GetCurrentInstant();
        var today = options.Today ?? ChinaTime.Today(_clock);
        var runId = options.RunId ?? NewRunId(startedAt);
        var indexed = sites.Select((site, position) => (Site: site, Position: position));
        var selected = (options.Shard is { } shard ? shard.Select(indexed) : indexed).ToList();

        // The last run is read while the pages are fetched: neither needs the other, and a large history then costs
        // no wall-clock time of its own.
        var previousTask = history is null
            ? Task.FromResult<IReadOnlyDictionary<string, SiteAudit>>(new Dictionary<string, SiteAudit>())
            : Task.Run(() => history.LoadLastCompletedAsync(selected.Select(s => s.Site.Id), runId, cancellationToken), cancellationToken);
        var pages = selected.Select(s => HomePages(s.Site)).ToList();
        var (reports, evidence) = await VerifyAsync(pages, options, today, cancellationToken).ConfigureAwait(false);

        AuditHistoryException? failure = null;
        IReadOnlyDictionary<string, SiteAudit> previous = new Dictionary<string, SiteAudit>();
        try
        {
            previous = await previousTask.ConfigureAwait(false);
        }
        catch (AuditHistoryException exception)
        {
            failure = exception;
        }
        var tracker = new DeadlineTracker(_clock, options.Deadlines);
        var audits = new List<SiteAudit>(selected.Count);
        var changes = new List<AuditChange>();
        var next = 0;
        for (var i = 0; i < selected.Count; i++)
        {
            var (site, position) = selected[i];
            var siteReports = reports.Skip(next).Take(pages[i].Count).ToList();
            next += pages[i].Count;
            var obligations = tracker.Evaluate(site, today).Obligations.Where(o => o.State != ObligationState.NotApplicable).ToList();
            var kept = siteReports.Select(r => evidence.GetValueOrDefault(r.Target)).OfType<EvidenceEntry>().ToList();
            var audit = new SiteAudit(site.Id, site.Name ?? site.IcpNumber.ToString(), obligations, siteReports, kept) { Position = position };
            audits.Add(audit);
            changes.AddRange(AuditChanges.Compare(audit, previous.GetValueOrDefault(site.Id)));
        }

        var run = new AuditRun(runId, startedAt, _clock.GetCurrentInstant(), today, audits, changes, options.Shard);
        if (history is not null && failure is null)
        {
            try
            {
                await history.SaveRunAsync(run, cancellationToken).ConfigureAwait(false);
            }
            catch (AuditHistoryException exception)
            {
                failure = exception;
            }
        }

        return new AuditOutcome(run, failure);
    }

    /// <summary>Nothing to release: the verifier and the evidence browser live for one run.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<(IReadOnlyList<TargetReport> Reports, IReadOnlyDictionary<string, EvidenceEntry> Evidence)> VerifyAsync(
        List<IReadOnlyList<VerificationTarget>> pages, AuditOptions options, LocalDate today, CancellationToken cancellationToken)
    {
        var collected = new ConcurrentDictionary<string, EvidenceEntry>(StringComparer.Ordinal);
        var collector = options.EvidenceDirectory is { } folder ? EvidenceCollector.Create(folder, options.BrowserPath, allowPrivateNetworks: options.AllowPrivateNetworks) : null;
        try
        {
            // Pages are judged on the audit's day, so --today moves D3 and PRE001 with the obligations.
            await using var verifier = new SiteVerifier(_fetcher, new DayClock(today, _clock));
            var report = await verifier.VerifyAsync(
                pages.SelectMany(p => p),
                new VerificationOptions
                {
                    Concurrency = options.Concurrency,
                    Timeout = options.Timeout,
                    Render = options.Render,
                    BrowserPath = options.BrowserPath,
                    AllowPrivateNetworks = options.AllowPrivateNetworks,
                    Progress = options.Progress,
                    PageFetched = collector is null ? null : async (target, fetched, ct) =>
                    {
                        try
                        {
                            var kept = await collector.CollectAsync(fetched, ct).ConfigureAwait(false);
                            collected[target.Name] = kept.ToEntry() with { Target = target.Name };
                        }
                        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                        {
                            // A disk that fills up mid-run costs this page's evidence, not the audit.
                            collected[target.Name] = new EvidenceEntry(target.Name, [], [AuditsText.Format("Evidence.WriteFailed", exception.Message)]);
                        }
                    },
                },
                cancellationToken).ConfigureAwait(false);
            return (report.Targets, collected);
        }
        finally
        {
            if (collector is not null)
            {
                await collector.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static string NewRunId(Instant startedAt)
    {
        var time = startedAt.ToDateTimeUtc().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return time + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    }

    /// <summary>The audit's day in China, at the current time of day: what the verifier's date rules see.</summary>
    private sealed class DayClock(LocalDate today, IClock clock) : IClock
    {
        public Instant GetCurrentInstant()
        {
            var now = clock.GetCurrentInstant().InZone(ChinaTime.Zone);
            return now.Date == today ? now.ToInstant() : today.At(now.TimeOfDay).InZoneLeniently(ChinaTime.Zone).ToInstant();
        }
    }
}

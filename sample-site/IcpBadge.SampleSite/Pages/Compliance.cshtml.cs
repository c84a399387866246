using IcpBadge.AspNetCore;
using IcpBadge.Deadlines;
using IcpBadge.Verification;
using IcpBadge.Verification.Fetching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IcpBadge.SampleSite.Pages;

/// <summary>The site's own filing obligations and the health check's verdict on them.</summary>
public sealed class ComplianceModel(IcpBadgeFooter footer, DeadlineTracker tracker, HealthCheckService health, PageFetcher fetcher, NodaTime.IClock clock) : PageModel
{
    public SiteDeadlines Deadlines { get; private set; } = null!;

    public HealthReport Health { get; private set; } = null!;

    /// <summary>The verifier's report on this site's own home page, fetched over HTTP like an inspector would.</summary>
    public TargetReport HomePage { get; private set; } = null!;

    public IReadOnlyList<Obligation> Applicable => [.. Deadlines.Obligations.Where(o => o.State != ObligationState.NotApplicable)];

    public IReadOnlyList<Obligation> NotApplicable => [.. Deadlines.Obligations.Where(o => o.State == ObligationState.NotApplicable)];

    public static string Detail(Obligation obligation) => obligation switch
    {
        { State: ObligationState.Overdue } => $"{obligation.DaysLate} day(s) late",
        { State: ObligationState.DoneLate } => $"done {obligation.DoneOn?.ToString("uuuu-MM-dd", null)}, {obligation.DaysLate} day(s) late",
        { State: ObligationState.Done } => $"done {obligation.DoneOn?.ToString("uuuu-MM-dd", null)}",
        _ => $"{obligation.DaysLeft} day(s) left",
    } + (obligation.StricterDue is { } stricter ? $"; stricter reading: due {stricter.ToString("uuuu-MM-dd", null)}" : string.Empty)
      + string.Concat(obligation.Notes.Select(n => "; " + n.En));

    public async Task OnGetAsync()
    {
        Deadlines = tracker.Evaluate(footer.Profile);
        Health = await health.CheckHealthAsync(r => r.Tags.Contains("compliance"), HttpContext.RequestAborted);
        var home = new Uri($"{Request.Scheme}://{Request.Host}/");
        using var verifier = new SiteVerifier(fetcher, clock);
        var report = await verifier.VerifyAsync([VerificationTarget.ForUrl(home, footer.Profile)], new VerificationOptions(), HttpContext.RequestAborted);
        HomePage = report.Targets[0];
    }
}

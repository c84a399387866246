using System.Globalization;
using System.Text.Encodings.Web;
using IcpBadge.AspNetCore;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using IcpBadge.Verification;
using IcpBadge.Verification.Fetching;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IcpBadge.SampleSite.Pages;

/// <summary>
/// The site's own filing obligations, the health check's verdict on them and the verifier's findings on the home page:
/// in Chinese by default, in English with <c>?lang=en</c>.
/// </summary>
public sealed class ComplianceModel(IcpBadgeFooter footer, DeadlineTracker tracker, HealthCheckService health, PageFetcher fetcher, SelfCheck self, NodaTime.IClock clock, HtmlEncoder encoder) : PageModel
{
    /// <summary>The page's language: <c>?lang=en</c> (or any English locale) is English, anything else Chinese.</summary>
    public Language Language { get; private set; } = Language.Zh;

    public SiteDeadlines Deadlines { get; private set; } = null!;

    public HealthReport Health { get; private set; } = null!;

    /// <summary>The verifier's report on this site's own home page, fetched over HTTP like an inspector would.</summary>
    public TargetReport HomePage { get; private set; } = null!;

    public IReadOnlyList<Obligation> Applicable => [.. Deadlines.Obligations.Where(o => o.State != ObligationState.NotApplicable)];

    public IReadOnlyList<Obligation> NotApplicable => [.. Deadlines.Obligations.Where(o => o.State == ObligationState.NotApplicable)];

    /// <summary>The page's string <paramref name="key"/> in its language.</summary>
    public string T(string key) => SampleSiteText.Resources.Get(key).In(Language);

    /// <summary>The page's string <paramref name="key"/> with <c>{0}</c>… filled in, in its language.</summary>
    public string T(string key, params object?[] arguments) => SampleSiteText.Resources.Format(key, arguments).In(Language);

    /// <summary>
    /// The page's string <paramref name="key"/> as HTML: the text encoded, with each <c>{n}</c> replaced by the markup
    /// in <paramref name="parts"/> (a link, a <c>&lt;strong&gt;</c>), so a sentence keeps its word order in each language.
    /// </summary>
    public HtmlString Sentence(string key, params IHtmlContent[] parts)
    {
        var markup = parts.Select(part =>
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            part.WriteTo(writer, encoder);
            return (object)writer.ToString();
        }).ToArray();
        return new HtmlString(string.Format(CultureInfo.InvariantCulture, encoder.Encode(T(key)), markup));
    }

    /// <summary>An obligation's state in the page's language.</summary>
    public string State(Obligation obligation) => obligation.State.Text().In(Language);

    /// <summary>The health check's status in the page's language.</summary>
    public string HealthStatus => T("Compliance.Health." + Health.Status);

    /// <summary>A finding's severity in the page's language.</summary>
    public string Severity(InspectionFinding finding) => T("Severity." + finding.Severity);

    /// <summary>What a rule checks, in the page's language; the id itself for a rule this version does not know.</summary>
    public string RuleTitle(InspectionFinding finding) => VerificationRules.Find(finding.Rule)?.Title.In(Language) ?? finding.Rule;

    /// <summary>Days left or late, the done date, the stricter D2 date and the tracker's notes, in the page's language.</summary>
    public string Detail(Obligation obligation)
    {
        var parts = new List<string>
        {
            obligation switch
            {
                { State: ObligationState.Overdue } => T("Compliance.Detail.DaysLate", obligation.DaysLate),
                { State: ObligationState.DoneLate } => T("Compliance.Detail.DoneLate", Date(obligation.DoneOn), obligation.DaysLate),
                { State: ObligationState.Done } => T("Compliance.Detail.Done", Date(obligation.DoneOn)),
                _ => T("Compliance.Detail.DaysLeft", obligation.DaysLeft),
            },
        };
        if (obligation.StricterDue is { } stricter)
        {
            parts.Add(T("Compliance.Detail.Stricter", Date(stricter)));
        }

        parts.AddRange(obligation.Notes.Select(note => note.In(Language)));
        return string.Join(T("Compliance.DetailSeparator"), parts);
    }

    /// <summary>The obligation's title, with what it is about (a domain, a change) when it has a subject.</summary>
    public string Title(Obligation obligation) =>
        obligation.Definition.Title.In(Language) + (obligation.Subject is { } subject ? $" ({subject.In(Language)})" : string.Empty);

    public static string Date(NodaTime.LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public async Task OnGetAsync()
    {
        Language = LanguageSelection.TryParse(Request.Query["lang"].ToString(), out var chosen) ? chosen : Language.Zh;
        Deadlines = tracker.Evaluate(footer.Profile);
        Health = await health.CheckHealthAsync(r => r.Tags.Contains("compliance"), HttpContext.RequestAborted);
        // The server's own listening address, never the request's Host header: a request must not choose what the
        // server fetches. Without a TCP listener (in-memory tests) the guarded fetcher reports loopback as refused.
        var home = self.Home ?? new Uri("http://127.0.0.1/");
        using var verifier = new SiteVerifier(self.Fetcher ?? fetcher, clock);
        var report = await verifier.VerifyAsync([VerificationTarget.ForUrl(home, footer.Profile)], new VerificationOptions(), HttpContext.RequestAborted);
        HomePage = report.Targets[0];
    }
}

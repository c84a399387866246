using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using IcpBadge.Verification;

namespace IcpBadge.AspNetCore.Compliance;

/// <summary>
/// The compliance page: obligations with their legal basis, whether the footer shows on the request's host, and the
/// self-check of the home page, in one language. Every value is HTML-encoded; the page has no script and no style
/// attribute, so it works under any Content-Security-Policy.
/// </summary>
internal static class ComplianceHtmlWriter
{
    // Chinese written as characters, not &#x...; entities; everything HTML-significant still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Write(SiteDeadlines deadlines, SelfCheckResult check, string requestHost, bool footerShown, Language language, string path)
    {
        string T(string key) => AspNetCoreText.Resources.Get(key).In(language);
        string F(string key, params object?[] arguments) => AspNetCoreText.Resources.Format(key, arguments).In(language);
        string E(string? text) => Encoder.Encode(text ?? string.Empty);

        // A sentence from the resources, encoded, with {n} replaced by markup: word order stays each language's own.
        string Sentence(string key, params string[] markup) =>
            string.Format(CultureInfo.InvariantCulture, E(T(key)), markup);

        var status = deadlines.AnyOverdue ? "Unhealthy" : deadlines.AnyDueSoon ? "Degraded" : "Healthy";
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language == Language.En ? "en" : "zh-CN").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(E(T("Compliance.PageTitle"))).Append("</title>\n</head>\n<body>\n<main>\n");
        html.Append("<nav class=\"language\" aria-label=\"").Append(E(T("Compliance.Language"))).Append("\">")
            .Append("<a href=\"").Append(E(path)).Append("\" hreflang=\"zh-CN\" lang=\"zh-CN\"").Append(language == Language.Zh ? " aria-current=\"page\"" : string.Empty).Append(">中文</a> · ")
            .Append("<a href=\"").Append(E(path + "?lang=en")).Append("\" hreflang=\"en\" lang=\"en\"").Append(language == Language.En ? " aria-current=\"page\"" : string.Empty).Append(">English</a></nav>\n");
        html.Append("<h1>").Append(E(T("Compliance.Heading"))).Append("</h1>\n");
        html.Append("<p class=\"intro\">").Append(Sentence(
            "Compliance.Intro",
            "<strong id=\"site\">" + E(deadlines.Name) + "</strong>",
            "<strong id=\"today\">" + IsoDate.Format(deadlines.Today) + "</strong>",
            "<strong id=\"health-status\" data-status=\"" + status + "\">" + E(T("Compliance.Status." + status)) + "</strong>")).Append("</p>\n");
        html.Append("<p class=\"footer-display\" data-shown=\"").Append(footerShown ? "true" : "false").Append("\">")
            .Append(E(F(footerShown ? "Compliance.Footer.Shown" : "Compliance.Footer.Hidden", requestHost))).Append("</p>\n");

        WriteObligations(html, deadlines, language, T, F, E);

        var notApplicable = deadlines.Obligations.Where(o => o.State == ObligationState.NotApplicable).ToList();
        if (notApplicable.Count > 0)
        {
            var ids = string.Join(E(T("Compliance.IdSeparator")), notApplicable.Select(o =>
                "<span data-id=\"" + E(o.Id) + "\" title=\"" + E(o.Definition.Title.In(language)) + "\">" + E(o.Id) + "</span>"));
            html.Append("<p class=\"not-applicable\">").Append(Sentence("Compliance.NotApplicable", ids)).Append("</p>\n");
        }

        WriteSelfCheck(html, check, language, T, F, E, Sentence);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteObligations(StringBuilder html, SiteDeadlines deadlines, Language language, Func<string, string> T, Func<string, object?[], string> F, Func<string?, string> E)
    {
        html.Append("<table class=\"obligations\">\n<thead><tr>");
        foreach (var column in new[] { "Id", "Obligation", "Due", "State", "Detail", "Source" })
        {
            html.Append("<th>").Append(E(T("Compliance.Column." + column))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var o in deadlines.Obligations.Where(o => o.State != ObligationState.NotApplicable))
        {
            var title = o.Definition.Title.In(language) + (o.Subject is { } subject ? $" ({subject.In(language)})" : string.Empty);
            html.Append("<tr class=\"state-").Append(o.State.ToString().ToLowerInvariant()).Append("\" data-id=\"").Append(E(o.Id)).Append("\" data-state=\"").Append(o.State).Append("\">")
                .Append("<td>").Append(E(o.Id)).Append("</td>")
                .Append("<td>").Append(E(title)).Append("</td>")
                .Append("<td>").Append(o.Due is { } due ? IsoDate.Format(due) : string.Empty).Append("</td>")
                .Append("<td class=\"state\">").Append(E(o.State.Text().In(language))).Append("</td>")
                .Append("<td>").Append(E(Detail(o, language, T, F))).Append("</td>")
                .Append("<td class=\"source\">").Append(E(o.Definition.Source.In(language))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteSelfCheck(StringBuilder html, SelfCheckResult check, Language language, Func<string, string> T, Func<string, object?[], string> F, Func<string?, string> E, Func<string, string[], string> Sentence)
    {
        html.Append("<h2>").Append(E(T("Compliance.Verification.Heading"))).Append("</h2>\n");
        if (check.Url is null || check.Target is not { } target)
        {
            html.Append("<p id=\"verification-summary\">").Append(E(T("Compliance.Verification.NoAddress"))).Append("</p>\n");
            return;
        }

        var url = E(check.Url.AbsoluteUri);
        html.Append("<p class=\"verification\">").Append(Sentence(
            "Compliance.Verification.Intro",
            [
                "<a href=\"" + url + "\">" + url + "</a>",
                "<code id=\"verification-host\">" + E(check.Host ?? check.Url.Authority) + "</code>",
                "<time id=\"checked-at\" datetime=\"" + check.CheckedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\">"
                    + ChinaTime(check.CheckedAt) + "</time>",
                "<strong id=\"verification-summary\">" + E(F("Compliance.Verification.Counts", [target.Count(FindingSeverity.Error), target.Count(FindingSeverity.Warning)])) + "</strong>",
            ])).Append("</p>\n");
        if (target.Findings.Count == 0)
        {
            return;
        }

        html.Append("<table class=\"findings\">\n<thead><tr>");
        foreach (var column in new[] { "Rule", "RuleTitle", "Severity", "Finding", "Evidence" })
        {
            html.Append("<th>").Append(E(T("Compliance.Column." + column))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var f in target.Findings)
        {
            html.Append("<tr data-rule=\"").Append(E(f.Rule)).Append("\" data-severity=\"").Append(f.Severity).Append("\">")
                .Append("<td>").Append(E(f.Rule)).Append("</td>")
                .Append("<td class=\"rule-title\">").Append(E(VerificationRules.Find(f.Rule)?.Title.In(language) ?? f.Rule)).Append("</td>")
                .Append("<td>").Append(E(T("Compliance.Severity." + f.Severity))).Append("</td>")
                .Append("<td class=\"message\">").Append(E(f.Message.In(language))).Append("</td>")
                .Append("<td>").Append(E(f.Evidence)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>Days left or late, the done date, the stricter D2 date and the tracker's notes.</summary>
    private static string Detail(Obligation o, Language language, Func<string, string> T, Func<string, object?[], string> F)
    {
        var parts = new List<string>
        {
            o switch
            {
                { State: ObligationState.Overdue } => F("Compliance.Detail.DaysLate", [o.DaysLate]),
                { State: ObligationState.DoneLate } => F("Compliance.Detail.DoneLate", [Date(o.DoneOn), o.DaysLate]),
                { State: ObligationState.Done } => F("Compliance.Detail.Done", [Date(o.DoneOn)]),
                _ => F("Compliance.Detail.DaysLeft", [o.DaysLeft]),
            },
        };
        if (o.StricterDue is { } stricter)
        {
            parts.Add(F("Compliance.Detail.Stricter", [Date(stricter)]));
        }

        parts.AddRange(o.Notes.Select(note => note.In(language)));
        return string.Join(T("Compliance.DetailSeparator"), parts);
    }

    private static string Date(NodaTime.LocalDate? date) => date is { } value ? IsoDate.Format(value) : string.Empty;

    private static string ChinaTime(DateTimeOffset instant) =>
        NodaTime.Instant.FromDateTimeOffset(instant).InZone(IcpBadge.ChinaTime.Zone).ToString("uuuu-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}

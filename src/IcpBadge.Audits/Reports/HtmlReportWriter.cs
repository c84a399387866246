using System.Globalization;
using IcpBadge.Configuration;
using IcpBadge.Localization;

namespace IcpBadge.Audits.Reports;

/// <summary>
/// The HTML report: one self-contained file (inline CSS and SVG, screenshots as <c>data:</c> images, a
/// Content-Security-Policy that forbids any request), readable without JavaScript (it has none), printable on A4.
/// Everything from sites, pages and the history is HTML-encoded.
/// </summary>
internal sealed class HtmlReportWriter(TextWriter output, ReportView view, AuditReportOptions options)
{
    private readonly Language _language = options.Language;

    public void Write()
    {
        var title = T("Report.Title");
        output.Write("<!DOCTYPE html>\n<html lang=\"");
        output.Write(_language == Language.En ? "en" : "zh-CN");
        output.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n");
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        output.Write($"<title>{E(title)} · {E(IsoDate.Format(view.Run.Today))}</title>\n<style>\n{HtmlReportStyle.Css}\n</style>\n</head>\n<body>\n<main>\n");
        WriteHeader(title);
        WriteTimeline();
        WriteSiteTable();
        output.Write($"<h2>{E(T("Report.Details"))}</h2>\n");
        foreach (var site in view.Sites)
        {
            new HtmlSiteWriter(output, site, options).Write();
        }

        WriteLegalBasisNote();
        WriteRunMetadata();
        output.Write("</main>\n</body>\n</html>\n");
    }

    private void WriteHeader(string title)
    {
        var s = view.Summary;
        output.Write($"<header>\n<h1>{E(title)}</h1>\n<p class=\"meta\">{E(F("Report.Subtitle", IsoDate.Format(view.Run.Today), view.Run.RunId))}</p>\n");
        var (verdictClass, verdict) = view.Overall switch
        {
            SiteStanding.Overdue or SiteStanding.Error => ("bad", F("Report.Verdict.Act", view.Sites.Count(x => x.Standing is SiteStanding.Overdue or SiteStanding.Error))),
            SiteStanding.Unreachable or SiteStanding.DueSoon => ("warn", F("Report.Verdict.Watch", view.Sites.Count(x => x.Standing is SiteStanding.Unreachable or SiteStanding.DueSoon))),
            _ => ("good", T("Report.Verdict.Good")),
        };
        output.Write($"<p class=\"verdict {verdictClass}\">{E(verdict)}</p>\n");
        if (!view.IsComplete)
        {
            output.Write($"<p class=\"incomplete\" id=\"incomplete\">{E(F("Report.Incomplete", string.Join(", ", view.MissingShards)))}</p>\n");
        }

        output.Write("<section class=\"tiles\" aria-label=\"summary\">\n");
        Tile("sites", s.Sites, "Report.Tile.Sites", null);
        Tile("overdue", s.Overdue, "Report.Tile.Overdue", "hot-red");
        Tile("due-soon", s.DueSoon, "Report.Tile.DueSoon", "hot-amber");
        Tile("errors", view.VerificationErrors, "Report.Tile.Errors", "hot-red");
        Tile("unreachable", s.Unreachable, "Report.Tile.Unreachable", "hot-violet");
        output.Write("</section>\n");
        output.Write(ReportSvg.StandingBar(view, _language));
        // The tiles count obligations and findings; the bar and its legend count sites, each once at its worst state.
        output.Write($"\n<ul class=\"legend\"><li class=\"legend-title\">{E(T("Report.Bar.Title"))}</li>");
        foreach (var standing in Enum.GetValues<SiteStanding>())
        {
            var count = view.Sites.Count(x => x.Standing == standing);
            output.Write($"<li><i style=\"background:{ReportSvg.Colour(standing)}\"></i>{E(ReportView.Word(standing).In(_language))} {count.ToString(CultureInfo.InvariantCulture)}</li>");
        }

        output.Write("</ul>\n</header>\n");
    }

    private void Tile(string id, int count, string label, string? hot)
    {
        var cls = count > 0 && hot is not null ? " " + hot : "";
        output.Write($"<div class=\"tile{cls}\" data-tile=\"{id}\"><b>{count.ToString(CultureInfo.InvariantCulture)}</b><span>{E(T(label))}</span></div>\n");
    }

    private void WriteTimeline()
    {
        output.Write($"<h2>{E(T("Report.Timeline.Heading"))}</h2>\n<figure style=\"max-width:none\">");
        output.Write(ReportSvg.Timeline(view, _language));
        output.Write($"</figure>\n<ul class=\"legend\"><li><i style=\"background:#b3261e\"></i>{E(T("Report.Standing.Overdue"))}</li><li><i style=\"background:#e08a00\"></i>{E(T("Report.Standing.DueSoon"))}</li><li><i style=\"background:#1d5fa8\"></i>{E(T("Report.Timeline.Pending"))}</li></ul>\n");
    }

    private void WriteSiteTable()
    {
        output.Write($"<h2>{E(T("Report.Sites"))}</h2>\n<table class=\"sites\">\n<thead><tr><th>{E(T("Report.Column.Site"))}</th><th>{E(T("Report.Column.State"))}</th>");
        output.Write($"<th class=\"n\">{E(T("Report.Tile.Overdue"))}</th><th class=\"n\">{E(T("Report.Tile.DueSoon"))}</th><th class=\"n\">{E(T("Report.Tile.Errors"))}</th><th class=\"n\">{E(T("Report.Tile.Unreachable"))}</th><th>{E(T("Report.Column.NextDue"))}</th></tr></thead>\n<tbody>\n");
        foreach (var site in view.Sites)
        {
            var next = site.Site.Obligations.Where(o => o.IsOpen && o.Due is not null).OrderBy(o => o.Due).FirstOrDefault();
            var errors = site.Site.Targets.Sum(t => t.Findings.Count(ReportView.IsVerificationError));
            output.Write($"<tr data-site=\"{E(site.Site.Id)}\" data-standing=\"{site.Standing}\"><td><a href=\"#{site.Anchor}\">{E(site.Site.Name)}</a> <span class=\"id\">{E(site.Site.Id)}</span></td>");
            output.Write($"<td><span class=\"badge s-{site.Standing}\">{E(ReportView.Word(site.Standing).In(_language))}</span></td>");
            Number(site.Site.Overdue);
            Number(site.Site.DueSoon);
            Number(errors);
            Number(site.Site.Unreachable);
            output.Write(next is null
                ? "<td class=\"muted\">—</td></tr>\n"
                : $"<td>{E(next.Id)} {E(IsoDate.Format(next.Due!.Value))}</td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
    }

    private void Number(int count) =>
        output.Write(count == 0 ? "<td class=\"n z\">0</td>" : $"<td class=\"n\"><b>{count.ToString(CultureInfo.InvariantCulture)}</b></td>");

    private void WriteLegalBasisNote() =>
        output.Write($"<p class=\"basis\">{E(T("Report.BasisNote"))}</p>\n");

    private void WriteRunMetadata()
    {
        var run = view.Run;
        output.Write($"<h2>{E(T("Report.Run"))}</h2>\n<dl class=\"run\">\n");
        Item("Report.Run.Id", run.RunId);
        Item("Report.Run.Today", IsoDate.Format(run.Today));
        Item("Report.Run.Started", AuditTime.Format(run.StartedAt));
        Item("Report.Run.Finished", AuditTime.Format(run.FinishedAt));
        Item("Report.Run.Complete", view.IsComplete ? T("Report.Run.Yes") : F("Report.Incomplete", string.Join(", ", view.MissingShards)));
        Item("Report.Run.Changes", run.Changes.Count.ToString(CultureInfo.InvariantCulture));
        Item("Report.Run.Generated", AuditTime.Format(options.GeneratedAt ?? run.FinishedAt));
        output.Write("</dl>\n");
    }

    private void Item(string key, string value) => output.Write($"<dt>{E(T(key))}</dt><dd>{E(value)}</dd>\n");

    private string T(string key) => AuditsText.Get(key).In(_language);

    private string F(string key, params object?[] arguments) => AuditsText.Format(key, arguments).In(_language);

    private static string E(string? text) => HtmlText.Encode(text);
}

using System.Globalization;
using System.Text;
using IcpBadge.Configuration;
using IcpBadge.Localization;

namespace IcpBadge.Audits.Reports;

/// <summary>
/// The Markdown summary for CI step summaries: the counts, the sites that need action (worst first) with what is
/// wrong, and the changes since the last run; at most <see cref="MaxBytes"/>, ending with "…and N more" when cut.
/// Text from sites and pages is escaped so it cannot add Markdown or HTML.
/// </summary>
internal sealed class MarkdownReportWriter(ReportView view, Language language)
{
    /// <summary>GitHub's limit for one step summary is 1 MiB; this stays under it with room for the last lines.</summary>
    public const int MaxBytes = 1_000_000;

    private const int Reserve = 4_096;

    private readonly StringBuilder _text = new();
    private int _bytes;

    public string Write()
    {
        var s = view.Summary;
        Line($"## {T("Report.Title")} · {IsoDate.Format(view.Run.Today)}");
        Line("");
        if (!view.IsComplete)
        {
            Line($"> **{Escape(F("Report.Incomplete", string.Join(", ", view.MissingShards)))}**");
            Line("");
        }

        Line($"**{Escape(Verdict())}**");
        Line("");
        Line($"| {T("Report.Tile.Sites")} | {T("Report.Tile.Overdue")} | {T("Report.Tile.DueSoon")} | {T("Report.Tile.Errors")} | {T("Report.Tile.Unreachable")} |");
        Line("|---:|---:|---:|---:|---:|");
        Line(string.Create(CultureInfo.InvariantCulture, $"| {s.Sites} | {s.Overdue} | {s.DueSoon} | {view.VerificationErrors} | {s.Unreachable} |"));
        Line("");

        var needing = view.Sites.Where(x => x.Standing != SiteStanding.Ok).ToList();
        if (needing.Count > 0)
        {
            Line($"### {T("Report.Markdown.Action")}");
            Line("");
            Line($"| {T("Report.Column.Site")} | {T("Report.Column.State")} | {T("Report.Markdown.What")} |");
            Line("|---|---|---|");
            var written = 0;
            foreach (var site in needing)
            {
                var row = $"| {Escape(site.Site.Name)} (`{Code(site.Site.Id)}`) | {ReportView.Word(site.Standing).In(language)} | {Escape(Problems(site))} |";
                if (!Fits(row))
                {
                    break;
                }

                Line(row);
                written++;
            }

            More(needing.Count - written);
            Line("");
        }

        if (view.Run.Changes.Count > 0)
        {
            Line($"### {T("Report.Changes")}");
            Line("");
            var written = 0;
            foreach (var change in view.Run.Changes)
            {
                var line = $"- {Escape(change.Site)} (`{Code(change.SiteId)}`): {Escape(ReportView.Describe(change).In(language))}";
                if (!Fits(line))
                {
                    break;
                }

                Line(line);
                written++;
            }

            More(view.Run.Changes.Count - written);
            Line("");
        }

        Line($"<sub>{Escape(F("Report.Markdown.Footer", view.Run.RunId, AuditTime.Format(view.Run.FinishedAt)))}</sub>");
        return _text.ToString();
    }

    private string Verdict() => view.Overall switch
    {
        SiteStanding.Overdue or SiteStanding.Error => F("Report.Verdict.Act", view.Sites.Count(x => x.Standing is SiteStanding.Overdue or SiteStanding.Error)),
        SiteStanding.Unreachable or SiteStanding.DueSoon => F("Report.Verdict.Watch", view.Sites.Count(x => x.Standing is SiteStanding.Unreachable or SiteStanding.DueSoon)),
        _ => T("Report.Verdict.Good"),
    };

    /// <summary>What is wrong with a site, briefly: its open obligations that need action, then its rules broken.</summary>
    private string Problems(SiteView site)
    {
        var parts = site.Site.Obligations
            .Where(o => o.State is Deadlines.ObligationState.Overdue or Deadlines.ObligationState.DueSoon)
            .Select(o => $"{o.Id} {o.Definition.Title.In(language)}：{ReportView.ObligationStatus(o).In(language)}")
            .Concat(site.Site.Targets.SelectMany(t => t.Findings)
                .Where(f => f.Severity != Verification.FindingSeverity.Info)
                .Select(f => f.Rule)
                .Distinct(StringComparer.Ordinal));
        return string.Join(language == Language.Zh ? "；" : "; ", parts);
    }

    private void More(int left)
    {
        if (left > 0)
        {
            Line(AuditsText.Format("Notify.More", left).In(language));
        }
    }

    private bool Fits(string line) => _bytes + Encoding.UTF8.GetByteCount(line) + 1 <= MaxBytes - Reserve;

    private void Line(string line)
    {
        _text.Append(line).Append('\n');
        _bytes += Encoding.UTF8.GetByteCount(line) + 1;
    }

    private string T(string key) => AuditsText.Get(key).In(language);

    private string F(string key, params object?[] arguments) => AuditsText.Format(key, arguments).In(language);

    /// <summary>Backslash-escapes Markdown's punctuation and turns &lt; &gt; &amp; into references, line breaks into spaces.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\r' or '\n' or '\t': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' or '~' or '(' or ')' or '{' or '}':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Text inside a code span: no backticks or line breaks, pipes escaped for tables.</summary>
    private static string Code(string text) => text.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}

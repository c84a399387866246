using System.Text;
using IcpBadge.Configuration;
using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Deadlines.Reports;

/// <summary>
/// The deadlines report as plain text (what <c>icp-badge deadlines</c> writes when its output is redirected): a
/// heading, one aligned line per applicable obligation, most urgent first (<see cref="DeadlineRow.ByUrgency"/>), and
/// a <see cref="DeadlineTally"/>, all in one <see cref="Language"/>. Lines never wrap, so each obligation stays one
/// greppable line.
/// </summary>
/// <example>
/// <code>
/// DeadlinesTextWriter.Write(Console.Out, today, profiles.Select(p => tracker.Evaluate(p, today)).ToList(), Language.Zh);
/// </code>
/// </example>
public static class DeadlinesTextWriter
{
    // The English state column is 13 wide, as it always was; the Chinese one fits 即将到期 (8 columns) and two spaces.
    private const int EnglishStateWidth = 13;
    private const int ChineseStateWidth = 10;

    /// <summary>The report's first line, e.g. <c>备案义务（2026-11-24，北京时间）</c> / <c>Filing obligations on 2026-11-24 (China time)</c>.</summary>
    public static string Heading(LocalDate today, Language language) =>
        CoreText.Resources.Format("Deadlines.Text.Heading", IsoDate.Format(today)).In(language);

    /// <summary>Writes the report for <paramref name="sites"/>, evaluated on <paramref name="today"/>, to <paramref name="output"/> in <paramref name="language"/>.</summary>
    public static void Write(TextWriter output, LocalDate today, IReadOnlyCollection<SiteDeadlines> sites, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sites);
        output.WriteLine(Heading(today, language));
        var line = new StringBuilder(160);
        var colon = CoreText.Resources.Get("Deadlines.Text.AfterSite").In(language);
        var dash = CoreText.Resources.Get("Deadlines.Text.BeforeDetail").In(language);
        foreach (var row in DeadlineRow.ByUrgency(sites))
        {
            var state = row.Obligation.State.Text().In(language);
            line.Clear()
                .Append(state)
                .Append(' ', Math.Max(0, (language == Language.En ? EnglishStateWidth : ChineseStateWidth) - DisplayWidth(state)))
                .Append(row.Obligation.Id.PadRight(4))
                .Append(row.DueText.PadRight(11))
                .Append(row.Site.Name)
                .Append(colon)
                .Append(row.Title.In(language));
            var detail = row.Detail.In(language);
            if (detail.Length > 0)
            {
                line.Append(dash).Append(detail);
            }

            output.WriteLine(line);
        }

        output.WriteLine(DeadlineTally.Of(sites).Summary.In(language));
    }

    /// <summary>How many terminal columns <paramref name="text"/> takes: two for each CJK ideograph or full-width form, one for the rest.</summary>
    private static int DisplayWidth(string text) =>
        text.Sum(c => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFF60') ? 2 : 1);
}

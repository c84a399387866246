using System.Globalization;
using System.Text;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Audits.Reports;

/// <summary>The report's two charts as inline SVG: sites by worst state (one bar), and due dates over the next 90 days.</summary>
internal static class ReportSvg
{
    private const int Width = 1000;

    public static string Colour(SiteStanding standing) => standing switch
    {
        SiteStanding.Overdue => "#b3261e",
        SiteStanding.Error => "#e4574c",
        SiteStanding.Unreachable => "#7a5cc0",
        SiteStanding.DueSoon => "#e08a00",
        SiteStanding.Warning => "#f2c14e",
        _ => "#2e8b4f",
    };

    /// <summary>One horizontal bar split by how many sites are in each state.</summary>
    public static string StandingBar(ReportView view, Language language)
    {
        var total = Math.Max(1, view.Sites.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"bar\" role=\"img\" viewBox=\"0 0 {Width} 22\" width=\"100%\" height=\"22\" preserveAspectRatio=\"none\"><title>")
            .Append(HtmlText.Encode(AuditsText.Get("Report.Bar.Title").In(language))).Append("</title>");
        double x = 0;
        foreach (var standing in Enum.GetValues<SiteStanding>())
        {
            var count = view.Sites.Count(s => s.Standing == standing);
            if (count == 0)
            {
                continue;
            }

            var width = (double)count / total * Width;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"0\" width=\"{width:0.##}\" height=\"22\" fill=\"{Colour(standing)}\"><title>")
                .Append(HtmlText.Encode($"{ReportView.Word(standing).In(language)}: {count}")).Append("</title></rect>");
            x += width;
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Due dates from today to 90 days ahead, one dot per open obligation (stacked on a day, "+N" past 8), overdue
    /// ones in a column of their own on the left; ticks every 15 days.
    /// </summary>
    public static string Timeline(ReportView view, Language language)
    {
        const int Left = 110, Right = 20, Top = 18, Dot = 9, MaxStack = 8, AxisY = Top + (MaxStack * Dot) + 16;
        const int Height = AxisY + 40;
        var today = view.Run.Today;
        var plot = Width - Left - Right;
        double X(int day) => Left + ((double)day / ReportView.TimelineDays * plot);

        var dues = view.UpcomingDues();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\"><title>")
            .Append(HtmlText.Encode(AuditsText.Get("Report.Timeline.Title").In(language))).Append("</title>");

        // The overdue column, then the due-soon week shaded, the axis and its ticks.
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"8\" y=\"{Top - 6}\" width=\"{Left - 24}\" height=\"{AxisY - Top + 6}\" rx=\"6\" fill=\"#fdecea\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Left - 16) / 2}\" y=\"{AxisY + 18}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#b3261e\">")
            .Append(HtmlText.Encode(AuditsText.Get("Report.Timeline.Overdue").In(language))).Append("</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(0):0.#}\" y=\"{Top - 6}\" width=\"{X(7) - X(0):0.#}\" height=\"{AxisY - Top + 6}\" fill=\"#fff4e0\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{AxisY}\" x2=\"{Width - Right}\" y2=\"{AxisY}\" stroke=\"#8a919c\"/>");
        for (var day = 0; day <= ReportView.TimelineDays; day += 15)
        {
            var label = day == 0 ? AuditsText.Get("Report.Timeline.Today").In(language) : today.PlusDays(day).ToString("MM-dd", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(day):0.#}\" y1=\"{AxisY}\" x2=\"{X(day):0.#}\" y2=\"{AxisY + 5}\" stroke=\"#8a919c\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{X(day):0.#}\" y=\"{AxisY + 18}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5d6470\">{HtmlText.Encode(label)}</text>");
        }

        // Overdue obligations: one stack in their column; the rest: a stack per due date.
        var stacks = dues.GroupBy(d => d.Obligation.State == ObligationState.Overdue ? -1 : Period.Between(today, d.Obligation.Due!.Value, PeriodUnits.Days).Days);
        foreach (var stack in stacks)
        {
            var x = stack.Key < 0 ? (Left - 16) / 2.0 : X(Math.Max(0, stack.Key));
            var items = stack.ToList();
            for (var i = 0; i < Math.Min(items.Count, MaxStack); i++)
            {
                var (site, obligation) = items[i];
                var colour = obligation.State switch
                {
                    ObligationState.Overdue => "#b3261e",
                    ObligationState.DueSoon => "#e08a00",
                    _ => "#1d5fa8",
                };
                var tip = $"{site.Name} · {obligation.Id} {obligation.Definition.Title.In(language)} · {Configuration.IsoDate.Format(obligation.Due!.Value)}";
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{AxisY - 8 - (i * Dot)}\" r=\"4\" fill=\"{colour}\"><title>")
                    .Append(HtmlText.Encode(tip)).Append("</title></circle>");
            }

            if (items.Count > MaxStack)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{Top - 8}\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"600\" fill=\"#3a404a\">+{items.Count - MaxStack}</text>");
            }
        }

        if (dues.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{AxisY - 30}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#5d6470\">")
                .Append(HtmlText.Encode(AuditsText.Get("Report.Timeline.None").In(language))).Append("</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}

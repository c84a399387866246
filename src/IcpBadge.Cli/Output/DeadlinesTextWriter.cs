using System.Text;
using IcpBadge.Deadlines;
using Spectre.Console;

namespace IcpBadge.Cli.Output;

/// <summary>
/// <c>deadlines --format text</c>: on a terminal a table coloured by state (the first rows, most urgent first);
/// redirected, plain aligned lines for every obligation, written straight through.
/// </summary>
internal static class DeadlinesTextWriter
{
    private const int TerminalRows = 200;

    public static void Write(CliConsole console, NodaTime.LocalDate today, IReadOnlyList<SiteDeadlines> sites)
    {
        var rows = DeadlineRows.ByUrgency(sites);
        if (console.IsTerminal)
        {
            WriteTable(console.CreateAnsiConsole(), today, sites, rows);
        }
        else
        {
            WritePlain(console.Out, today, sites, rows);
        }
    }

    private static void WriteTable(IAnsiConsole ansi, NodaTime.LocalDate today, IReadOnlyList<SiteDeadlines> sites, IEnumerable<(SiteDeadlines Site, Obligation Obligation)> rows)
    {
        var table = new Table().Border(TableBorder.Simple).Title($"Filing obligations on {DeadlineRows.Date(today)} (China time)");
        table.AddColumns("Site", "Id", "Obligation", "Due", "State", "");
        var shown = 0;
        var total = 0;
        foreach (var (site, obligation) in rows)
        {
            total++;
            if (shown++ >= TerminalRows)
            {
                continue;
            }

            var colour = obligation.State switch
            {
                ObligationState.Overdue => "red",
                ObligationState.DueSoon => "yellow",
                ObligationState.Pending => "blue",
                ObligationState.DoneLate => "grey",
                _ => "green",
            };
            table.AddRow(
                Markup.Escape(site.Name),
                obligation.Id,
                Markup.Escape(obligation.Definition.Title + (obligation.Subject is null ? string.Empty : $" ({obligation.Subject})")),
                DeadlineRows.Date(obligation.Due),
                $"[{colour}]{obligation.State}[/]",
                Markup.Escape(DeadlineRows.Describe(obligation) + Notes(obligation)));
        }

        ansi.Write(table);
        if (total > TerminalRows)
        {
            ansi.MarkupLineInterpolated($"[grey]… {total - TerminalRows} more; use --format json or csv for all of them.[/]");
        }

        ansi.MarkupLine(Summary(sites));
    }

    private static void WritePlain(TextWriter output, NodaTime.LocalDate today, IReadOnlyList<SiteDeadlines> sites, IEnumerable<(SiteDeadlines Site, Obligation Obligation)> rows)
    {
        output.WriteLine($"Filing obligations on {DeadlineRows.Date(today)} (China time)");
        var line = new StringBuilder(160);
        foreach (var (site, obligation) in rows)
        {
            line.Clear()
                .Append(obligation.State.ToString().PadRight(13))
                .Append(obligation.Id.PadRight(4))
                .Append(DeadlineRows.Date(obligation.Due).PadRight(11))
                .Append(site.Name)
                .Append(": ")
                .Append(obligation.Definition.Title);
            if (obligation.Subject is not null)
            {
                line.Append(" (").Append(obligation.Subject).Append(')');
            }

            var detail = DeadlineRows.Describe(obligation) + Notes(obligation);
            if (detail.Length > 0)
            {
                line.Append(" - ").Append(detail);
            }

            output.WriteLine(line);
        }

        output.WriteLine(Markup.Remove(Summary(sites)));
    }

    private static string Notes(Obligation obligation)
    {
        var notes = obligation.Notes.Where(n => !n.StartsWith("counted from", StringComparison.Ordinal)).ToList();
        if (obligation.StricterDue is { } stricter)
        {
            notes.Insert(0, $"stricter reading: due {DeadlineRows.Date(stricter)}");
        }

        return notes.Count == 0 ? string.Empty : "; " + string.Join("; ", notes);
    }

    private static string Summary(IReadOnlyList<SiteDeadlines> sites)
    {
        var all = sites.SelectMany(s => s.Obligations).ToList();
        return $"{sites.Count} site(s): [red]{all.Count(o => o.State == ObligationState.Overdue)} overdue[/], " +
            $"[yellow]{all.Count(o => o.State == ObligationState.DueSoon)} due soon[/], " +
            $"{all.Count(o => o.State == ObligationState.Pending)} pending, " +
            $"{all.Count(o => o.State is ObligationState.Done or ObligationState.DoneLate)} done.";
    }
}

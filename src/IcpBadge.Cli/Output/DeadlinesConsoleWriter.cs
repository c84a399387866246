using IcpBadge.Deadlines;
using IcpBadge.Deadlines.Reports;
using IcpBadge.Localization;
using Spectre.Console;

namespace IcpBadge.Cli.Output;

/// <summary>
/// <c>deadlines --format text</c>: on a terminal a table coloured by state (the first rows, most urgent first);
/// redirected, the core's plain text report, every obligation on its own line, written straight through.
/// </summary>
internal static class DeadlinesConsoleWriter
{
    private const int TerminalRows = 200;

    public static void Write(CliConsole console, NodaTime.LocalDate today, IReadOnlyList<SiteDeadlines> sites)
    {
        if (console.IsTerminal)
        {
            WriteTable(console.CreateAnsiConsole(), today, sites);
        }
        else
        {
            DeadlinesTextWriter.Write(console.Out, today, sites, Language.En);
        }
    }

    private static void WriteTable(IAnsiConsole ansi, NodaTime.LocalDate today, IReadOnlyList<SiteDeadlines> sites)
    {
        var table = new Table().Border(TableBorder.Simple).Title(DeadlinesTextWriter.Heading(today, Language.En));
        table.AddColumns("Site", "Id", "Obligation", "Due", "State", "");
        var shown = 0;
        var total = 0;
        foreach (var row in DeadlineRow.ByUrgency(sites))
        {
            total++;
            if (shown++ >= TerminalRows)
            {
                continue;
            }

            var colour = row.Obligation.State switch
            {
                ObligationState.Overdue => "red",
                ObligationState.DueSoon => "yellow",
                ObligationState.Pending => "blue",
                ObligationState.DoneLate => "grey",
                _ => "green",
            };
            table.AddRow(
                Markup.Escape(row.Site.Name),
                row.Obligation.Id,
                Markup.Escape(row.Title.En),
                row.DueText,
                $"[{colour}]{row.Obligation.State}[/]",
                Markup.Escape(row.Detail.En));
        }

        ansi.Write(table);
        if (total > TerminalRows)
        {
            ansi.MarkupLineInterpolated($"[grey]… {total - TerminalRows} more; use --format json or csv for all of them.[/]");
        }

        // The tally's sentence, with the states that need action in colour.
        var tally = DeadlineTally.Of(sites);
        ansi.MarkupLine($"{tally.Sites} site(s): [red]{tally.Overdue} overdue[/], [yellow]{tally.DueSoon} due soon[/], {tally.Pending} pending, {tally.Done} done.");
    }
}

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

    public static void Write(CliConsole console, CliText text, NodaTime.LocalDate today, IReadOnlyList<SiteDeadlines> sites)
    {
        if (console.IsTerminal)
        {
            WriteTable(console.CreateAnsiConsole(), text, today, sites);
        }
        else
        {
            DeadlinesTextWriter.Write(console.Out, today, sites, text.Language);
        }
    }

    private static void WriteTable(IAnsiConsole ansi, CliText text, NodaTime.LocalDate today, IReadOnlyList<SiteDeadlines> sites)
    {
        var table = new Table().Border(TableBorder.Simple).Title(DeadlinesTextWriter.Heading(today, text.Language));
        table.AddColumns(
            text["Deadlines.Column.Site"], text["Deadlines.Column.Id"], text["Deadlines.Column.Obligation"], text["Deadlines.Column.Due"], text["Deadlines.Column.State"], string.Empty);
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
                Markup.Escape(text.Of(row.Title)),
                row.DueText,
                $"[{colour}]{Markup.Escape(text.Of(row.Obligation.State.Text()))}[/]",
                Markup.Escape(text.Of(row.Detail)));
        }

        ansi.Write(table);
        if (total > TerminalRows)
        {
            ansi.MarkupLine("[grey]" + Markup.Escape(text.Format("Deadlines.More", total - TerminalRows)) + "[/]");
        }

        // The tally's sentence, with the states that need action in colour.
        var tally = DeadlineTally.Of(sites);
        ansi.MarkupLine(text.Format("Deadlines.Tally", tally.Sites, tally.Overdue, tally.DueSoon, tally.Pending, tally.Done));
    }
}

using IcpBadge.Filing;
using IcpBadge.Localization;
using Spectre.Console;

namespace IcpBadge.Cli.Output;

/// <summary>Writes <c>icp-badge number</c>'s human-readable explanation: one block per input, its details aligned.</summary>
internal static class NumberTextWriter
{
    public static void Write(IAnsiConsole console, IReadOnlyList<FilingNumberExplanation> explanations, CliText text)
    {
        for (var i = 0; i < explanations.Count; i++)
        {
            if (i > 0)
            {
                console.WriteLine();
            }

            var item = explanations[i];
            if (item.Valid)
            {
                console.MarkupLineInterpolated($"[green]✓ {item.Input}[/]  {text["Number.Valid"]}");
            }
            else
            {
                console.MarkupLineInterpolated($"[red]✗ {item.Input}[/]  {text["Number.Invalid"]}");
            }

            var lines = new DetailLines(console);
            foreach (var line in item.Details(text.Language))
            {
                lines.Add(line.Label, line.Value);
            }
        }
    }
}

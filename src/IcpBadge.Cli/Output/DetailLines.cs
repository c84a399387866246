using Spectre.Console;

namespace IcpBadge.Cli.Output;

/// <summary>Aligned "label  value" lines: no wrapping or padding, so redirected output stays greppable.</summary>
internal sealed class DetailLines(IAnsiConsole console, int labelWidth = 12)
{
    public void Add(string label, string value) =>
        console.MarkupLine("  [grey]" + Markup.Escape(label.PadRight(labelWidth)) + "[/]" + Markup.Escape(value));
}

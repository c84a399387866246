using Spectre.Console;

namespace IcpBadge.Cli.Output;

/// <summary>Aligned "label  value" lines: no wrapping, so redirected output stays greppable.</summary>
/// <remarks>Labels are padded by terminal columns, not characters: a Chinese character takes two.</remarks>
internal sealed class DetailLines(IAnsiConsole console, int labelWidth = 12)
{
    public void Add(string label, string value)
    {
        var padding = Math.Max(1, labelWidth - Columns(label));
        console.MarkupLine("  [grey]" + Markup.Escape(label + new string(' ', padding)) + "[/]" + Markup.Escape(value));
    }

    private static int Columns(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    // East Asian wide and full-width characters: CJK ideographs and punctuation, kana, Hangul, full-width forms.
    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}

using System.Text;
using Spectre.Console;

namespace IcpBadge.Cli;

/// <summary>Where a command writes: standard output and error, and whether output goes to an interactive terminal.</summary>
/// <remarks>Tests pass string writers; only <see cref="FromSystemConsole"/> ever sees a terminal.</remarks>
internal sealed class CliConsole(
    TextWriter output, TextWriter error, bool isTerminal, TextReader? input = null, bool isInteractive = false, Func<string, string?>? environment = null)
{
    /// <summary>
    /// Reads an environment variable (<c>ICPBADGE_LANG</c>, the locale): the process's for the real console, none by
    /// default, so in-process runs print English unless they pass a table or <c>--lang</c>.
    /// </summary>
    public Func<string, string?> GetEnvironmentVariable { get; } = environment ?? (_ => null);

    /// <summary>Standard input, for prompts.</summary>
    public TextReader In { get; } = input ?? TextReader.Null;

    /// <summary>Whether a person can answer prompts (input and output are a terminal).</summary>
    public bool IsInteractive { get; } = isInteractive;

    /// <summary>Standard output: results.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error: one line per problem.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Whether <see cref="Out"/> is an interactive terminal (colour, progress bars); false when redirected.</summary>
    public bool IsTerminal { get; } = isTerminal;

    /// <summary>The process console, in UTF-8 so Chinese text survives any locale.</summary>
    public static CliConsole FromSystemConsole()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        var terminal = !Console.IsOutputRedirected;

        // Console.Out flushes every 256 bytes; redirected output (files, pipes, CI logs) gets a large buffer instead,
        // flushed by Program when the command ends. A terminal keeps Console.Out, for prompts and progress bars.
        var output = terminal ? Console.Out : new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        return new CliConsole(output, Console.Error, terminal, Console.In, terminal && !Console.IsInputRedirected, Environment.GetEnvironmentVariable);
    }

    /// <summary>A Spectre console over <see cref="Out"/>: coloured on a terminal, plain text otherwise.</summary>
    public IAnsiConsole CreateAnsiConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(Out),
        });
        if (!IsTerminal)
        {
            // Redirected output has no width: never wrap, so each record stays on one greppable line.
            console.Profile.Width = 1000;
        }

        return console;
    }

    /// <summary>Writes one error line to standard error, prefixed with the tool name.</summary>
    public void WriteError(string message) => Error.WriteLine("icp-badge: " + message);
}

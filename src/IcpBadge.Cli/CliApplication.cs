using System.CommandLine;
using System.Globalization;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using IcpBadge.Cli.Commands;
using IcpBadge.Cli.Output;
using NodaTime;

namespace IcpBadge.Cli;

/// <summary>Builds the <c>icp-badge</c> command tree and runs one command line with uniform error handling.</summary>
internal static class CliApplication
{
    /// <summary>The command name users type, shown in help and error messages.</summary>
    public const string ToolName = "icp-badge";

    /// <summary>Parses and runs <paramref name="args"/>, writing to <paramref name="console"/>; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default) =>
        RunAsync(args, console, SystemClock.Instance, cancellationToken);

    /// <summary>Parses and runs <paramref name="args"/> with time from <paramref name="clock"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, IClock clock, CancellationToken cancellationToken = default)
    {
        if (!LanguageChoice.TryChoose(args, console.GetEnvironmentVariable, out var language, out var languageProblem))
        {
            console.WriteError(languageProblem!);
            return ExitCodes.InvalidInput;
        }

        var text = new CliText(language);
        var root = CreateRootCommand(console, clock, text);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.Action is ParseErrorAction)
        {
            // One line per problem and a pointer to help, instead of the whole help text.
            foreach (var error in parseResult.Errors)
            {
                console.WriteError(OneLine(ParseErrorText.Translate(error.Message, text)));
            }

            var commandPath = string.Join(' ', EnumerateCommandPath(parseResult.CommandResult.Command, root));
            console.Error.WriteLine(text.Format("Error.RunHelp", commandPath));
            return ExitCodes.InvalidInput;
        }

        // Help is written to a buffer first, so its System.CommandLine headings can be put into the run's language.
        using var help = parseResult.Action is HelpAction ? new StringWriter(CultureInfo.InvariantCulture) : null;
        var configuration = new InvocationConfiguration
        {
            Output = help ?? console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            if (help is not null)
            {
                console.Out.Write(HelpHeadings.Translate(help.ToString(), text));
            }

            return exitCode;
        }
        catch (Audits.Spreadsheets.SpreadsheetException exception)
        {
            console.WriteError(text.Of(exception.Text));
            return ExitCodes.InvalidInput;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            console.WriteError(text.Format("Error.Unexpected", exception.Message));
            if (parseResult.GetValue<bool>(CommonOptions.VerboseName))
            {
                console.Error.WriteLine(exception);
            }
            else
            {
                console.Error.WriteLine(text["Error.RunVerbose"]);
            }

            return ExitCodes.Unexpected;
        }
    }

    /// <summary>The root command with every subcommand, writing to <paramref name="console"/> in the language of <paramref name="text"/>.</summary>
    /// <remarks>
    /// Not a <see cref="RootCommand"/>: its name is the entry assembly's file name (<c>IcpBadge.Cli</c> for the
    /// installed tool, <c>testhost</c> under tests), so help would show the wrong usage line.
    /// </remarks>
    public static Command CreateRootCommand(CliConsole console, IClock clock, CliText text)
    {
        var help = new HelpOption { Description = text["Option.Help"] };
        if (!console.IsTerminal && help.Action is HelpAction helpAction)
        {
            // Redirected help (files, pipes, tests) is not wrapped, whatever the width of a terminal nearby.
            helpAction.MaxWidth = int.MaxValue;
        }

        var root = new Command(ToolName, text["Root.Description"])
        {
            CommonOptions.CreateVerbose(text),
            CommonOptions.CreateLanguage(text),
            help,
            new VersionOption { Description = text["Option.Version"], Action = new VersionAction(console) },
        };
        root.Subcommands.Add(NumberCommand.Create(console, text));
        root.Subcommands.Add(RulesCommand.Create(console, text));
        root.Subcommands.Add(InitCommand.Create(console, clock, text));
        root.Subcommands.Add(RenderCommand.Create(console, clock, text));
        root.Subcommands.Add(InjectCommand.Create(console, clock, text));
        root.Subcommands.Add(DeadlinesCommand.Create(console, clock, text));
        root.Subcommands.Add(VerifyCommand.Create(console, clock, text));
        root.Subcommands.Add(AuditCommand.Create(console, clock, text));
        root.Subcommands.Add(HistoryCommand.Create(console, clock, text));
        root.Subcommands.Add(ReportCommand.Create(console, text));
        root.Subcommands.Add(ReportCommand.CreateNotify(console, text));

        // An action of its own, so a mistyped command is reported once ("Unrecognized command"), not twice.
        root.SetAction(_ =>
        {
            console.WriteError(text.Format("Error.NoCommand", string.Join(text["List.Separator"], root.Subcommands.Select(c => c.Name))));
            console.Error.WriteLine(text.Format("Error.RunHelp", ToolName));
            return ExitCodes.InvalidInput;
        });
        return root;
    }

    /// <summary>Parser messages such as "Must be one of:" span several lines; errors are one line each.</summary>
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines[1..]);
    }

    private static Stack<string> EnumerateCommandPath(Command command, Command root)
    {
        var names = new Stack<string>();
        Command? current = command;
        while (current is not null && current != root)
        {
            names.Push(current.Name);
            current = current.Parents.OfType<Command>().FirstOrDefault();
        }

        names.Push(ToolName);
        return names;
    }

    /// <summary>
    /// <c>--version</c>: this tool's version. The built-in action reads the entry assembly, which is a test host under tests.
    /// </summary>
    private sealed class VersionAction(CliConsole console) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var assembly = typeof(CliApplication).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "unknown";
            console.Out.WriteLine(version);
            return ExitCodes.Success;
        }
    }
}

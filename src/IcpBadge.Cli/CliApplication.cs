using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using IcpBadge.Cli.Commands;
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
        var root = CreateRootCommand(console, clock);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.Action is ParseErrorAction)
        {
            // One line per problem and a pointer to help, instead of the whole help text.
            foreach (var error in parseResult.Errors)
            {
                console.WriteError(OneLine(error.Message));
            }

            var commandPath = string.Join(' ', EnumerateCommandPath(parseResult.CommandResult.Command, root));
            console.Error.WriteLine($"Run '{commandPath} --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            console.WriteError("unexpected error: " + exception.Message);
            if (parseResult.GetValue<bool>(CommonOptions.VerboseName))
            {
                console.Error.WriteLine(exception);
            }
            else
            {
                console.Error.WriteLine("Run again with --verbose for details, and please report it.");
            }

            return ExitCodes.Unexpected;
        }
    }

    /// <summary>The root command with every subcommand, writing to <paramref name="console"/>.</summary>
    /// <remarks>
    /// Not a <see cref="RootCommand"/>: its name is the entry assembly's file name (<c>IcpBadge.Cli</c> for the
    /// installed tool, <c>testhost</c> under tests), so help would show the wrong usage line.
    /// </remarks>
    public static Command CreateRootCommand(CliConsole console, IClock clock)
    {
        var root = new Command(
            ToolName,
            "icp-badge: explain ICP and police filing numbers, the rules for mainland-China websites, and render compliant footers.")
        {
            CommonOptions.CreateVerbose(),
            new HelpOption(),
            new VersionOption { Action = new VersionAction(console) },
        };
        root.Subcommands.Add(NumberCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console, clock));
        root.Subcommands.Add(RenderCommand.Create(console, clock));
        root.Subcommands.Add(InjectCommand.Create(console, clock));
        root.Subcommands.Add(DeadlinesCommand.Create(console, clock));
        root.Subcommands.Add(VerifyCommand.Create(console, clock));

        // An action of its own, so a mistyped command is reported once ("Unrecognized command"), not twice.
        root.SetAction(_ =>
        {
            console.WriteError("no command given; the commands are: " + string.Join(", ", root.Subcommands.Select(c => c.Name)) + ".");
            console.Error.WriteLine($"Run '{ToolName} --help' for usage.");
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

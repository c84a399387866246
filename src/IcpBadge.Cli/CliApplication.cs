using System.CommandLine;
using System.CommandLine.Invocation;
using IcpBadge.Cli.Commands;
using NodaTime;

namespace IcpBadge.Cli;

/// <summary>Builds the <c>icp-badge</c> command tree and runs one command line with uniform error handling.</summary>
internal static class CliApplication
{
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
                console.WriteError(error.Message);
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
    public static RootCommand CreateRootCommand(CliConsole console, IClock clock)
    {
        var root = new RootCommand(
            "icp-badge: explain ICP and police filing numbers, the rules for mainland-China websites, and render compliant footers.")
        {
            CommonOptions.CreateVerbose(),
        };
        root.Subcommands.Add(NumberCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(RenderCommand.Create(console, clock));
        return root;
    }

    private static Stack<string> EnumerateCommandPath(Command command, RootCommand root)
    {
        var names = new Stack<string>();
        Command? current = command;
        while (current is not null && current != root)
        {
            names.Push(current.Name);
            current = current.Parents.OfType<Command>().FirstOrDefault();
        }

        names.Push("icp-badge");
        return names;
    }
}

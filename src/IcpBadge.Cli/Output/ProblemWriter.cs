using IcpBadge.Configuration;

namespace IcpBadge.Cli.Output;

/// <summary>Writes configuration problems to standard error: every one, one line each.</summary>
internal static class ProblemWriter
{
    public static void Write(CliConsole console, IReadOnlyList<ConfigurationProblem> problems, CliText text)
    {
        foreach (var problem in problems)
        {
            console.WriteError(problem.ToString(text.Language));
        }

        console.WriteError(text.Format("Error.ConfigProblems", problems.Count));
    }
}

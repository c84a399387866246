using IcpBadge.Cli.Output;
using Spectre.Console;

namespace IcpBadge.Cli.Commands;

/// <summary>Runs the targets of <c>verify</c> in order, with a Spectre.Console progress bar on a terminal only.</summary>
internal static class VerifyProgress
{
    public static List<VerifyTargetReport> Run(CliConsole console, IReadOnlyList<VerifyTarget> targets, Func<VerifyTarget, VerifyTargetReport> inspect)
    {
        var reports = new List<VerifyTargetReport>(targets.Count);
        if (!console.IsTerminal || targets.Count < 2)
        {
            reports.AddRange(targets.Select(inspect));
            return reports;
        }

        console.CreateAnsiConsole().Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Verifying pages", maxValue: targets.Count);
            foreach (var target in targets)
            {
                reports.Add(inspect(target));
                task.Increment(1);
            }
        });
        return reports;
    }
}

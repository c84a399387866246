using IcpBadge.Cli.Output;
using Spectre.Console;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// Runs the targets of <c>verify</c> across the cores (reports keep the targets' order), with a Spectre.Console
/// progress bar on a terminal only.
/// </summary>
internal static class VerifyProgress
{
    public static List<VerifyTargetReport> Run(CliConsole console, IReadOnlyList<VerifyTarget> targets, Func<VerifyTarget, VerifyTargetReport> inspect)
    {
        var reports = new VerifyTargetReport[targets.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        if (!console.IsTerminal || targets.Count < 2)
        {
            Parallel.For(0, targets.Count, parallel, i => reports[i] = inspect(targets[i]));
            return [.. reports];
        }

        console.CreateAnsiConsole().Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Verifying pages", maxValue: targets.Count);
            Parallel.For(0, targets.Count, parallel, i =>
            {
                reports[i] = inspect(targets[i]);
                task.Increment(1);
            });
        });
        return [.. reports];
    }
}

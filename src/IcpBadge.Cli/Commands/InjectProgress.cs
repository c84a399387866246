using IcpBadge.Cli.Output;
using IcpBadge.StaticSites;
using Spectre.Console;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// Runs a <see cref="SiteInjector"/> for <c>inject</c>: lists the pages a dry run would change as they are done, with a
/// Spectre.Console progress bar on a terminal only (once there are at least two pages).
/// </summary>
internal static class InjectProgress
{
    public static InjectionSummary Run(CliConsole console, CliText text, SiteInjector injector, bool dryRun, string root, CancellationToken cancellationToken)
    {
        if (!console.IsTerminal)
        {
            return injector.Run(root, new Listener(p => InjectReport.WritePage(console, text, p.Page, dryRun)), cancellationToken);
        }

        InjectionSummary? summary = null;
        console.CreateAnsiConsole().Progress().AutoClear(true).Start(context =>
        {
            // The page count is known once the site is walked, inside the run: the bar starts with the first page.
            ProgressTask? task = null;
            var gate = new Lock();
            summary = injector.Run(
                root,
                new Listener(p =>
                {
                    InjectReport.WritePage(console, text, p.Page, dryRun);
                    if (p.Total < 2)
                    {
                        return;
                    }

                    lock (gate)
                    {
                        task ??= context.AddTask(text["Inject.Progress"], maxValue: p.Total);
                        task.Increment(1);
                    }
                }),
                cancellationToken);
        });
        return summary!;
    }

    /// <summary>Reports on the injector's own thread, so dry-run lines come out in walk order before the summary.</summary>
    private sealed class Listener(Action<InjectionProgress> report) : IProgress<InjectionProgress>
    {
        public void Report(InjectionProgress value) => report(value);
    }
}

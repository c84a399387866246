using IcpBadge.StaticSites;

namespace IcpBadge.Cli.Output;

/// <summary>
/// What <c>icp-badge inject</c> prints: each page a dry run would change as it goes, then the summary (counts on
/// stdout, every removed temporary file and every skipped or failed page with its reason on stderr).
/// </summary>
internal static class InjectReport
{
    /// <summary>In a dry run, the line for a page that would change; nothing for other pages or in a real run.</summary>
    public static void WritePage(CliConsole console, PageResult page, bool dryRun)
    {
        if (dryRun && page.Outcome == PageOutcome.Changed)
        {
            console.Out.WriteLine($"would change  {page.Path}  ({Describe(page.Placement)})");
        }
    }

    public static void Write(CliConsole console, InjectionSummary summary)
    {
        foreach (var removed in summary.RemovedTemporaryFiles)
        {
            console.WriteError($"removed {removed}, left by an interrupted run");
        }

        foreach (var page in summary.Skipped)
        {
            console.WriteError($"skipped {page.Path}: {page.Reason}");
        }

        foreach (var page in summary.Failed)
        {
            console.WriteError($"failed {page.Path}: {page.Reason}");
        }

        var verb = summary.DryRun ? "would change" : "changed";
        console.Out.WriteLine(
            $"{summary.Total} page(s) in {summary.Directory}: {summary.Changed} {verb}, {summary.Unchanged} unchanged, {summary.Skipped.Count} skipped, {summary.Failed.Count} failed." +
            (summary.DryRun ? " Dry run: nothing was written." : string.Empty));
    }

    private static string Describe(Placement placement) => placement switch
    {
        Placement.ExistingBlock => "replaced the earlier block",
        Placement.Marker => "at the <!-- icp-badge --> marker",
        Placement.Footer => "end of the page's <footer>",
        Placement.Body => "before </body>",
        _ => "end of file",
    };
}

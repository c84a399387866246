using IcpBadge.StaticSites;

namespace IcpBadge.Cli.Output;

/// <summary>
/// What <c>icp-badge inject</c> prints: each page a dry run would change as it goes, then the summary (counts on
/// stdout, every removed temporary file, every skipped or failed page and every page that already shows a filing number, every stale precompressed copy with its reason
/// on stderr).
/// </summary>
internal static class InjectReport
{
    /// <summary>In a dry run, the line for a page that would change; nothing for other pages or in a real run.</summary>
    public static void WritePage(CliConsole console, CliText text, PageResult page, bool dryRun)
    {
        if (dryRun && page.Outcome == PageOutcome.Changed)
        {
            console.Out.WriteLine(text.Format("Inject.WouldChange", page.Path, Describe(text, page.Placement)));
        }
    }

    public static void Write(CliConsole console, CliText text, InjectionSummary summary)
    {
        foreach (var removed in summary.RemovedTemporaryFiles)
        {
            console.WriteError(text.Format("Inject.Removed", removed));
        }

        foreach (var page in summary.Skipped)
        {
            console.WriteError(text.Format("Inject.Skipped", page.Path, page.Reason));
        }

        foreach (var page in summary.Failed)
        {
            console.WriteError(text.Format("Inject.Failed", page.Path, page.Reason));
        }

        foreach (var page in summary.Warnings)
        {
            console.WriteError(text.Format("Inject.Warning", page.Path, page.Warning));
        }

        foreach (var sibling in summary.StaleSiblings)
        {
            console.WriteError(text.Format("Inject.StaleSibling", sibling.Path, sibling.Reason));
        }

        if (summary.RewrittenSiblings > 0)
        {
            console.Out.WriteLine(text.Format(summary.DryRun ? "Inject.SiblingsDryRun" : "Inject.Siblings", summary.RewrittenSiblings));
        }

        console.Out.WriteLine(text.Format(
            summary.DryRun ? "Inject.SummaryDryRun" : "Inject.Summary",
            summary.Total,
            summary.Directory,
            summary.Changed,
            summary.Unchanged,
            summary.Skipped.Count,
            summary.Failed.Count));
    }

    private static string Describe(CliText text, Placement placement) => text[placement switch
    {
        Placement.ExistingBlock => "Inject.Placement.ExistingBlock",
        Placement.Marker => "Inject.Placement.Marker",
        Placement.Footer => "Inject.Placement.Footer",
        Placement.Body => "Inject.Placement.Body",
        Placement.RemovedBlock => "Inject.Placement.RemovedBlock",
        _ => "Inject.Placement.End",
    }];
}

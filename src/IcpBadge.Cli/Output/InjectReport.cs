namespace IcpBadge.Cli.Output;

/// <summary>The summary of <c>icp-badge inject</c>: counts on stdout, every skipped or failed page with its reason on stderr.</summary>
internal static class InjectReport
{
    public static void Write(CliConsole console, Injection.InjectionSummary summary, bool dryRun, string root)
    {
        foreach (var (path, reason) in summary.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            console.WriteError($"skipped {path}: {reason}");
        }

        foreach (var (path, reason) in summary.Failed.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            console.WriteError($"failed {path}: {reason}");
        }

        var verb = dryRun ? "would change" : "changed";
        console.Out.WriteLine(
            $"{summary.Total} page(s) in {root}: {summary.Changed} {verb}, {summary.Unchanged} unchanged, {summary.Skipped.Count} skipped, {summary.Failed.Count} failed." +
            (dryRun ? " Dry run: nothing was written." : string.Empty));
    }
}

using System.CommandLine;
using IcpBadge.Audits;
using IcpBadge.Audits.History;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary><c>icp-badge history --history STORE [--site ID] [--format text|json]</c> and <c>history prune --keep-days N</c> (docs/audit.md).</summary>
internal static class HistoryCommand
{
    public static Option<string?> StoreOption(CliText text) => new("--history") { Description = text["Audit.History"], HelpName = "STORE", Recursive = true };

    public static Command Create(CliConsole console, IClock clock, CliText text)
    {
        var store = StoreOption(text);
        var site = new Option<string?>("--site") { Description = text["History.Site"], HelpName = "ID" };
        var format = CommonOptions.Format(text, "text", "json");
        var keepDays = new Option<int>("--keep-days") { Description = text["History.KeepDays"], HelpName = "N", Required = true };
        var prune = new Command("prune", text["History.Prune"]) { keepDays };
        var command = new Command("history", text["History.Description"]) { store, site, format, prune };
        command.SetAction((parse, ct) => RunAsync(console, clock, text, parse.GetValue(store), async history =>
        {
            var sites = await history.GetSiteHistoryAsync(parse.GetValue(site), ct).ConfigureAwait(false);
            SiteHistoryReport.Write(console.Out, sites, Enum.Parse<AuditReportFormat>(parse.GetValue(format)!, true), text.Language);
        }));
        prune.SetAction((parse, ct) => RunAsync(console, clock, text, parse.GetValue(store), async history =>
        {
            var removed = await history.PruneAsync(parse.GetValue(keepDays), ct).ConfigureAwait(false);
            console.Out.WriteLine(text.Format("History.Pruned", removed.Runs, removed.EvidenceHashes.Count));
            removed.EvidenceHashes.ToList().ForEach(console.Out.WriteLine);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, IClock clock, CliText text, string? address, Func<AuditHistoryStore, Task> action)
    {
        await using var history = AuditHistory.OpenOrNull(address ?? console.GetEnvironmentVariable(AuditHistory.EnvironmentVariable), clock);
        try
        {
            await action(history ?? throw new AuditHistoryException(AuditHistoryFailure.Refused, AuditHistory.NoStore)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (AuditHistoryException exception)
        {
            return AuditCommand.Fail(console, text.Of(exception.Problem), exception.ExitCode);
        }
    }
}

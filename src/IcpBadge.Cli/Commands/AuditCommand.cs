using System.CommandLine;
using IcpBadge.Audits;
using IcpBadge.Audits.History;
using IcpBadge.Cli.Inventory;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary><c>icp-badge audit --inventory FILE …</c>: per site its obligations and a live check of its home pages, changes against the history (docs/audit.md).</summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console, IClock clock, CliText text)
    {
        var inventory = new Option<string>("--inventory", "-i") { Description = text["Audit.Inventory"], HelpName = "FILE", Required = true };
        var sheet = new Option<string?>("--sheet") { Description = text["Option.Sheet"], HelpName = "NAME" };
        var history = HistoryCommand.StoreOption(text);
        var evidence = new Option<string?>("--evidence") { Description = text["Audit.Evidence"], HelpName = "DIR" };
        var today = new Option<string?>("--today") { Description = text["Deadlines.Today"], HelpName = "YYYY-MM-DD" };
        var warnDays = new Option<int>("--warn-days") { Description = text["Deadlines.WarnDays"], DefaultValueFactory = _ => 7, HelpName = "N" };
        var basis = new Option<string>("--basis") { Description = text["Audit.Basis"], DefaultValueFactory = _ => "Launch", HelpName = "Launch|IcpApproval|Earliest" };
        var concurrency = new Option<int>("--concurrency") { Description = text["Verify.Concurrency"], HelpName = "N", DefaultValueFactory = _ => 8 };
        var timeout = new Option<double>("--timeout") { Description = text["Verify.Timeout"], HelpName = "SEC", DefaultValueFactory = _ => 20 };
        var shard = new Option<string?>("--shard") { Description = text["Audit.Shard"], HelpName = "I/N" };
        var runId = new Option<string?>("--run-id") { Description = text["Audit.RunId"], HelpName = "ID" };
        var denyPrivate = new Option<bool>("--deny-private") { Description = text["Verify.DenyPrivate"] };
        var render = VerifyRendering.RenderOption(text);
        var format = CommonOptions.Format(text, "text", "json");
        var output = new Option<string?>("--output", "-o") { Description = text["Audit.Output"], HelpName = "FILE" };
        var command = new Command("audit", text["Audit.Description"]) { inventory, sheet, history, evidence, render, today, warnDays, basis, concurrency, timeout, shard, runId, denyPrivate, format, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (new AuditArguments(parse.GetValue(today), parse.GetValue(shard), parse.GetValue(runId), parse.GetValue(concurrency), parse.GetValue(timeout), parse.GetValue(warnDays), parse.GetValue(basis)!, parse.GetValue(denyPrivate), parse.GetValue(evidence)).ToOptions(out var problem) is not { } options)
            {
                return Fail(console, text.Of(problem!));
            }

            var (sites, problems) = InventoryFile.Load(parse.GetValue(inventory)!, text, parse.GetValue(sheet), uniqueIds: true);
            problems.ForEach(console.WriteError);
            if (problems.Count > 0 || !VerifyRendering.TryFindBrowser(console, text, parse.GetValue(render), null, out var browserPath))
            {
                return ExitCodes.InvalidInput;
            }

            await using var store = AuditHistory.OpenOrNull(parse.GetValue(history) ?? console.GetEnvironmentVariable(AuditHistory.EnvironmentVariable), clock);
            await using var runner = new AuditRunner(clock);
            try
            {
                var outcome = await VerifyProgress.RunAsync(console, text, progress => runner.RunAsync(sites, options with { History = store, Render = browserPath is not null, BrowserPath = browserPath ?? console.GetEnvironmentVariable(Audits.Evidence.EvidenceCollector.ChromiumPathVariable), Progress = progress }, cancellationToken)).ConfigureAwait(false);
                return !VerifyExtraOptions.WriteReport(console, text, parse.GetValue(output), w => outcome.Run.Write(w, Enum.Parse<AuditReportFormat>(parse.GetValue(format)!, true), text.Language))
                    ? ExitCodes.InvalidInput
                    : outcome.HistoryFailure is { } failure ? Fail(console, text.Of(failure.Problem), outcome.ExitCode) : outcome.ExitCode;
            }
            catch (AuditHistoryException exception)
            {
                return Fail(console, text.Of(exception.Problem), exception.ExitCode);
            }
        });
        return command;
    }

    /// <summary>Writes one line on stderr and gives the exit code (bad input unless told otherwise).</summary>
    public static int Fail(CliConsole console, string message, int exitCode = ExitCodes.InvalidInput)
    {
        console.WriteError(message);
        return exitCode;
    }
}

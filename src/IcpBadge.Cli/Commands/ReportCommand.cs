using System.CommandLine;
using IcpBadge.Audits;
using IcpBadge.Audits.History;
using IcpBadge.Audits.Notifications;
using IcpBadge.Audits.Reports;
using IcpBadge.Localization;

namespace IcpBadge.Cli.Commands;

/// <summary><c>icp-badge report</c> and <c>icp-badge notify</c> over a history store: exit 0, 2 bad input or incomplete run, 3 store or channel failed.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console, CliText text)
    {
        var (history, run) = (HistoryOption(text), new Option<string>("--run") { Description = text["Report.Run"], HelpName = "latest|ID", DefaultValueFactory = _ => AuditReport.Latest });
        var output = new Option<string>("--output", "-o") { Description = text["Report.Output"], HelpName = "FILE", Required = true };
        var evidence = new Option<string?>("--evidence") { Description = text["Report.Evidence"], HelpName = "DIR" };
        var format = CommonOptions.Format(text, "html", "markdown", "openmetrics");
        var command = new Command("report", text["Report.Description"]) { history, run, output, evidence, format };
        command.SetAction((parse, token) => WithHistoryAsync(console, text, parse.GetValue(history), async store =>
        {
            using var buffer = new MemoryStream();
            _ = AuditReport.TryParseFormat(parse.GetValue(format), out var kind); // the option accepts only the three
            var options = new AuditReportOptions { Language = ReportLanguage(parse, console), EvidenceDirectory = parse.GetValue(evidence) };
            AuditReport.Write(buffer, await AuditReport.LoadRunAsync(store, parse.GetValue(run)!, token), kind, options);
            StaticSites.AtomicFile.Replace(Path.GetFullPath(parse.GetValue(output)!), buffer.ToArray());
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command CreateNotify(CliConsole console, CliText text)
    {
        var (history, to) = (HistoryOption(text), new Option<string[]>("--to") { Description = text["Notify.To"], HelpName = "wecom|dingtalk|feishu|webhook", Required = true });
        to.AcceptOnlyFromAmong([.. NotificationChannels.All.Select(c => c.Name())]);
        var (all, dryRun) = (new Option<bool>("--all") { Description = text["Notify.All"] }, new Option<bool>("--dry-run") { Description = text["Notify.DryRun"] });
        var command = new Command("notify", text["Notify.Description"]) { history, to, all, dryRun };
        command.SetAction((parse, token) => WithHistoryAsync(console, text, parse.GetValue(history), async store =>
        {
            var channels = parse.GetValue(to)!.Select(name => NotificationChannels.TryParse(name, out var c) ? c : default).Distinct().ToList();
            var endpoints = parse.GetValue(dryRun) ? [] : NotificationEndpoints.FromEnvironment(channels, console.GetEnvironmentVariable);
            using var client = new HttpClient();
            var (sender, language) = (new NotificationSender(client), ReportLanguage(parse, console));
            var notifier = new AuditNotifier(store, sender);
            var plan = await notifier.PrepareAsync(channels, parse.GetValue(all), language, token);
            var previews = plan.Where(n => n.Message is not null).SelectMany(n => sender.Preview(n.Channel, n.Message!).Select(m => $"--- {n.Channel.Name()}\n{m}"));
            var deliveries = parse.GetValue(dryRun) ? [] : await notifier.SendAsync(plan, endpoints, token);
            foreach (var line in parse.GetValue(dryRun) ? previews : deliveries.Where(d => d.Succeeded).Select(d => text.Of(d.Summary)))
            {
                console.Out.WriteLine(line);
            }

            deliveries.Where(d => !d.Succeeded).ToList().ForEach(d => console.WriteError(text.Of(d.Summary)));
            return deliveries.All(d => d.Succeeded) ? ExitCodes.Success : 3; // a channel failed
        }));
        return command;
    }

    private static Option<string?> HistoryOption(CliText text) => new("--history") { Description = text["Report.History"], HelpName = "STORE" };

    // Reports and notifications are Chinese unless --lang or ICPBADGE_LANG says otherwise: not by the machine's locale.
    private static Language ReportLanguage(ParseResult parse, CliConsole console) =>
        LanguageSelection.TryParse(parse.GetValue<string?>(LanguageChoice.OptionName) ?? console.GetEnvironmentVariable(LanguageSelection.EnvironmentVariable), out var language) ? language : Language.Zh;

    private static async Task<int> WithHistoryAsync(CliConsole console, CliText text, string? address, Func<AuditHistoryStore, Task<int>> action)
    {
        try
        {
            await using var store = AuditHistory.Open(address ?? console.GetEnvironmentVariable(AuditHistory.EnvironmentVariable) ?? throw new AuditInputException(AuditInputException.NoHistory));
            return await action(store);
        }
        catch (AuditInputException exception)
        {
            console.WriteError(text.Of(exception.Text));
            return ExitCodes.InvalidInput;
        }
        catch (AuditHistoryException exception)
        {
            console.WriteError(text.Of(exception.Problem));
            return ExitCodes.HistoryFailed;
        }
    }
}

using System.Text;
using System.CommandLine;
using IcpBadge.Audits.Spreadsheets;
using IcpBadge.Cli.Inventory;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using IcpBadge.Deadlines.Reports;
using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge deadlines [--config FILE]... [--inventory FILE [--sheet NAME]] [--today YYYY-MM-DD] [--format text|json|csv|ics|xlsx] [--output FILE] [--warn-days N]</c>:
/// filing obligations and their states for one or many sites. Exit 1 when anything is overdue, so it gates CI.
/// </summary>
internal static class DeadlinesCommand
{
    public static Command Create(CliConsole console, IClock clock, CliText text)
    {
        var configs = new Option<string[]>("--config", "-c") { Description = text["Deadlines.Config"], HelpName = "FILE" };
        var inventory = new Option<string?>("--inventory", "-i") { Description = text["Deadlines.Inventory"], HelpName = "FILE" };
        var today = new Option<string?>("--today") { Description = text["Deadlines.Today"], HelpName = "YYYY-MM-DD" };
        var sheet = new Option<string?>("--sheet") { Description = text["Option.Sheet"], HelpName = "NAME" };
        var format = CommonOptions.Format(text, "text", "json", "csv", "ics", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = text["Deadlines.Output"], HelpName = "FILE" };
        var warnDays = new Option<int>("--warn-days") { Description = text["Deadlines.WarnDays"], DefaultValueFactory = _ => 7, HelpName = "N" };
        var basis = new Option<string>("--basis") { Description = text["Deadlines.Basis"], DefaultValueFactory = _ => "launch", HelpName = "launch|icp-approval|earliest" };
        basis.AcceptOnlyFromAmong("launch", "icp-approval", "earliest");
        warnDays.Validators.Add(result =>
        {
            // An unparsable value is already a parse error (reading it here would throw); only a number out of range is reported.
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var days)
                && days is < 0 or > 365)
            {
                result.AddError(text["Deadlines.WarnDaysRange"]);
            }
        });

        var command = new Command("deadlines", text["Deadlines.Description"])
        {
            configs, inventory, sheet, today, format, output, warnDays, basis,
        };
        command.SetAction(parseResult =>
        {
            var todayText = parseResult.GetValue(today);
            LocalDate? fixedToday = null;
            if (todayText is not null)
            {
                if (!IsoDate.TryParse(todayText.AsSpan().Trim(), out var parsed))
                {
                    console.WriteError(text.Format("Deadlines.BadToday", todayText));
                    return ExitCodes.InvalidInput;
                }

                fixedToday = parsed;
            }

            var options = new DeadlineOptions
            {
                WarnDays = parseResult.GetValue(warnDays),
                Basis = parseResult.GetValue(basis) switch
                {
                    "icp-approval" => DeadlineBasis.IcpApproval,
                    "earliest" => DeadlineBasis.Earliest,
                    _ => DeadlineBasis.Launch,
                },
            };
            var tracker = new DeadlineTracker(clock, options);
            var day = fixedToday ?? tracker.Today;
            var chosen = parseResult.GetValue(format);
            if ((chosen == "xlsx") != (parseResult.GetValue(output) is not null))
            {
                console.WriteError(text["Deadlines.OutputOnlyXlsx"]);
                return ExitCodes.InvalidInput;
            }

            // JSON and CSV are written site by site into a spool that reaches stdout only once every site has
            // validated: a large inventory is never held whole, and a failing run prints nothing but its problems.
            using var spool = new SpoolStream();
            var all = new List<SiteDeadlines>();
            var problems = new List<string>();
            var anyOverdue = false;
            try
            {
                using var json = chosen == "json" ? new DeadlinesJsonWriter(spool, day) : null;
                using var csvText = chosen == "csv" ? new StreamWriter(spool, new UTF8Encoding(false), leaveOpen: true) : null;
                var csv = csvText is null ? null : new DeadlinesCsvWriter(csvText, text.Language);
                ReadSites(text, parseResult.GetValue(configs) ?? [], parseResult.GetValue(inventory), parseResult.GetValue(sheet), problems, site =>
                {
                    var result = tracker.Evaluate(site, day);
                    anyOverdue |= result.AnyOverdue;
                    if (json is not null)
                    {
                        json.Add(result);
                    }
                    else if (csv is not null)
                    {
                        csv.Add(result);
                    }
                    else
                    {
                        all.Add(result);
                    }
                });
                json?.Complete();
            }
            catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
            {
                var message = exception is HolidayFileFormatException holidays ? text.Of(holidays.Text) : exception.Message;
                console.WriteError("HolidaysFile: " + message);
                return ExitCodes.InvalidInput;
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    console.WriteError(problem);
                }

                console.WriteError(text.Format("Deadlines.Problems", problems.Count));
                return ExitCodes.InvalidInput;
            }

            switch (chosen)
            {
                case "json":
                case "csv":
                    using (var target = OutputStream.Open(console.Out))
                    {
                        spool.WriteTo(target.Stream);
                        target.Complete(appendNewLine: chosen == "json");
                    }

                    break;
                case "xlsx":
                    DeadlinesWorkbookWriter.Save(parseResult.GetValue(output)!, text.Language, all);
                    break;
                case "ics":
                    var calendar = new DeadlinesCalendarWriter(console.Out, options.WarnDays, clock.GetCurrentInstant(), text.Language);
                    all.ForEach(calendar.Add);
                    calendar.Complete();
                    break;
                default:
                    DeadlinesConsoleWriter.Write(console, text, day, all);
                    break;
            }

            return anyOverdue ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Hands every valid site, inventory first then each <c>--config</c>, to <paramref name="onSite"/>; collects every problem.</summary>
    private static void ReadSites(CliText text, string[] configs, string? inventory, string? sheet, List<string> problems, Action<SiteProfile> onSite)
    {
        if (inventory is not null)
        {
            InventoryFile.Read(inventory, onSite, problems, text, sheet);
        }

        var configFiles = configs.Length == 0 && inventory is null ? [ConfigFileLoader.DefaultFileName] : configs;
        foreach (var config in configFiles)
        {
            var loaded = ConfigFileLoader.Load(config);
            if (loaded.Success)
            {
                onSite(loaded.Profile);
            }
            else
            {
                problems.AddRange(loaded.Problems.Select(p => configFiles.Length > 1 ? $"[{config}] {p.ToString(text.Language)}" : p.ToString(text.Language)));
            }
        }
    }
}

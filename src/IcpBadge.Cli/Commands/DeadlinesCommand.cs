using System.CommandLine;
using IcpBadge.Cli.Inventory;
using IcpBadge.Cli.Output;
using IcpBadge.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge deadlines [--config FILE]... [--inventory FILE] [--today YYYY-MM-DD] [--format text|json|csv|ics] [--warn-days N]</c>:
/// filing obligations and their states for one or many sites. Exit 1 when anything is overdue, so it gates CI.
/// </summary>
internal static class DeadlinesCommand
{
    public static Command Create(CliConsole console, IClock clock)
    {
        var configs = new Option<string[]>("--config", "-c") { Description = "A site configuration (icpbadge.json); repeatable. Default: icpbadge.json when no --inventory is given.", HelpName = "FILE" };
        var inventory = new Option<string?>("--inventory", "-i") { Description = "An inventory: { \"Sites\": [ <site>, ... ] }, each site in the configuration schema without the IcpBadge wrapper.", HelpName = "FILE" };
        var today = new Option<string?>("--today") { Description = "Evaluate as of this China date instead of today, for reproducible runs.", HelpName = "YYYY-MM-DD" };
        var format = CommonOptions.Format("text", "json", "csv", "ics");
        var warnDays = new Option<int>("--warn-days") { Description = "An open obligation due within this many days is DueSoon (and the calendar reminder fires this many days before).", DefaultValueFactory = _ => 7, HelpName = "N" };
        var basis = new Option<string>("--basis") { Description = "What the 30-day police filing window counts from: launch (default), icp-approval or earliest.", DefaultValueFactory = _ => "launch", HelpName = "launch|icp-approval|earliest" };
        basis.AcceptOnlyFromAmong("launch", "icp-approval", "earliest");
        warnDays.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 365)
            {
                result.AddError("--warn-days must be between 0 and 365.");
            }
        });

        var command = new Command("deadlines", "Show the filing obligations (D1–D10) of one or many sites: due dates, states, days left or late. Exit 1 when anything is overdue.")
        {
            configs, inventory, today, format, warnDays, basis,
        };
        command.SetAction(parseResult =>
        {
            var todayText = parseResult.GetValue(today);
            LocalDate? fixedToday = null;
            if (todayText is not null)
            {
                var parsed = LocalDatePattern.Iso.Parse(todayText);
                if (!parsed.Success)
                {
                    console.WriteError($"--today = '{todayText}': not a date; write it as YYYY-MM-DD.");
                    return ExitCodes.InvalidInput;
                }

                fixedToday = parsed.Value;
            }

            var (sites, problems) = LoadSites(parseResult.GetValue(configs) ?? [], parseResult.GetValue(inventory));
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    console.WriteError(problem);
                }

                console.WriteError($"{problems.Count} problem(s); nothing was evaluated.");
                return ExitCodes.InvalidInput;
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
            // JSON and CSV stream site by site, so a large inventory never holds every obligation at once.
            var anyOverdue = false;
            var evaluated = sites.Select(s =>
            {
                var result = tracker.Evaluate(s.Profile, day);
                anyOverdue |= result.AnyOverdue;
                return result;
            });
            try
            {
                switch (parseResult.GetValue(format))
                {
                    case "json":
                        DeadlinesJsonWriter.Write(console.Out, day, evaluated);
                        break;
                    case "csv":
                        DeadlinesCsvWriter.Write(console.Out, evaluated);
                        break;
                    case "ics":
                        DeadlinesIcsWriter.Write(console.Out, [.. evaluated], options.WarnDays, clock.GetCurrentInstant());
                        break;
                    default:
                        DeadlinesTextWriter.Write(console, day, [.. evaluated]);
                        break;
                }
            }
            catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
            {
                console.WriteError("HolidaysFile: " + exception.Message);
                return ExitCodes.InvalidInput;
            }

            return anyOverdue ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static (List<InventorySite> Sites, List<string> Problems) LoadSites(string[] configs, string? inventory)
    {
        var sites = new List<InventorySite>();
        var problems = new List<string>();
        if (inventory is not null)
        {
            var (fromInventory, inventoryProblems) = InventoryLoader.Load(inventory);
            sites.AddRange(fromInventory);
            problems.AddRange(inventoryProblems);
        }

        var configFiles = configs.Length == 0 && inventory is null ? [ConfigFileLoader.DefaultFileName] : configs;
        foreach (var config in configFiles)
        {
            var loaded = ConfigFileLoader.Load(config);
            if (loaded.Success)
            {
                sites.Add(new InventorySite(Path.GetFullPath(config), null, loaded.Profile));
            }
            else
            {
                problems.AddRange(loaded.Problems.Select(p => configFiles.Length > 1 ? $"[{config}] {p}" : p.ToString()));
            }
        }

        return (sites, problems);
    }
}

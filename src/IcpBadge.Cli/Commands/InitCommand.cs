using System.CommandLine;
using IcpBadge.Audits.Spreadsheets;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Filing;
using IcpBadge.Provinces;
using IcpBadge.Rules;
using NodaTime;
using NodaTime.Text;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge init [--output FILE] [--force] [options]</c>: write a starter <c>icpbadge.json</c>; with
/// <c>--inventory FILE.csv|FILE.xlsx</c>, an empty spreadsheet inventory with every column instead. On a terminal it
/// asks for each value and checks it at once; otherwise it takes the options and fails on anything invalid.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console, IClock clock, CliText text)
    {
        var output = new Option<string>("--output", "-o") { Description = text["Init.Output"], DefaultValueFactory = _ => ConfigFileLoader.DefaultFileName, HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = text["Init.Force"] };
        var province = new Option<string?>("--province") { Description = text["Init.Province"] };
        var icpNumber = new Option<string?>("--icp-number") { Description = text["Init.IcpNumber"] };
        var policeNumber = new Option<string?>("--police-number") { Description = text["Init.PoliceNumber"] };
        var policeApprovedOn = new Option<string?>("--police-approved-on") { Description = text["Init.PoliceApprovedOn"], HelpName = "DATE" };
        var siteName = new Option<string?>("--site-name") { Description = text["Init.SiteName"] };
        var holder = new Option<string?>("--holder") { Description = text["Init.Holder"] };
        var launchedOn = new Option<string?>("--launched-on") { Description = text["Init.LaunchedOn"], HelpName = "DATE" };
        var emblem = new Option<string?>("--emblem") { Description = text["Init.Emblem"], HelpName = "FILE" };
        var noInput = new Option<bool>("--no-input") { Description = text["Init.NoInput"] };
        var inventory = new Option<string?>("--inventory", "-i") { Description = text["Init.Inventory"], HelpName = "FILE" };

        var command = new Command("init", text["Init.Description"])
        {
            output, force, province, icpNumber, policeNumber, policeApprovedOn, siteName, holder, launchedOn, emblem, noInput, inventory,
        };
        command.SetAction(parseResult =>
        {
            var path = Path.GetFullPath(parseResult.GetValue(inventory) ?? parseResult.GetValue(output)!);
            if (File.Exists(path) && !parseResult.GetValue(force))
            {
                console.WriteError(text.Format("Init.Exists", path, parseResult.GetValue(inventory) is null ? "--output" : "--inventory"));
                return ExitCodes.InvalidInput;
            }

            if (parseResult.GetValue(inventory) is not null)
            {
                SpreadsheetInventory.WriteTemplateFile(path);
                console.Out.WriteLine(text.Format("Init.WroteInventory", path));
                return ExitCodes.Success;
            }

            var answers = new InitAnswers(
                parseResult.GetValue(province),
                parseResult.GetValue(icpNumber),
                parseResult.GetValue(policeNumber),
                parseResult.GetValue(policeApprovedOn),
                parseResult.GetValue(siteName),
                parseResult.GetValue(holder),
                parseResult.GetValue(launchedOn) ?? LocalDatePattern.Iso.Format(ChinaTime.Today(clock)),
                parseResult.GetValue(emblem));
            var baseDirectory = Path.GetDirectoryName(path)!;
            if (console.IsInteractive && !parseResult.GetValue(noInput))
            {
                answers = new InitPrompter(console, text, baseDirectory).Ask(answers);
            }

            if (answers.PoliceApprovedOn is not null && answers.PoliceNumber is null)
            {
                console.WriteError(text["Init.ApprovedWithoutNumber"]);
                return ExitCodes.InvalidInput;
            }

            var options = answers.ToOptions();
            var result = SiteProfile.Create(options, IcpBadgeOptions.SectionName, baseDirectory);
            // SiteProfile reports Site:Province too; one line per problem, not two.
            var problems = answers.ProvinceProblems().Concat(result.Problems).DistinctBy(p => p.ToString()).ToList();
            if (problems.Count > 0)
            {
                ProblemWriter.Write(console, problems, text);
                return ExitCodes.InvalidInput;
            }

            try
            {
                Directory.CreateDirectory(baseDirectory);
                using var file = new MemoryStream();
                StarterConfigurationWriter.Write(file, options);
                StaticSites.AtomicFile.Replace(path, file.ToArray());
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.WriteError(text.Format("Init.CannotWrite", path, exception.Message));
                return ExitCodes.InvalidInput;
            }

            console.Out.WriteLine(text.Format("Init.Wrote", path));
            if (answers.PoliceNumberWithoutDate)
            {
                console.WriteError(text["Init.PoliceDateNote"]);
            }

            console.Out.WriteLine(text.Format("Init.Next", Path.GetRelativePath(Directory.GetCurrentDirectory(), path)));
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Filing;
using IcpBadge.Provinces;
using IcpBadge.Rules;
using NodaTime;
using NodaTime.Text;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge init [--output FILE] [--force] [options]</c>: write a starter <c>icpbadge.json</c>. On a terminal it
/// asks for each value and checks it at once; otherwise it takes the options and fails on anything invalid.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console, IClock clock)
    {
        var output = new Option<string>("--output", "-o") { Description = "The file to write.", DefaultValueFactory = _ => ConfigFileLoader.DefaultFileName, HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var province = new Option<string?>("--province") { Description = "Province of the ICP filing (广东, 粤, 44, Guangdong or gd); optional, the ICP number gives it." };
        var icpNumber = new Option<string?>("--icp-number") { Description = "The ICP number the site was filed under, e.g. 京ICP备12345678号-1. Required without a terminal." };
        var policeNumber = new Option<string?>("--police-number") { Description = "The police filing number once approved, e.g. 京公网安备11010502030143号." };
        var siteName = new Option<string?>("--site-name") { Description = "The filed site name (网站名称)." };
        var holder = new Option<string?>("--holder") { Description = "The copyright holder, normally the filed organisation." };
        var launchedOn = new Option<string?>("--launched-on") { Description = "The day the site went live, YYYY-MM-DD (China date). Default: today in China.", HelpName = "DATE" };
        var emblem = new Option<string?>("--emblem") { Description = "The police emblem image file downloaded from the police platform (or an https URL).", HelpName = "FILE" };
        var noInput = new Option<bool>("--no-input") { Description = "Never prompt, even on a terminal." };

        var command = new Command("init", "Write a starter icpbadge.json: asks for each value on a terminal, takes options otherwise.")
        {
            output, force, province, icpNumber, policeNumber, siteName, holder, launchedOn, emblem, noInput,
        };
        command.SetAction(parseResult =>
        {
            var path = Path.GetFullPath(parseResult.GetValue(output)!);
            if (File.Exists(path) && !parseResult.GetValue(force))
            {
                console.WriteError($"--output: {path} already exists; use --force to overwrite it.");
                return ExitCodes.InvalidInput;
            }

            var answers = new InitAnswers(
                parseResult.GetValue(province),
                parseResult.GetValue(icpNumber),
                parseResult.GetValue(policeNumber),
                parseResult.GetValue(siteName),
                parseResult.GetValue(holder),
                parseResult.GetValue(launchedOn) ?? LocalDatePattern.Iso.Format(ChinaTime.Today(clock)),
                parseResult.GetValue(emblem));
            var baseDirectory = Path.GetDirectoryName(path)!;
            if (console.IsInteractive && !parseResult.GetValue(noInput))
            {
                answers = new InitPrompter(console, baseDirectory).Ask(answers);
            }

            var options = answers.ToOptions();
            var result = SiteProfile.Create(options, IcpBadgeOptions.SectionName, baseDirectory);
            // SiteProfile reports Site:Province too; one line per problem, not two.
            var problems = answers.ProvinceProblems().Concat(result.Problems).DistinctBy(p => p.ToString()).ToList();
            if (problems.Count > 0)
            {
                ProblemWriter.Write(console, problems);
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
                console.WriteError($"--output: can't write {path}: {exception.Message}");
                return ExitCodes.InvalidInput;
            }

            console.Out.WriteLine($"Wrote {path}.");
            console.Out.WriteLine($"Next: icp-badge render --config {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}   or   icp-badge inject public/");
            return ExitCodes.Success;
        });
        return command;
    }
}

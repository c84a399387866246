using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Provinces;
using IcpBadge.Rules;

namespace IcpBadge.Cli.Commands;

/// <summary><c>icp-badge rules [PROVINCE] [--format text|json]</c>: what applies in one province, or a table of all 31.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var province = new Argument<string?>("PROVINCE")
        {
            Description = "A province: " + ProvinceCatalog.AcceptedForms + ". Omit it for a table of all 31.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        CommonOptions.RejectUnknownOptions(province);
        var format = CommonOptions.Format("text", "json");
        var command = new Command("rules", "Show what applies in a province: which ICP number the footer shows, copyright, extra police platforms, deadlines.")
        {
            province,
            format,
        };
        command.SetAction(parseResult =>
        {
            var name = parseResult.GetValue(province);
            var json = parseResult.GetValue(format) == "json";
            if (name is null)
            {
                var all = ProvinceCatalog.All.Select(ProvinceRules.For).ToList();
                if (json)
                {
                    WriteJson(console, all);
                }
                else
                {
                    RulesTextWriter.WriteAll(console.CreateAnsiConsole(), all);
                }

                return ExitCodes.Success;
            }

            var lookup = ProvinceCatalog.Lookup(name);
            if (!lookup.Success)
            {
                console.WriteError(lookup.Error);
                return ExitCodes.InvalidInput;
            }

            var rules = ProvinceRules.For(lookup.Province);
            if (json)
            {
                WriteJson(console, [rules]);
            }
            else
            {
                RulesTextWriter.WriteOne(console.CreateAnsiConsole(), rules);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(CliConsole console, IEnumerable<ProvinceRules> rules)
    {
        using var target = OutputStream.Open(console.Out);
        ProvinceRulesJsonWriter.Write(target.Stream, rules);
        target.Complete();
    }
}

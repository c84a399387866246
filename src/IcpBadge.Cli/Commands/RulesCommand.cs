using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Provinces;
using IcpBadge.Rules;

namespace IcpBadge.Cli.Commands;

/// <summary><c>icp-badge rules [PROVINCE] [--format text|json]</c>: what applies in one province, or a table of all 31.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console, CliText text)
    {
        var province = new Argument<string?>("PROVINCE")
        {
            Description = text["Rules.Province"],
            Arity = ArgumentArity.ZeroOrOne,
        };
        CommonOptions.RejectUnknownOptions(province, text);
        var format = CommonOptions.Format(text, "text", "json");
        var command = new Command("rules", text["Rules.Description"])
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
                    RulesTextWriter.WriteAll(console.CreateAnsiConsole(), all, text);
                }

                return ExitCodes.Success;
            }

            var lookup = ProvinceCatalog.Lookup(name);
            if (!lookup.Success)
            {
                console.WriteError(text.Of(lookup.ErrorText!));
                return ExitCodes.InvalidInput;
            }

            var rules = ProvinceRules.For(lookup.Province);
            if (json)
            {
                WriteJson(console, [rules]);
            }
            else
            {
                RulesTextWriter.WriteOne(console.CreateAnsiConsole(), rules, text);
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

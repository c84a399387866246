using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Filing;

namespace IcpBadge.Cli.Commands;

/// <summary><c>icp-badge number TEXT... [--format text|json]</c>: parse and explain filing and licence numbers.</summary>
internal static class NumberCommand
{
    public static Command Create(CliConsole console)
    {
        var texts = new Argument<string[]>("TEXT")
        {
            Description = "One or more numbers, e.g. 京ICP备12345678号-1, 粤公网安备44190002003939号, 粤B2-20190762. Quote numbers that contain spaces.",
            Arity = ArgumentArity.OneOrMore,
        };
        CommonOptions.RejectUnknownOptions(texts);
        var format = CommonOptions.Format("text", "json");
        var command = new Command("number", "Explain ICP filing numbers, licence numbers and police filing numbers: kind, province, canonical form, main number, link.")
        {
            texts,
            format,
        };
        command.SetAction(parseResult =>
        {
            var explanations = parseResult.GetRequiredValue(texts).Select(FilingNumberExplanation.For).ToList();
            if (parseResult.GetValue(format) == "json")
            {
                using var target = OutputStream.Open(console.Out);
                FilingNumberJsonWriter.Write(target.Stream, explanations);
                target.Complete();
            }
            else
            {
                NumberTextWriter.Write(console.CreateAnsiConsole(), explanations);
            }

            var invalid = explanations.Count(e => !e.Valid);
            if (invalid == 0)
            {
                return ExitCodes.Success;
            }

            console.WriteError($"{invalid} of {explanations.Count} input(s) invalid.");
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}

using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Filing;

namespace IcpBadge.Cli.Commands;

/// <summary><c>icp-badge number TEXT... [--format text|json]</c>: parse and explain filing and licence numbers.</summary>
internal static class NumberCommand
{
    public static Command Create(CliConsole console, CliText text)
    {
        var texts = new Argument<string[]>("TEXT")
        {
            Description = text["Number.Text"],
            Arity = ArgumentArity.OneOrMore,
        };
        CommonOptions.RejectUnknownOptions(texts, text);
        var format = CommonOptions.Format(text, "text", "json");
        var command = new Command("number", text["Number.Description"])
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
                NumberTextWriter.Write(console.CreateAnsiConsole(), explanations, text);
            }

            var invalid = explanations.Count(e => !e.Valid);
            if (invalid == 0)
            {
                return ExitCodes.Success;
            }

            console.WriteError(text.Format("Number.InvalidCount", invalid, explanations.Count));
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}

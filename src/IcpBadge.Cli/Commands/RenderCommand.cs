using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Rendering;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary><c>icp-badge render [--config FILE] [--format html|text|markdown|json] [--template NAME|DIR]</c>: print the footer.</summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console, IClock clock, CliText text)
    {
        var config = CommonOptions.Config(text);
        var format = CommonOptions.Format(text, "html", "text", "markdown", "json");
        var template = new Option<string?>("--template", "-t")
        {
            Description = text["Render.Template"],
            HelpName = "NAME|DIR",
        };
        var command = new Command("render", text["Render.Description"])
        {
            config,
            format,
            template,
        };
        command.SetAction(parseResult =>
        {
            var loaded = ConfigFileLoader.Load(parseResult.GetValue(config));
            if (!loaded.Success)
            {
                ProblemWriter.Write(console, loaded.Problems, text);
                return ExitCodes.InvalidInput;
            }

            var formatName = parseResult.GetValue(format)!;
            var defaultTemplate = formatName switch
            {
                "text" => TemplateNames.Text,
                "markdown" => TemplateNames.Markdown,
                _ => TemplateNames.Default,
            };
            if (!TemplateSelection.TryParse(parseResult.GetValue(template), defaultTemplate, out var selection, out var templateError))
            {
                console.WriteError("--template: " + text.Of(templateError));
                return ExitCodes.InvalidInput;
            }

            var renderer = new FooterRenderer(selection.Source, clock);
            try
            {
                var output = renderer.Render(loaded.Profile, selection.Name);
                if (formatName == "json")
                {
                    var model = FooterModelFactory.Create(loaded.Profile, ChinaTime.Today(clock).Year);
                    using var target = OutputStream.Open(console.Out);
                    FooterModelJsonWriter.Write(target.Stream, model, output);
                    target.Complete();
                }
                else
                {
                    console.Out.Write(output.EndsWith('\n') ? output : output + "\n");
                }
            }
            catch (FooterTemplateException exception)
            {
                console.WriteError(text.Of(exception.Text).ReplaceLineEndings(" "));
                return ExitCodes.InvalidInput;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Rendering;
using IcpBadge.StaticSites;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge inject DIR [--config FILE] [--dry-run] [--include GLOB]... [--exclude GLOB]... [--host HOST]</c>: put the footer into
/// every HTML page of a built site.
/// </summary>
internal static class InjectCommand
{
    public static Command Create(CliConsole console, IClock clock, CliText text)
    {
        var directory = new Argument<string>("DIR") { Description = text["Inject.Directory"] };
        var config = CommonOptions.Config(text);
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = text["Inject.DryRun"] };
        var include = new Option<string[]>("--include") { Description = text["Inject.Include"], HelpName = "GLOB", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = text["Inject.Exclude"], HelpName = "GLOB" };
        var template = new Option<string?>("--template", "-t") { Description = text["Inject.Template"], HelpName = "NAME|DIR" };
        var emblem = new Option<string>("--emblem") { Description = text["Inject.Emblem"], DefaultValueFactory = _ => "inline", HelpName = "inline|copy" };
        emblem.AcceptOnlyFromAmong("inline", "copy");
        var host = new Option<string?>("--host") { Description = text["Inject.Host"], HelpName = "HOST" };

        var command = new Command("inject", text["Inject.Description"])
        {
            directory, config, dryRun, include, exclude, template, emblem, host,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            console,
            clock,
            text,
            parseResult.GetRequiredValue(directory),
            parseResult.GetValue(config),
            parseResult.GetValue(dryRun),
            parseResult.GetValue(include) ?? [],
            parseResult.GetValue(exclude) ?? [],
            parseResult.GetValue(template),
            parseResult.GetValue(emblem) == "copy",
            parseResult.GetValue(host),
            cancellationToken)));
        return command;
    }

    private static int Run(
        CliConsole console, IClock clock, CliText text, string directory, string? configPath, bool dryRun, string[] includes, string[] excludes,
        string? templateValue, bool copyEmblem, string? host, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(root))
        {
            console.WriteError(text.Format("Inject.NoDirectory", root));
            return ExitCodes.InvalidInput;
        }

        var loaded = ConfigFileLoader.Load(configPath);
        if (!loaded.Success)
        {
            ProblemWriter.Write(console, loaded.Problems, text);
            return ExitCodes.InvalidInput;
        }

        var profile = loaded.Profile;
        if (copyEmblem && profile.PoliceIcon is { FilePath: null })
        {
            console.WriteError(text["Inject.EmblemIsUrl"]);
            return ExitCodes.InvalidInput;
        }

        if (!TemplateSelection.TryParse(templateValue, TemplateNames.Default, out var selection, out var templateError))
        {
            console.WriteError("--template: " + text.Of(templateError));
            return ExitCodes.InvalidInput;
        }

        SiteInjector injector;
        try
        {
            injector = new SiteInjector(profile, new InjectionOptions
            {
                DryRun = dryRun,
                Include = includes,
                Exclude = excludes,
                Templates = selection.Source,
                TemplateName = selection.Name,
                Emblem = copyEmblem ? EmblemMode.Copy : EmblemMode.Inline,
                Host = host,
                Clock = clock,
            });
        }
        catch (FooterTemplateException exception)
        {
            console.WriteError(text.Of(exception.Text).ReplaceLineEndings(" "));
            return ExitCodes.InvalidInput;
        }

        var summary = InjectProgress.Run(console, text, injector, dryRun, root, cancellationToken);
        InjectReport.Write(console, text, summary);
        return ExitCodes.Success;
    }
}

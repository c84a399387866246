using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Rendering;
using IcpBadge.StaticSites;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge inject DIR [--config FILE] [--dry-run] [--include GLOB]... [--exclude GLOB]...</c>: put the footer into
/// every HTML page of a built site.
/// </summary>
internal static class InjectCommand
{
    public static Command Create(CliConsole console, IClock clock)
    {
        var directory = new Argument<string>("DIR") { Description = "The built site's folder (Hugo public/, Hexo public/, VitePress .vitepress/dist, Jekyll _site, ...)." };
        var config = CommonOptions.Config();
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Show what would change; write nothing." };
        var include = new Option<string[]>("--include") { Description = "Pages to process (glob, repeatable). Default: **/*.html and **/*.htm.", HelpName = "GLOB", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "Pages to leave alone (glob, repeatable), e.g. 404.html or drafts/**.", HelpName = "GLOB" };
        var template = new Option<string?>("--template", "-t") { Description = "A template name (default, compact), a .scriban file, or a folder of .scriban templates.", HelpName = "NAME|DIR" };
        var emblem = new Option<string>("--emblem") { Description = "inline: the emblem file goes into every page as a data: URI (default); copy: it is copied once to _icp-badge/ and linked relatively.", DefaultValueFactory = _ => "inline", HelpName = "inline|copy" };
        emblem.AcceptOnlyFromAmong("inline", "copy");

        var command = new Command("inject", "Put the footer into every HTML page of a built site; rerunning replaces the block it added, so runs are idempotent.")
        {
            directory, config, dryRun, include, exclude, template, emblem,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            console,
            clock,
            parseResult.GetRequiredValue(directory),
            parseResult.GetValue(config),
            parseResult.GetValue(dryRun),
            parseResult.GetValue(include) ?? [],
            parseResult.GetValue(exclude) ?? [],
            parseResult.GetValue(template),
            parseResult.GetValue(emblem) == "copy",
            cancellationToken)));
        return command;
    }

    private static int Run(
        CliConsole console, IClock clock, string directory, string? configPath, bool dryRun, string[] includes, string[] excludes,
        string? templateValue, bool copyEmblem, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(root))
        {
            console.WriteError($"DIR: the site folder {root} does not exist.");
            return ExitCodes.InvalidInput;
        }

        var loaded = ConfigFileLoader.Load(configPath);
        if (!loaded.Success)
        {
            ProblemWriter.Write(console, loaded.Problems);
            return ExitCodes.InvalidInput;
        }

        var profile = loaded.Profile;
        if (copyEmblem && profile.PoliceIcon is { FilePath: null })
        {
            console.WriteError("--emblem copy: Police:Icon is a URL, not a file; there is nothing to copy.");
            return ExitCodes.InvalidInput;
        }

        if (!TemplateSelection.TryParse(templateValue, TemplateNames.Default, out var selection, out var templateError))
        {
            console.WriteError("--template: " + templateError);
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
                Clock = clock,
            });
        }
        catch (FooterTemplateException exception)
        {
            console.WriteError(exception.Message.ReplaceLineEndings(" "));
            return ExitCodes.InvalidInput;
        }

        var summary = InjectProgress.Run(console, injector, dryRun, root, cancellationToken);
        InjectReport.Write(console, summary);
        return ExitCodes.Success;
    }
}

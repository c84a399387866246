using System.CommandLine;
using IcpBadge.Cli.Injection;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Rendering;
using NodaTime;
using Spectre.Console;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge inject DIR [--config FILE] [--dry-run] [--include GLOB]... [--exclude GLOB]...</c>: put the footer into
/// every HTML page of a built site.
/// </summary>
internal static class InjectCommand
{
    /// <summary>Where a copied emblem goes inside the site.</summary>
    public const string AssetFolder = "_icp-badge";

    public static Command Create(CliConsole console, IClock clock, InjectionOptions? testOptions = null)
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
            testOptions,
            cancellationToken)));
        return command;
    }

    private static int Run(
        CliConsole console, IClock clock, string directory, string? configPath, bool dryRun, string[] includes, string[] excludes,
        string? templateValue, bool copyEmblem, InjectionOptions? testOptions, CancellationToken cancellationToken)
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

        if (!TemplateChoice.TryCreate(templateValue, TemplateNames.Default, out var source, out var templateName, out var templateError))
        {
            console.WriteError(templateError);
            return ExitCodes.InvalidInput;
        }

        var renderer = new FooterRenderer(source, clock);
        var baseModel = FooterModelFactory.Create(profile, ChinaTime.Today(clock).Year);
        var emblemName = copyEmblem && profile.PoliceIcon?.FilePath is { } file ? Path.GetFileName(file) : null;
        var blocks = new FooterBlocks((insideFooter, depth) => renderer.RenderUncached(
            baseModel with
            {
                Element = insideFooter ? "div" : "footer",
                IconSource = emblemName is null || baseModel.IconSource is null ? baseModel.IconSource : string.Concat(Enumerable.Repeat("../", depth)) + AssetFolder + "/" + emblemName,
            },
            templateName));
        try
        {
            // Both wrappers, so a broken user template fails here and not halfway through the site.
            blocks.For(System.Text.Encoding.UTF8, false, false, 0);
            blocks.For(System.Text.Encoding.UTF8, false, true, 0);
        }
        catch (FooterTemplateException exception)
        {
            console.WriteError(exception.Message.ReplaceLineEndings(" "));
            return ExitCodes.InvalidInput;
        }

        var walker = new SiteWalker(
            root,
            includes.Length == 0 ? [new GlobPattern("**/*.html"), new GlobPattern("**/*.htm")] : [.. includes.Select(g => new GlobPattern(g))],
            [.. excludes.Select(g => new GlobPattern(g))]);
        var files = walker.Walk().ToList();
        if (!dryRun)
        {
            foreach (var stale in walker.StaleTemporaryFiles)
            {
                File.Delete(stale);
                console.WriteError($"removed {Path.GetRelativePath(root, stale)}, left by an interrupted run");
            }
        }

        var injector = new SiteInjector(blocks, new InjectionOptions { DryRun = dryRun, BeforeRename = testOptions?.BeforeRename, AfterWrite = testOptions?.AfterWrite });
        if (dryRun)
        {
            injector.PageDone += (file, outcome, placement, _) =>
            {
                if (outcome == PageOutcome.Changed)
                {
                    console.Out.WriteLine($"would change  {file.RelativePath}  ({Describe(placement)})");
                }
            };
        }

        var summary = RunWithProgress(console, injector, files, cancellationToken);
        if (emblemName is not null && !dryRun && summary.Changed + summary.Unchanged > 0)
        {
            CopyEmblemOnce(profile, root, emblemName);
        }

        InjectReport.Write(console, summary, dryRun, root);
        return ExitCodes.Success;
    }

    private static InjectionSummary RunWithProgress(CliConsole console, SiteInjector injector, List<(SiteFile File, string? SkipReason)> files, CancellationToken cancellationToken)
    {
        if (!console.IsTerminal || files.Count < 2)
        {
            return injector.Run(files, cancellationToken);
        }

        InjectionSummary? summary = null;
        console.CreateAnsiConsole().Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Injecting footer", maxValue: files.Count);
            injector.PageDone += (_, _, _, _) => task.Increment(1);
            summary = injector.Run(files, cancellationToken);
        });
        return summary!;
    }

    private static void CopyEmblemOnce(SiteProfile profile, string root, string emblemName)
    {
        var source = profile.PoliceIcon!.FilePath!;
        var target = Path.Combine(root, AssetFolder, emblemName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var bytes = File.ReadAllBytes(source);
        if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
        {
            AtomicFile.Replace(target, bytes);
        }
    }

    internal static string Describe(Placement placement) => placement switch
    {
        Placement.ExistingBlock => "replaced the earlier block",
        Placement.Marker => "at the <!-- icp-badge --> marker",
        Placement.Footer => "end of the page's <footer>",
        Placement.Body => "before </body>",
        _ => "end of file",
    };
}

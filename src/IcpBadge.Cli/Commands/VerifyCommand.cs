using System.CommandLine;
using IcpBadge.Cli.Injection;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Verification;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge verify TARGET... [--config FILE] [--format text|json]</c>: read built pages (files and folders) and
/// report, rule by rule, what an inspector would flag. URLs, sitemaps and inventories are not implemented yet;
/// <c>--render</c> inspects the DOM from the machine's headless Chromium (<see cref="VerifyRendering"/>).
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console, IClock clock)
    {
        var targets = new Argument<string[]>("TARGET") { Description = "HTML files and folders (each HTML file in a folder is its own target).", Arity = ArgumentArity.OneOrMore };
        CommonOptions.RejectUnknownOptions(targets);
        var config = new Option<string?>("--config", "-c")
        {
            Description = "The configuration file with the expectations (SPEC §2); without it, rules that need one are skipped.",
            HelpName = "FILE",
        };
        var format = CommonOptions.Format("text", "json");
        var render = VerifyRendering.RenderOption();
        var browser = VerifyRendering.BrowserOption();
        var command = new Command("verify", "Read built pages and report every filing-footer rule they break (exit 0: no errors, 1: errors found, 2: bad input).")
        {
            targets,
            config,
            format,
            render,
            browser,
        };
        command.SetAction(parseResult => Run(console, clock, parseResult.GetRequiredValue(targets), parseResult.GetValue(config), parseResult.GetValue(format)!, parseResult.GetValue(render), parseResult.GetValue(browser)));
        return command;
    }

    private static int Run(CliConsole console, IClock clock, string[] targets, string? configPath, string format, bool render = false, string? browser = null)
    {
        if (!VerifyRendering.TryCreate(console, render, browser, out var renderer))
        {
            return ExitCodes.InvalidInput;
        }

        SiteProfile? profile = null;
        if (configPath is not null)
        {
            var loaded = ConfigFileLoader.Load(configPath);
            if (!loaded.Success)
            {
                ProblemWriter.Write(console, loaded.Problems);
                return ExitCodes.InvalidInput;
            }

            profile = loaded.Profile;
        }

        var pages = new List<(string Target, string Path, bool Home)>();
        foreach (var target in targets)
        {
            if (File.Exists(target))
            {
                pages.Add((target, Path.GetFullPath(target), true));
            }
            else if (Directory.Exists(target))
            {
                var root = Path.GetFullPath(target);
                var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var relative = Path.GetRelativePath(root, file);
                    var home = relative.Equals("index.html", StringComparison.OrdinalIgnoreCase) || relative.Equals("index.htm", StringComparison.OrdinalIgnoreCase);
                    pages.Add((Path.Combine(target, relative), file, home));
                }
            }
            else
            {
                console.WriteError($"the target {target} is neither a file nor a folder (URLs are not supported yet).");
                return ExitCodes.InvalidInput;
            }
        }

        var inspector = new PageInspector(clock);
        var today = ChinaTime.Today(clock);
        var reports = new List<VerifyTargetReport>(pages.Count);
        foreach (var (target, path, home) in pages)
        {
            var finalUrl = new Uri(path).AbsoluteUri;
            string html;
            try
            {
                var bytes = File.ReadAllBytes(path);
                var encoding = PageEncoding.Detect(bytes, out _) ?? System.Text.Encoding.UTF8;
                html = encoding.GetString(bytes);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                var finding = new InspectionFinding("NET001", FindingSeverity.Error, "The file could not be read: " + exception.Message, "无法读取该文件：" + exception.Message, target);
                reports.Add(new VerifyTargetReport(target, finalUrl, "unreachable", home, [finding]));
                continue;
            }

            if (renderer is not null)
            {
                var rendered = VerifyRendering.Render(renderer, path, out var failure);
                if (rendered is null)
                {
                    var finding = new InspectionFinding("NET001", FindingSeverity.Error, "The page could not be rendered: " + failure, "无法渲染该页面：" + failure, target);
                    reports.Add(new VerifyTargetReport(target, finalUrl, "unreachable", home, [finding]));
                    continue;
                }

                html = rendered;
            }

            var findings = inspector.Inspect(html, new PageContext { IsHomePage = home, Profile = profile, Today = today });
            reports.Add(new VerifyTargetReport(target, finalUrl, "ok", home, findings));
        }

        if (format == "json")
        {
            VerifyJsonWriter.Write(console.Out, reports);
        }
        else
        {
            VerifyTextWriter.Write(console.Out, reports);
        }

        return reports.Any(r => r.Findings.Any(f => f.Severity == FindingSeverity.Error)) ? ExitCodes.Findings : ExitCodes.Success;
    }
}

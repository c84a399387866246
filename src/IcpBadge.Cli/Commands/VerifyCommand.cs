using System.CommandLine;
using IcpBadge.Cli.Injection;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Verification;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge verify TARGET... [--config FILE] [--format text|json|sarif|junit]</c> plus the options of
/// <see cref="VerifyExtraOptions"/>: read built pages (files and folders) and report, rule by rule, what an inspector
/// would flag. URL targets are expanded (with their site and host) but fetching them and <c>--render</c> are not
/// implemented in this build: they report NET001.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console, IClock clock)
    {
        var targets = new Argument<string[]>("TARGET") { Description = "HTML files, folders (each HTML file in a folder is its own target) and URLs.", Arity = ArgumentArity.ZeroOrMore };
        CommonOptions.RejectUnknownOptions(targets);
        var config = new Option<string?>("--config", "-c")
        {
            Description = "The configuration file with the expectations (SPEC §2); without it, rules that need one are skipped.",
            HelpName = "FILE",
        };
        var format = CommonOptions.Format("text", "json", "sarif", "junit");
        var extra = new VerifyExtraOptions();
        var command = new Command("verify", "Read built pages and report every filing-footer rule they break (exit 0: no errors, 1: errors found, 2: bad input).")
        {
            targets,
            config,
            format,
        };
        extra.AddTo(command);
        command.SetAction(parseResult => Run(console, clock, parseResult.GetValue(targets) ?? [], parseResult.GetValue(config), parseResult.GetValue(format)!, extra.Read(parseResult)));
        return command;
    }

    private static int Run(CliConsole console, IClock clock, string[] targets, string? configPath, string format, VerifyExtraValues extra)
    {
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

        var expanded = VerifyExtraOptions.Expand(console, targets, profile, extra);
        if (expanded is null)
        {
            return ExitCodes.InvalidInput;
        }

        var pages = expanded;
        var inspector = new PageInspector(clock);
        var today = ChinaTime.Today(clock);
        var reports = VerifyProgress.Run(console, pages, page => Inspect(inspector, today, page));
        if (!VerifyExtraOptions.WriteReport(console, format, extra.Output, reports))
        {
            return ExitCodes.InvalidInput;
        }

        return reports.Any(r => r.Findings.Any(f => f.Severity == FindingSeverity.Error)) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static VerifyTargetReport Inspect(PageInspector inspector, LocalDate today, VerifyTarget page)
    {
        if (page.Path is not { } path)
        {
            var finding = new InspectionFinding("NET001", FindingSeverity.Error, "Fetching URLs is not available in this build.", "此版本不支持抓取网址。", page.Target);
            return new VerifyTargetReport(page.Target, page.Url?.AbsoluteUri ?? page.Target, "unreachable", page.IsHomePage, [finding]);
        }

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
            var finding = new InspectionFinding("NET001", FindingSeverity.Error, "The file could not be read: " + exception.Message, "无法读取该文件：" + exception.Message, page.Target);
            return new VerifyTargetReport(page.Target, finalUrl, "unreachable", page.IsHomePage, [finding]);
        }

        var findings = inspector.Inspect(html, new PageContext { IsHomePage = page.IsHomePage, Profile = page.Profile, Host = page.Host, Today = today });
        return new VerifyTargetReport(page.Target, finalUrl, "ok", page.IsHomePage, findings);
    }
}

using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Verification;
using IcpBadge.Verification.Browser;
using IcpBadge.Verification.Sitemaps;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge verify TARGET... [--config FILE] [--inventory FILE] [--sitemap URL|FILE] [--format text|json|sarif|junit] ...</c>:
/// read built pages or fetch live ones and report, rule by rule, what an inspector would flag. A sitemap given as an
/// http(s) URL is fetched with the same fetcher, limits and User-Agent as the pages; one that cannot be fetched or
/// parsed (or a child sitemap of its index) is bad input: exit 2, no report. With <c>--render</c> every target is
/// loaded in the machine's headless Chromium and the DOM after scripts ran is inspected.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console, IClock clock, CliText text)
    {
        var targets = new Argument<string[]>("TARGET") { Description = text["Verify.Targets"], Arity = ArgumentArity.OneOrMore };
        CommonOptions.RejectUnknownOptions(targets, text);
        var config = new Option<string?>("--config", "-c")
        {
            Description = text["Verify.Config"],
            HelpName = "FILE",
        };
        var format = CommonOptions.Format(text, "text", "json", "sarif", "junit");
        var extra = new VerifyExtraOptions(text);
        var timeout = new Option<double>("--timeout") { Description = text["Verify.Timeout"], HelpName = "SEC", DefaultValueFactory = _ => 20 };
        timeout.Validators.Add(r =>
        {
            // An unparsable value is already a parse error; only a number out of range is reported here.
            if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is not (> 0 and <= 3600))
            {
                r.AddError(text["Verify.TimeoutRange"]);
            }
        });
        var concurrency = new Option<int>("--concurrency") { Description = text["Verify.Concurrency"], HelpName = "N", DefaultValueFactory = _ => 8 };
        concurrency.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is not (>= 1 and <= 256))
            {
                r.AddError(text["Verify.ConcurrencyRange"]);
            }
        });
        var render = VerifyRendering.RenderOption(text);
        var browser = VerifyRendering.BrowserOption(text);
        var command = new Command("verify", text["Verify.Description"])
        {
            targets,
            config,
            format,
            timeout,
            concurrency,
            render,
            browser,
        };
        extra.AddTo(command);
        targets.Arity = ArgumentArity.ZeroOrMore;
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            console,
            clock,
            text,
            parseResult.GetValue(targets) ?? [],
            parseResult.GetValue(config),
            parseResult.GetValue(format)!,
            extra.Read(parseResult),
            new Fetching(TimeSpan.FromSeconds(parseResult.GetValue(timeout)), parseResult.GetValue(concurrency)),
            parseResult.GetValue(render),
            parseResult.GetValue(browser),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, IClock clock, CliText text, string[] targets, string? configPath, string format, VerifyExtraValues extra, Fetching fetching, bool render, string? browser, CancellationToken cancellationToken)
    {
        if (!VerifyRendering.TryFindBrowser(console, text, render, browser, out var browserPath))
        {
            return ExitCodes.InvalidInput;
        }

        SiteProfile? profile = null;
        if (configPath is not null)
        {
            var loaded = ConfigFileLoader.Load(configPath);
            if (!loaded.Success)
            {
                ProblemWriter.Write(console, loaded.Problems, text);
                return ExitCodes.InvalidInput;
            }

            profile = loaded.Profile;
        }

        var pages = VerifyExtraOptions.Expand(console, text, targets, profile, extra, out var shard);
        if (pages is null)
        {
            return ExitCodes.InvalidInput;
        }

        await using var verifier = new SiteVerifier(clock: clock);
        VerificationReport report;
        try
        {
            report = await VerifyProgress.RunAsync(console, text, progress => verifier.VerifyAsync(pages, Options(progress), cancellationToken)).ConfigureAwait(false);
        }
        catch (SitemapException exception)
        {
            // Bad input, like an unreadable --config: the run stops before any page is checked or report written.
            console.WriteError(text.Format("Verify.SitemapFailed", extra.Sitemap, text.Of(exception.Text)));
            return ExitCodes.InvalidInput;
        }
        catch (ChromiumRenderException exception)
        {
            // The browser did not start (its sandbox, a broken install): one line, before any page is reported.
            console.WriteError(text.Format("Verify.RenderFailed", exception.Text is { } failure ? text.Of(failure) : exception.Message));
            return ExitCodes.InvalidInput;
        }

        VerifyExtraOptions.WriteSitemapNotes(console, text, report);
        if (!VerifyExtraOptions.WriteReport(console, text, format, extra.Output, report))
        {
            return ExitCodes.InvalidInput;
        }

        return report.HasErrors ? ExitCodes.Findings : ExitCodes.Success;

        VerificationOptions Options(IProgress<VerificationProgress>? progress) => new()
        {
            Profile = profile,
            AllPages = extra.AllPages,
            Sitemaps = extra.Sitemap is null ? [] : [extra.Sitemap],
            Concurrency = fetching.Concurrency,
            Timeout = fetching.Timeout,
            Render = browserPath is not null,
            BrowserPath = browserPath,
            Shard = shard,
            Progress = progress,

            // The command runs on the operator's machine, where checking a staging site on 127.0.0.1 or the intranet
            // is ordinary; --deny-private turns the guard on (for a run on a shared server or in CI against the internet).
            AllowPrivateNetworks = !extra.DenyPrivate,
        };
    }

    /// <summary>The <c>--timeout</c> and <c>--concurrency</c> values.</summary>
    private sealed record Fetching(TimeSpan Timeout, int Concurrency);
}

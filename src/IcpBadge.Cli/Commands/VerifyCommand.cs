using System.CommandLine;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Html;
using IcpBadge.Verification;
using IcpBadge.Verification.Fetching;
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
    public static Command Create(CliConsole console, IClock clock)
    {
        var targets = new Argument<string[]>("TARGET") { Description = "http(s) URLs, bare domains (example.cn checks https://example.cn/ and https://www.example.cn/), HTML files and folders (each HTML file in a folder is its own target).", Arity = ArgumentArity.OneOrMore };
        CommonOptions.RejectUnknownOptions(targets);
        var config = new Option<string?>("--config", "-c")
        {
            Description = "The configuration file with the expectations (SPEC §2); without it, rules that need one are skipped.",
            HelpName = "FILE",
        };
        var format = CommonOptions.Format("text", "json", "sarif", "junit");
        var extra = new VerifyExtraOptions();
        var timeout = new Option<double>("--timeout") { Description = "Seconds allowed per URL target, redirects and body included (default 20).", HelpName = "SEC", DefaultValueFactory = _ => 20 };
        timeout.Validators.Add(r =>
        {
            // An unparsable value is already a parse error; only a number out of range is reported here.
            if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is not (> 0 and <= 3600))
            {
                r.AddError("--timeout must be more than 0 and at most 3600 seconds.");
            }
        });
        var concurrency = new Option<int>("--concurrency") { Description = "How many URL targets are fetched at once (default 8).", HelpName = "N", DefaultValueFactory = _ => 8 };
        concurrency.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is not (>= 1 and <= 256))
            {
                r.AddError("--concurrency must be between 1 and 256.");
            }
        });
        var render = VerifyRendering.RenderOption();
        var browser = VerifyRendering.BrowserOption();
        var command = new Command("verify", "Read built pages and report every filing-footer rule they break (exit 0: no errors, 1: errors found, 2: bad input).")
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
        CliConsole console, IClock clock, string[] targets, string? configPath, string format, VerifyExtraValues extra, Fetching fetching, bool render, string? browser, CancellationToken cancellationToken)
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

        await using var fetcher = new LazyPageFetcher(new PageFetchOptions { Timeout = fetching.Timeout });
        var pages = await VerifyExtraOptions.ExpandAsync(console, targets, profile, extra, fetcher.Get, cancellationToken).ConfigureAwait(false);
        if (pages is null)
        {
            return ExitCodes.InvalidInput;
        }

        var inspector = new PageInspector(clock);
        var today = ChinaTime.Today(clock);
        var fetched = renderer is null ? await FetchAsync(pages, inspector, today, fetcher, fetching.Concurrency, cancellationToken).ConfigureAwait(false) : [];
        var reports = VerifyProgress.Run(
            console,
            pages,
            page => renderer is not null ? InspectRendered(renderer, inspector, today, page) : page.Url is not null ? fetched[page] : Inspect(inspector, today, page));
        if (!VerifyExtraOptions.WriteReport(console, format, extra.Output, reports))
        {
            return ExitCodes.InvalidInput;
        }

        return reports.Any(r => r.Findings.Any(f => f.Severity == FindingSeverity.Error)) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Fetches and inspects the URL targets, at most <paramref name="concurrency"/> at once.</summary>
    private static async Task<Dictionary<VerifyTarget, VerifyTargetReport>> FetchAsync(
        List<VerifyTarget> pages, PageInspector inspector, LocalDate today, LazyPageFetcher fetcher, int concurrency, CancellationToken cancellationToken)
    {
        var urls = pages.Where(p => p.Url is not null).Distinct().ToList();
        if (urls.Count == 0)
        {
            return [];
        }

        var reports = new System.Collections.Concurrent.ConcurrentDictionary<VerifyTarget, VerifyTargetReport>();
        var verifier = new LivePageVerifier(fetcher.Get(), inspector);
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (page, token) =>
        {
            var context = new PageContext { Profile = page.Profile, Today = today };
            var live = await verifier.VerifyAsync(page.Url!, context, allPages: page.IsHomePage, cancellationToken: token).ConfigureAwait(false);
            reports[page] = new VerifyTargetReport(page.Target, live.FinalUrl.AbsoluteUri, live.Reachable ? "ok" : "unreachable", live.IsHomePage, live.Findings);
        }).ConfigureAwait(false);
        return new Dictionary<VerifyTarget, VerifyTargetReport>(reports);
    }

    private static VerifyTargetReport Inspect(PageInspector inspector, LocalDate today, VerifyTarget page)
    {
        var path = page.Path!;
        var finalUrl = new Uri(path).AbsoluteUri;
        string html;
        try
        {
            html = HtmlCharset.Decode(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var finding = new InspectionFinding("NET001", FindingSeverity.Error, "The file could not be read: " + exception.Message, "无法读取该文件：" + exception.Message, page.Target);
            return new VerifyTargetReport(page.Target, finalUrl, "unreachable", page.IsHomePage, [finding]);
        }

        var findings = inspector.Inspect(html, new PageContext { IsHomePage = page.IsHomePage, Profile = page.Profile, Host = page.Host, Today = today });
        return new VerifyTargetReport(page.Target, finalUrl, "ok", page.IsHomePage, findings);
    }

    /// <summary><c>--render</c>: the DOM after scripts ran, from the machine's headless Chromium, for a file or a URL.</summary>
    private static VerifyTargetReport InspectRendered(Verification.Rendering.ChromiumRenderer renderer, PageInspector inspector, LocalDate today, VerifyTarget page)
    {
        var address = page.Url?.AbsoluteUri ?? page.Path!;
        var finalUrl = new Uri(address).AbsoluteUri;
        var html = VerifyRendering.Render(renderer, address, out var failure);
        if (html is null)
        {
            var finding = new InspectionFinding("NET001", FindingSeverity.Error, "The page could not be rendered: " + failure, "无法渲染该页面：" + failure, page.Target);
            return new VerifyTargetReport(page.Target, finalUrl, "unreachable", page.IsHomePage, [finding]);
        }

        var findings = inspector.Inspect(html, new PageContext { IsHomePage = page.IsHomePage, Profile = page.Profile, Host = page.Host, Today = today });
        return new VerifyTargetReport(page.Target, finalUrl, "ok", page.IsHomePage, findings);
    }

    /// <summary>The <c>--timeout</c> and <c>--concurrency</c> values.</summary>
    private sealed record Fetching(TimeSpan Timeout, int Concurrency);
}

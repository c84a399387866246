using System.CommandLine;
using IcpBadge.Cli.Injection;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Verification;
using IcpBadge.Verification.Fetching;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// <c>icp-badge verify TARGET... [--config FILE] [--format text|json] [--timeout SEC] [--concurrency N]</c>: read built
/// pages (files and folders) or fetch http(s) URLs and bare domains (with the limits of SPEC §7, see
/// <see cref="PageFetcher"/>), and report, rule by rule, what an inspector would flag. Reports keep the input order.
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
        var format = CommonOptions.Format("text", "json");
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
        var command = new Command("verify", "Read built pages and report every filing-footer rule they break (exit 0: no errors, 1: errors found, 2: bad input).")
        {
            targets,
            config,
            format,
            timeout,
            concurrency,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            console,
            clock,
            parseResult.GetRequiredValue(targets),
            parseResult.GetValue(config),
            parseResult.GetValue(format)!,
            new Fetching(TimeSpan.FromSeconds(parseResult.GetValue(timeout)), parseResult.GetValue(concurrency)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, IClock clock, string[] targets, string? configPath, string format, Fetching fetching, CancellationToken cancellationToken)
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

        var pages = new List<(string Target, string Path, bool Home)>();
        var urls = new List<(int Index, Uri Url)>();
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
            else if (UrlTargets.Expand(target) is { Count: > 0 } expanded)
            {
                foreach (var url in expanded)
                {
                    // A placeholder keeps the input order; the fetched report replaces it below.
                    urls.Add((pages.Count, url));
                    pages.Add((url.AbsoluteUri, string.Empty, false));
                }
            }
            else
            {
                console.WriteError($"the target {target} is neither a file, a folder, an http(s) URL nor a domain name.");
                return ExitCodes.InvalidInput;
            }
        }

        var inspector = new PageInspector(clock);
        var today = ChinaTime.Today(clock);
        var reports = new List<VerifyTargetReport>(pages.Count);
        var fetched = await FetchAsync(urls, inspector, new PageContext { Profile = profile, Today = today }, fetching, cancellationToken).ConfigureAwait(false);
        foreach (var (target, path, home) in pages)
        {
            if (path.Length == 0)
            {
                reports.Add(fetched[reports.Count]);
                continue;
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
                var finding = new InspectionFinding("NET001", FindingSeverity.Error, "The file could not be read: " + exception.Message, "无法读取该文件：" + exception.Message, target);
                reports.Add(new VerifyTargetReport(target, finalUrl, "unreachable", home, [finding]));
                continue;
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

    /// <summary>Fetches and inspects the URL targets, at most <see cref="Fetching.Concurrency"/> at once; keyed by input position.</summary>
    private static async Task<Dictionary<int, VerifyTargetReport>> FetchAsync(List<(int Index, Uri Url)> urls, PageInspector inspector, PageContext context, Fetching fetching, CancellationToken cancellationToken)
    {
        var reports = new System.Collections.Concurrent.ConcurrentDictionary<int, VerifyTargetReport>();
        if (urls.Count == 0)
        {
            return [];
        }

        var services = new ServiceCollection();
        services.AddPageFetcher(new PageFetchOptions { Timeout = fetching.Timeout });
        await using var provider = services.BuildServiceProvider();
        var verifier = new LivePageVerifier(provider.GetRequiredService<PageFetcher>(), inspector);
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = fetching.Concurrency, CancellationToken = cancellationToken }, async (item, token) =>
        {
            var live = await verifier.VerifyAsync(item.Url, context, cancellationToken: token).ConfigureAwait(false);
            reports[item.Index] = new VerifyTargetReport(item.Url.AbsoluteUri, live.FinalUrl.AbsoluteUri, live.Reachable ? "ok" : "unreachable", live.IsHomePage, live.Findings);
        }).ConfigureAwait(false);
        return new Dictionary<int, VerifyTargetReport>(reports);
    }

    /// <summary>The <c>--timeout</c> and <c>--concurrency</c> values.</summary>
    private sealed record Fetching(TimeSpan Timeout, int Concurrency);
}

using System.CommandLine;
using System.Text;
using IcpBadge.Cli.Injection;
using IcpBadge.Cli.Inventory;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Verification.Fetching;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// The target-selection and report options of <c>verify</c>: <c>--output FILE</c>, <c>--all-pages</c>,
/// <c>--shard I/N</c>, <c>--inventory FILE</c> and <c>--sitemap URL|FILE</c>, kept apart from <see cref="VerifyCommand"/>.
/// </summary>
internal sealed class VerifyExtraOptions
{
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report to FILE (atomically: a temporary file renamed over it) instead of standard output.", HelpName = "FILE" };
    private readonly Option<bool> _allPages = new("--all-pages") { Description = "Judge every target as a home page (presence rules ICP001, PSB001, PSB009, CPR001, LIC001, TTL001, TTL002 everywhere)." };
    private readonly Option<string?> _shard = new("--shard") { Description = "Take every N-th target starting at I (0-based), e.g. 0/4 … 3/4 in four CI jobs.", HelpName = "I/N" };
    private readonly Option<string?> _inventory = new("--inventory", "-i") { Description = "An inventory ({ \"Sites\": [...] }, as for deadlines): check https://<host>/ of every domain of every site against that site.", HelpName = "FILE" };
    private readonly Option<string?> _sitemap = new("--sitemap")
    {
        Description = "A sitemap (urlset or sitemapindex, gzip allowed) as an http(s) URL or a file: check every page it lists, following an index's child sitemaps (3 levels, 50,000 pages at most).",
        HelpName = "URL|FILE",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_output);
        command.Options.Add(_allPages);
        command.Options.Add(_shard);
        command.Options.Add(_inventory);
        command.Options.Add(_sitemap);
    }

    public VerifyExtraValues Read(ParseResult parseResult) => new(
        parseResult.GetValue(_output), parseResult.GetValue(_allPages), parseResult.GetValue(_shard), parseResult.GetValue(_inventory), parseResult.GetValue(_sitemap));

    /// <summary>
    /// Every target of the run, sharded and with <c>--all-pages</c> applied; null after writing the problems. A remote
    /// <c>--sitemap</c> (or a remote child of a local index) is fetched with <paramref name="fetcher"/>.
    /// </summary>
    public static async Task<List<VerifyTarget>?> ExpandAsync(
        CliConsole console, string[] arguments, SiteProfile? profile, VerifyExtraValues extra, Func<PageFetcher> fetcher, CancellationToken cancellationToken)
    {
        VerifyShard? shard = null;
        if (extra.Shard is not null)
        {
            shard = VerifyShard.Parse(extra.Shard, out var shardProblem);
            if (shard is null)
            {
                console.WriteError(shardProblem!);
                return null;
            }
        }

        if (arguments.Length == 0 && extra.Inventory is null && extra.Sitemap is null)
        {
            console.WriteError("give at least one TARGET, --inventory FILE or --sitemap URL|FILE.");
            return null;
        }

        var targets = new List<VerifyTarget>();
        if (!VerifyTargets.TryFromArguments(arguments, profile, targets, out var problem))
        {
            console.WriteError(problem!);
            return null;
        }

        if (extra.Inventory is not null)
        {
            var (sites, problems) = InventoryFile.Load(extra.Inventory);
            if (problems.Count > 0)
            {
                foreach (var line in problems)
                {
                    console.WriteError(line);
                }

                return null;
            }

            foreach (var site in VerifyTargets.FromInventory(sites, targets))
            {
                console.WriteError($"note: {site} of {extra.Inventory} has no Site:Domains, so no home page to check.");
            }
        }

        if (extra.Sitemap is not null)
        {
            try
            {
                var sitemap = await SitemapLoader.LoadAsync(extra.Sitemap, fetcher, cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var note in sitemap.Notes)
                {
                    console.WriteError($"note: --sitemap = '{extra.Sitemap}': {note}");
                }

                if (sitemap.Pages.Count == 0)
                {
                    console.WriteError($"note: --sitemap = '{extra.Sitemap}' lists no pages.");
                }

                VerifyTargets.FromSitemap(sitemap.Pages, profile, targets);
            }
            catch (SitemapException exception)
            {
                // Bad input, like an unreadable --config: the run stops before any page is checked or report written.
                console.WriteError($"--sitemap = '{extra.Sitemap}': {exception.Message}");
                return null;
            }
        }

        var selected = VerifyTargets.Shard(targets, shard);
        return extra.AllPages ? VerifyTargets.AllHome(selected) : selected;
    }

    /// <summary>Writes the report in <paramref name="format"/> to standard output, or atomically to <paramref name="output"/>.</summary>
    public static bool WriteReport(CliConsole console, string format, string? output, IReadOnlyList<VerifyTargetReport> reports)
    {
        if (output is null)
        {
            Write(console.Out, format, reports);
            return true;
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(text, format, reports);
        try
        {
            var full = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.Replace(full, new UTF8Encoding(false).GetBytes(text.ToString()));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            console.WriteError($"--output = '{output}': the report could not be written: {exception.Message}");
            return false;
        }
    }

    private static void Write(TextWriter writer, string format, IReadOnlyList<VerifyTargetReport> reports)
    {
        switch (format)
        {
            case "json":
                VerifyJsonWriter.Write(writer, reports);
                break;
            case "sarif":
                VerifySarifWriter.Write(writer, reports);
                break;
            case "junit":
                VerifyJUnitWriter.Write(writer, reports);
                break;
            default:
                VerifyTextWriter.Write(writer, reports);
                break;
        }
    }
}

using System.CommandLine;
using System.Text;
using IcpBadge.StaticSites;
using IcpBadge.Cli.Inventory;
using IcpBadge.Cli.Output;
using IcpBadge.Configuration;
using IcpBadge.Localization;
using IcpBadge.Verification;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// The target-selection and report options of <c>verify</c>: <c>--output FILE</c>, <c>--all-pages</c>,
/// <c>--shard I/N</c>, <c>--inventory FILE</c>, <c>--sitemap URL|FILE</c> and <c>--deny-private</c>, kept apart from <see cref="VerifyCommand"/>.
/// </summary>
internal sealed class VerifyExtraOptions(CliText text)
{
    private readonly Option<string?> _output = new("--output", "-o") { Description = text["Verify.Output"], HelpName = "FILE" };
    private readonly Option<bool> _allPages = new("--all-pages") { Description = text["Verify.AllPages"] };
    private readonly Option<string?> _shard = new("--shard") { Description = text["Verify.Shard"], HelpName = "I/N" };
    private readonly Option<string?> _inventory = new("--inventory", "-i") { Description = text["Verify.Inventory"], HelpName = "FILE" };
    private readonly Option<string?> _sitemap = new("--sitemap") { Description = text["Verify.Sitemap"], HelpName = "URL|FILE" };
    private readonly Option<bool> _denyPrivate = new("--deny-private") { Description = text["Verify.DenyPrivate"] };

    public void AddTo(Command command)
    {
        command.Options.Add(_output);
        command.Options.Add(_allPages);
        command.Options.Add(_shard);
        command.Options.Add(_inventory);
        command.Options.Add(_sitemap);
        command.Options.Add(_denyPrivate);
    }

    public VerifyExtraValues Read(ParseResult parseResult) => new(
        parseResult.GetValue(_output), parseResult.GetValue(_allPages), parseResult.GetValue(_shard), parseResult.GetValue(_inventory), parseResult.GetValue(_sitemap), parseResult.GetValue(_denyPrivate));

    /// <summary>
    /// The targets given as TARGET arguments and by <c>--inventory</c>, and the parsed <c>--shard</c>; null after
    /// writing the problem. <c>--sitemap</c>, sharding and <c>--all-pages</c> are applied by the verifier.
    /// </summary>
    public static List<VerificationTarget>? Expand(CliConsole console, CliText text, string[] arguments, SiteProfile? profile, VerifyExtraValues extra, out VerificationShard? shard)
    {
        shard = null;
        if (extra.Shard is not null)
        {
            shard = VerificationShard.Parse(extra.Shard, out var shardProblem);
            if (shard is null)
            {
                // In English until verify takes --lang.
                console.WriteError(text.Of(shardProblem!));
                return null;
            }
        }

        if (arguments.Length == 0 && extra.Inventory is null && extra.Sitemap is null)
        {
            console.WriteError(text["Verify.NoTargets"]);
            return null;
        }

        var targets = new List<VerificationTarget>();
        try
        {
            targets.AddRange(VerificationTarget.Expand(arguments, profile));
        }
        catch (InvalidTargetException exception)
        {
            console.WriteError(text.Of(exception.Text));
            return null;
        }

        if (extra.Inventory is not null)
        {
            var (sites, problems) = InventoryFile.Load(extra.Inventory, text);
            if (problems.Count > 0)
            {
                foreach (var line in problems)
                {
                    console.WriteError(line);
                }

                return null;
            }

            targets.AddRange(VerificationTarget.FromInventory(sites));
            for (var index = 0; index < sites.Count; index++)
            {
                if (sites[index].Domains.Count == 0)
                {
                    var name = sites[index].Name is { } siteName ? text.Format("Verify.NamedSite", index, siteName) : text.Format("Verify.Site", index);
                    console.WriteError(text.Format("Verify.NoDomains", name, extra.Inventory));
                }
            }
        }

        return targets;
    }

    /// <summary>The <c>note:</c> lines of <c>--sitemap</c>: sitemaps listed twice, entries skipped, no pages at all.</summary>
    public static void WriteSitemapNotes(CliConsole console, CliText text, VerificationReport report)
    {
        foreach (var sitemap in report.Sitemaps)
        {
            foreach (var note in sitemap.Notes)
            {
                console.WriteError(text.Format("Verify.SitemapNote", sitemap.Location, text.Of(note)));
            }

            if (sitemap.Pages.Count == 0)
            {
                console.WriteError(text.Format("Verify.SitemapEmpty", sitemap.Location));
            }
        }
    }

    /// <summary>Writes the report in <paramref name="format"/> to standard output, or atomically to <paramref name="output"/>.</summary>
    public static bool WriteReport(CliConsole console, CliText text, string format, string? output, VerificationReport report) =>
        WriteReport(console, text, output, writer => Write(writer, format, report, text.Language));

    /// <summary>Writes what <paramref name="write"/> produces to standard output, or atomically to <paramref name="output"/>; false (one line said) when it cannot.</summary>
    public static bool WriteReport(CliConsole console, CliText text, string? output, Action<TextWriter> write)
    {
        if (output is null)
        {
            write(console.Out);
            return true;
        }

        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(buffer);
        try
        {
            var full = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.Replace(full, new UTF8Encoding(false).GetBytes(buffer.ToString()));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            console.WriteError(text.Format("Verify.OutputFailed", output, exception.Message));
            return false;
        }
    }

    /// <summary>Text goes to the writer as text; JSON, SARIF and JUnit are UTF-8 bytes, straight onto stdout's stream when it has one.</summary>
    private static void Write(TextWriter writer, string format, VerificationReport report, Language language)
    {
        if (format is not ("json" or "sarif" or "junit"))
        {
            // Until verify takes --lang, the text report stays in English, as the rest of the command's output.
            report.WriteText(writer, language);
            return;
        }

        using var output = OutputStream.Open(writer);
        switch (format)
        {
            case "json":
                report.WriteJson(output.Stream);
                break;
            case "sarif":
                report.WriteSarif(output.Stream);
                break;
            default:
                report.WriteJUnit(output.Stream);
                break;
        }

        output.Complete(appendNewLine: false);
    }
}

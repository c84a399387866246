using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IcpBadge.Localization;
using IcpBadge.Rendering;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IcpBadge.StaticSites.Tasks;

/// <summary>
/// Puts the footer into the HTML static web assets of a publish (<c>&lt;IcpBadgeInject&gt;true&lt;/IcpBadgeInject&gt;</c>):
/// each page that changes is written to <see cref="OutputPath"/> and returned as a candidate that replaces the original
/// asset, so the SDK then compresses, fingerprints, lists in the service-worker manifest and describes in the endpoint
/// manifests the injected bytes. The pages themselves (in <c>wwwroot/</c>) are never touched.
/// </summary>
public sealed class InjectIcpBadgeFooter : Microsoft.Build.Utilities.Task
{
    /// <summary>The HTML static web assets of the publish (their identity is the file, with the assets' metadata).</summary>
    [Required]
    public ITaskItem[] HtmlFiles { get; set; } = [];

    /// <summary>The configuration file: <c>icpbadge.json</c> with an <c>IcpBadge</c> section.</summary>
    [Required]
    public string ConfigFile { get; set; } = string.Empty;

    /// <summary>The folder the injected pages are written to (under <c>obj/</c>).</summary>
    [Required]
    public string OutputPath { get; set; } = string.Empty;

    /// <summary>A built-in template name (<c>default</c>, <c>compact</c>…); the default template when empty.</summary>
    public string? Template { get; set; }

    /// <summary>The host the site is served on, for a domain with its own number; the site's number when empty.</summary>
    public string? Host { get; set; }

    /// <summary>The injected pages, with the metadata of the assets they replace.</summary>
    [Output]
    public ITaskItem[] HtmlCandidates { get; set; } = [];

    /// <summary>The assets the candidates replace.</summary>
    [Output]
    public ITaskItem[] HtmlFilesToRemove { get; set; } = [];

    /// <summary>The files written, for incremental clean.</summary>
    [Output]
    public string[] FileWrites { get; set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var language = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Zh : Language.En;
        var profile = Tasks.ConfigFile.Load(ConfigFile, language, out var problems);
        if (profile is null)
        {
            foreach (var problem in problems)
            {
                Log.LogError(null, "ICPBADGE001", null, ConfigFile, 0, 0, 0, 0, "{0}", problem);
            }

            return false;
        }

        SiteInjector injector;
        try
        {
            injector = new SiteInjector(profile, new InjectionOptions
            {
                TemplateName = string.IsNullOrWhiteSpace(Template) ? TemplateNames.Default : Template.Trim(),
                Host = string.IsNullOrWhiteSpace(Host) ? null : Host.Trim(),
            });
        }
        catch (FooterTemplateException exception)
        {
            Log.LogError(null, "ICPBADGE002", null, ConfigFile, 0, 0, 0, 0, "{0}", exception.Text.In(language));
            return false;
        }

        var candidates = new List<ITaskItem>();
        var removed = new List<ITaskItem>();
        var writes = new List<string>();
        foreach (var item in HtmlFiles)
        {
            var relative = item.GetMetadata("RelativePath") is { Length: > 0 } r ? r : Path.GetFileName(item.ItemSpec);
            var injected = injector.InjectPage(File.ReadAllBytes(item.ItemSpec), relative);
            var page = injected.Result;
            if (page.Warning is { } warning)
            {
                Log.LogWarning(null, "ICPBADGE005", null, item.ItemSpec, 0, 0, 0, 0, "{0}", "IcpBadgeInject: " + warning.In(language));
            }

            switch (page.Outcome)
            {
                case PageOutcome.Changed:
                    var output = OutputFile(item.ItemSpec, relative);
                    WriteIfChanged(output, injected.Content);
                    writes.Add(output);
                    var candidate = new TaskItem(output, item.CloneCustomMetadata());
                    candidate.RemoveMetadata("OriginalItemSpec");
                    candidates.Add(candidate);
                    removed.Add(item);
                    Log.LogMessage(MessageImportance.Normal, "IcpBadge: {0} -> {1} ({2})", item.ItemSpec, output, page.Placement);
                    break;
                case PageOutcome.Unchanged:
                    Log.LogMessage(MessageImportance.Low, "IcpBadge: {0} already carries the current footer", item.ItemSpec);
                    break;
                default:
                    Log.LogWarning(null, "ICPBADGE003", null, item.ItemSpec, 0, 0, 0, 0, "{0}",
                        StaticSitesText.Format("Build.PageSkipped", page.Reason?.In(language) ?? string.Empty).In(language));
                    break;
            }
        }

        HtmlCandidates = [.. candidates];
        HtmlFilesToRemove = [.. removed];
        FileWrites = [.. writes];
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// The page's place under <see cref="OutputPath"/>: its relative path when that is a plain path, else a name made
    /// from a hash of the source (a relative path with a fingerprint pattern or "..").
    /// </summary>
    private string OutputFile(string source, string relative)
    {
        var plain = !relative.Contains('#', StringComparison.Ordinal) && !relative.Split('/', '\\').Contains("..") && !Path.IsPathRooted(relative);
        var name = plain
            ? relative.Replace('\\', '/')
            : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..16] + Path.GetExtension(source);
        return Path.GetFullPath(Path.Combine(OutputPath, name));
    }

    /// <summary>Writes only when the bytes differ, so an unchanged page keeps its time stamp and the SDK's incremental steps stay quiet.</summary>
    private static void WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Replace(path, content);
    }
}

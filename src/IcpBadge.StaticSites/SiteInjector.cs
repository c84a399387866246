using System.Text;
using IcpBadge.Configuration;
using IcpBadge.Localization;
using IcpBadge.Rendering;

namespace IcpBadge.StaticSites;

/// <summary>
/// Puts the footer of one site into every HTML page of its built static site (Hugo <c>public/</c>, Hexo
/// <c>public/</c>, VitePress <c>.vitepress/dist</c>, Jekyll <c>_site</c>…), writing exactly the bytes
/// <c>icp-badge inject</c> writes: only the block between <c>&lt;!-- icp-badge:begin --&gt;</c> and
/// <c>&lt;!-- icp-badge:end --&gt;</c> changes, in the page's own encoding and line endings, one atomic write per
/// changed page. Rerunning replaces the block it added, so runs are idempotent. A page's precompressed copies
/// (<c>page.html.gz</c>, <c>page.html.br</c>) are rewritten from its new bytes, before the page, whenever they don't
/// hold exactly the page (a rerun repairs those an interrupted run left); <c>.zst</c> copies are reported as stale.
/// For a host that shows no footer (<see cref="InjectionOptions.Host"/> outside <c>Site:Domains</c> with
/// <c>Site:UnlistedHosts: Hide</c>), a page's earlier block is taken out instead (the <c>&lt;!-- icp-badge --&gt;</c>
/// marker stays in its place, with its copies rewritten the same way), and pages without one are skipped.
/// </summary>
/// <remarks>
/// The block goes, in order of preference: over the block of an earlier run, over a <c>&lt;!-- icp-badge --&gt;</c>
/// marker, at the end of the page's first <c>&lt;footer&gt;</c> (as a <c>div</c>), before <c>&lt;/body&gt;</c>, or at
/// the end of the file. Pages are processed in parallel (one at a time in a dry run). An instance holds no state
/// between runs and may run several sites.
/// </remarks>
/// <example>
/// <code>
/// var profile = SiteProfile.Create(options).Profile;
/// var injector = new SiteInjector(profile, new InjectionOptions { Exclude = ["404.html"] });
/// InjectionSummary summary = injector.Run("public");
/// Console.WriteLine($"{summary.Changed} changed, {summary.Unchanged} unchanged, {summary.Skipped.Count} skipped");
/// </code>
/// </example>
public sealed class SiteInjector
{
    private readonly InjectionOptions _options;
    private readonly EmblemAsset? _emblem;
    private readonly FooterBlocks _blocks;
    private readonly LocalizedText? _hiddenOnHost;
    private readonly PageWriter _writer;
    private readonly GlobPattern[] _include;
    private readonly GlobPattern[] _exclude;

    /// <summary>Prepares the footer of <paramref name="profile"/>, rendering it once to catch a broken template early.</summary>
    /// <param name="profile">The validated site whose footer goes into the pages.</param>
    /// <param name="options">How to run; null for the defaults of <c>icp-badge inject</c>.</param>
    /// <exception cref="ArgumentException">
    /// <see cref="EmblemMode.Copy"/> with an emblem that is a URL, not a file; or an empty include or exclude glob.
    /// </exception>
    /// <exception cref="FooterTemplateException">The template is missing or fails to render.</exception>
    public SiteInjector(SiteProfile profile, InjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _options = options ?? new InjectionOptions();
        if (_options.Emblem == EmblemMode.Copy && profile.PoliceIcon is { FilePath: null })
        {
            throw new ArgumentException("EmblemMode.Copy: Police:Icon is a URL, not a file; there is nothing to copy.", nameof(options));
        }

        _emblem = _options.Emblem == EmblemMode.Copy && profile.PoliceIcon?.FilePath is { } file ? new EmblemAsset(file) : null;
        _hiddenOnHost = profile.ShowsFooterOn(_options.Host)
            ? null
            : StaticSitesText.Format("Page.HostHidden", _options.Host, string.Join(", ", profile.Domains.Select(d => d.Host)));
        _blocks = new FooterBlocks(Renderer(profile, _options, _emblem));

        // Both wrappers, so a broken user template fails here and not halfway through the site.
        _blocks.For(Encoding.UTF8, false, false, 0);
        _blocks.For(Encoding.UTF8, false, true, 0);
        _writer = new PageWriter(_blocks, _options);
        _include = [.. (_options.Include.Count == 0 ? InjectionOptions.DefaultInclude : _options.Include).Select(g => new GlobPattern(g))];
        _exclude = [.. _options.Exclude.Select(g => new GlobPattern(g))];
    }

    /// <summary>Injects the footer into every selected page under <paramref name="directory"/>.</summary>
    /// <param name="directory">The built site's folder.</param>
    /// <param name="progress">Told about each page right after it is done, on the thread that did it (in walk order in a dry run).</param>
    /// <param name="cancellationToken">Stops starting new pages; a page being written is finished or left as it was.</param>
    /// <returns>What changed, what didn't, and every page skipped or failed with its reason.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public InjectionSummary Run(string directory, IProgress<InjectionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The site folder {root} does not exist.");
        }

        var walker = new SiteWalker(root, _include, _exclude);
        var files = walker.Walk().ToList();
        IReadOnlyList<string> removed = _options.DryRun ? [] : RemoveStaleTemporaryFiles(root, walker.StaleTemporaryFiles);
        var tally = new InjectionTally();
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = _options.DryRun ? 1 : Environment.ProcessorCount,
        };
        Parallel.ForEach(files, parallel, entry =>
        {
            var work = entry.SkipReason is null
                ? _writer.Process(entry.File, _hiddenOnHost)
                : PageWork.Of(new PageResult(entry.File.RelativePath, PageOutcome.Skipped, Placement.EndOfFile, entry.SkipReason));
            var completed = tally.Add(work);
            progress?.Report(new InjectionProgress(work.Page, completed, files.Count));
        });

        var summary = tally.ToSummary(root, _options.DryRun, removed);
        if (_emblem is not null && !_options.DryRun && summary.Changed + summary.Unchanged > 0)
        {
            _emblem.CopyInto(root);
        }

        return summary;
    }

    /// <summary>
    /// Puts the footer into one page held in memory, as <see cref="Run"/> does for a file of the site: the same block at
    /// the same place, in the page's own encoding and line endings. Nothing is read or written (no precompressed copies,
    /// no emblem copy): what the build integration uses on the pages of a publish, and what a tool that holds pages in
    /// memory can use.
    /// </summary>
    /// <param name="page">The page's bytes, as on disk.</param>
    /// <param name="relativePath">The page's path inside the site, with '/' (or '\') separators, e.g. <c>docs/index.html</c>; its folder depth places a copied emblem.</param>
    /// <returns>
    /// The outcome (<see cref="PageOutcome.Changed"/>, <see cref="PageOutcome.Unchanged"/> or <see cref="PageOutcome.Skipped"/>
    /// with its reason) and the page's bytes afterwards: the new bytes when it changed, else <paramref name="page"/> itself.
    /// </returns>
    public InjectedPage InjectPage(byte[] page, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        var path = relativePath.Replace('\\', '/').TrimStart('/');
        if (_hiddenOnHost is not null)
        {
            return PageInjector.Remove(page) is { } removed
                ? new InjectedPage(new PageResult(path, PageOutcome.Changed, Placement.RemovedBlock, null), removed)
                : new InjectedPage(new PageResult(path, PageOutcome.Skipped, Placement.EndOfFile, _hiddenOnHost), page);
        }

        var depth = path.Count(c => c == '/');
        var updated = PageInjector.Inject(page, _blocks, depth, out var placement, out var problem, out var warning);
        var outcome = updated is not null ? PageOutcome.Changed : problem is null ? PageOutcome.Unchanged : PageOutcome.Skipped;
        return new InjectedPage(new PageResult(path, outcome, placement, problem) { Warning = warning }, updated ?? page);
    }

    /// <summary>Renders the footer HTML: (inside a page's footer element, folder depth) → HTML.</summary>
    private static Func<bool, int, string> Renderer(SiteProfile profile, InjectionOptions options, EmblemAsset? emblem)
    {
        var renderer = new FooterRenderer(options.Templates, options.Clock);
        var baseModel = FooterModelFactory.Create(profile, ChinaTime.Today(options.Clock).Year, options.Host);
        return (insideFooter, depth) => renderer.RenderUncached(
            baseModel with
            {
                Element = insideFooter ? "div" : "footer",
                IconSource = emblem is null || baseModel.IconSource is null ? baseModel.IconSource : emblem.SourceFor(depth),
            },
            options.TemplateName);
    }

    private static string[] RemoveStaleTemporaryFiles(string root, IReadOnlyList<string> stale)
    {
        foreach (var path in stale)
        {
            File.Delete(path);
        }

        return [.. stale.Select(path => Path.GetRelativePath(root, path))];
    }
}

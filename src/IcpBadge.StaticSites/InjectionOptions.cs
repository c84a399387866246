using IcpBadge.Rendering;
using NodaTime;

namespace IcpBadge.StaticSites;

/// <summary>How <see cref="SiteInjector"/> runs; every default is what <c>icp-badge inject DIR</c> does.</summary>
public sealed class InjectionOptions
{
    /// <summary>The globs of the pages a run processes when <see cref="Include"/> is empty.</summary>
    public static IReadOnlyList<string> DefaultInclude { get; } = ["**/*.html", "**/*.htm"];

    /// <summary>Work out every change but write nothing (no page, no emblem, no removal of stale temporary files).</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Pages to process, as globs relative to the site folder (<c>*</c> within a folder name, <c>?</c> one character,
    /// <c>**</c> any number of folders; case-sensitive, '/' separators). Empty: <see cref="DefaultInclude"/>.
    /// </summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Pages to leave alone, as globs like <see cref="Include"/>'s, e.g. <c>404.html</c> or <c>drafts/**</c>.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Where templates come from: the built-in ones unless set (e.g. a <see cref="DirectoryTemplateSource"/>).</summary>
    public ITemplateSource Templates { get; init; } = EmbeddedTemplateSource.Instance;

    /// <summary>The template the footer is rendered with (<see cref="TemplateNames.Default"/> unless set).</summary>
    public string TemplateName { get; init; } = TemplateNames.Default;

    /// <summary>Whether the emblem is inlined into every page or copied once into the site.</summary>
    public EmblemMode Emblem { get; init; } = EmblemMode.Inline;

    /// <summary>
    /// The host the site is served on, e.g. <c>example.cn</c>: the footer shows that domain's own ICP number when
    /// <c>Site:Domains</c> gives it one (<see cref="IcpBadge.Configuration.SiteProfile.FooterIcpNumberFor"/>). With
    /// <c>Site:UnlistedHosts</c> set to <c>Hide</c> and a host outside <c>Site:Domains</c> (the overseas copy of a
    /// site), no page gets a footer: a block an earlier run put into a page is taken out (the page counts as changed, its
    /// <c>.gz</c>/<c>.br</c> copies are rewritten), and every other page is skipped, saying why. Null for the site's number.
    /// </summary>
    public string? Host { get; init; }

    /// <summary>The clock the copyright year comes from (China time); the system clock unless set.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Test hook: runs after a temporary file (of a page or a precompressed copy) is written, before it replaces the file.</summary>
    internal Action<string>? BeforeRename { get; init; }

    /// <summary>Test hook: runs after a page (or one of its precompressed copies) was replaced.</summary>
    internal Action<string>? AfterWrite { get; init; }

    /// <summary>
    /// Test hook, the file-system seam for write failures: given the path being replaced and the stream of its temporary
    /// file, returns the stream the new bytes are written through — one that throws like a full disk or a failing
    /// device, say.
    /// </summary>
    internal Func<string, Stream, Stream>? WrapTemporary { get; init; }
}

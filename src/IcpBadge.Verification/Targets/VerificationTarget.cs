using IcpBadge.Configuration;

namespace IcpBadge.Verification;

/// <summary>
/// One page the verifier judges: what the user named (a file, a URL), where to read it (a local path or a URL),
/// whether it is a home page, and the expectations it is judged against (a site profile and the host it is served on).
/// </summary>
/// <example>
/// <code>
/// var targets = VerificationTarget.Expand(["public", "example.cn"], profile);  // every HTML file, then two home pages
/// var perSite = VerificationTarget.FromInventory(profiles);                  // https://&lt;host&gt;/ of every domain
/// </code>
/// </example>
public sealed record VerificationTarget
{
    private VerificationTarget(string name, string? path, Uri? url, bool isHomePage, SiteProfile? profile, string? host)
    {
        Name = name;
        Path = path;
        Url = url;
        IsHomePage = isHomePage;
        Profile = profile;
        Host = host;
    }

    /// <summary>The target as reported: a path as given (relative to the working folder, or absolute), or a URL.</summary>
    public string Name { get; }

    /// <summary>The full path of a local file; null for a URL.</summary>
    public string? Path { get; }

    /// <summary>The URL to fetch; null for a local file.</summary>
    public Uri? Url { get; }

    /// <summary>Whether presence rules judge it (home pages, or every page with <see cref="VerificationOptions.AllPages"/>).</summary>
    public bool IsHomePage { get; init; }

    /// <summary>The configuration it is judged against; null to skip the rules that need one.</summary>
    public SiteProfile? Profile { get; init; }

    /// <summary>The host it is served on (for a domain with its own ICP number); null for a local file.</summary>
    public string? Host { get; init; }

    /// <summary>
    /// A local HTML file, a home page unless <paramref name="isHomePage"/> says otherwise (a file given
    /// explicitly is a home page).
    /// </summary>
    /// <param name="path">The file, relative to the working folder or absolute; reported as given.</param>
    /// <param name="profile">The configuration it is judged against, or null.</param>
    /// <param name="isHomePage">Whether presence rules judge it.</param>
    public static VerificationTarget ForFile(string path, SiteProfile? profile = null, bool isHomePage = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new VerificationTarget(path, System.IO.Path.GetFullPath(path), null, isHomePage, profile, null);
    }

    /// <summary>
    /// An http(s) URL, a home page when its path is one (<see cref="IsHomeUrl"/>), judged for the URL's host.
    /// </summary>
    /// <param name="url">The absolute http or https URL.</param>
    /// <param name="profile">The configuration it is judged against, or null.</param>
    /// <param name="name">How it is reported; the URL (<see cref="Uri.AbsoluteUri"/>) when null.</param>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http or https URL.</exception>
    public static VerificationTarget ForUrl(Uri url, SiteProfile? profile = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!WebUrl.IsHttp(url))
        {
            throw new ArgumentException($"{url} is not an absolute http or https URL.", nameof(url));
        }

        return new VerificationTarget(name ?? url.AbsoluteUri, null, url, IsHomeUrl(url), profile, url.IdnHost);
    }

    /// <summary>
    /// The one home-page rule for URLs: the path is <c>/</c>, <c>/index.html</c> or <c>/index.htm</c>
    /// (case-insensitive; the query is ignored). An empty path counts as <c>/</c>, which it is for http URLs.
    /// </summary>
    public static bool IsHomeUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.AbsolutePath;
        return path is "/" or ""
            || path.Equals("/index.html", StringComparison.OrdinalIgnoreCase)
            || path.Equals("/index.htm", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// What <c>icp-badge verify</c> accepts as TARGET arguments, in order: an explicit file is a home page; a folder
    /// gives each of its HTML files (ordinal order of their paths), its top-level <c>index.html</c>/<c>index.htm</c>
    /// being the home page; an <c>http(s)</c> URL is judged by its path; a bare domain <c>D</c> gives
    /// <c>https://D/</c> and <c>https://www.D/</c> (only the first when <c>D</c> starts with <c>www.</c>).
    /// </summary>
    /// <param name="targets">Files, folders, URLs and bare domains.</param>
    /// <param name="profile">The configuration every target is judged against, or null.</param>
    /// <exception cref="InvalidTargetException">A target is none of these.</exception>
    public static IReadOnlyList<VerificationTarget> Expand(IEnumerable<string> targets, SiteProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var expanded = new List<VerificationTarget>();
        foreach (var target in targets)
        {
            TargetExpansion.Add(target, profile, expanded);
        }

        return expanded;
    }

    /// <summary>
    /// The home page <c>https://&lt;host&gt;/</c> of every domain of every site (sites in the order given, domains in
    /// configuration order), each judged against its own site's profile and host. A site without
    /// <see cref="SiteProfile.Domains"/> gives no target.
    /// </summary>
    /// <param name="profiles">The sites of an inventory.</param>
    public static IReadOnlyList<VerificationTarget> FromInventory(IEnumerable<SiteProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var targets = new List<VerificationTarget>();
        foreach (var profile in profiles)
        {
            foreach (var domain in profile.Domains)
            {
                var url = new Uri("https://" + domain.Host + "/");
                targets.Add(new VerificationTarget(url.AbsoluteUri, null, url, true, profile, domain.Host));
            }
        }

        return targets;
    }

    /// <summary>
    /// The pages a sitemap lists, judged by their paths against <paramref name="profile"/>: http(s) URLs, and the
    /// <c>file:</c> URIs a local sitemap may list (never home pages); anything else is left out.
    /// </summary>
    internal static void AddSitemapPages(IEnumerable<string> pages, SiteProfile? profile, List<VerificationTarget> into)
    {
        foreach (var page in pages)
        {
            if (WebUrl.TryCreate(page, out var url))
            {
                into.Add(new VerificationTarget(page, null, url, IsHomeUrl(url), profile, url.IdnHost));
            }
            else if (Uri.TryCreate(page, UriKind.Absolute, out var file) && file.IsFile)
            {
                into.Add(new VerificationTarget(page, file.LocalPath, null, false, profile, null));
            }
        }
    }

    /// <summary>A file found in a folder target: reported as the folder joined with its relative path.</summary>
    internal static VerificationTarget InFolder(string name, string fullPath, bool isHomePage, SiteProfile? profile) =>
        new(name, fullPath, null, isHomePage, profile, null);
}

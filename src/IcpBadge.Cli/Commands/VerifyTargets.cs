using IcpBadge.Configuration;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// Expands what <c>verify</c> was given (files, folders, URLs, an inventory, a sitemap) into one
/// <see cref="VerifyTarget"/> per page, in a stable order: TARGET arguments first, then the inventory, then the sitemap.
/// </summary>
internal static class VerifyTargets
{
    /// <summary>Whether <paramref name="text"/> is an absolute <c>http</c>/<c>https</c> URL.</summary>
    public static bool IsWebUrl(string text, out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>SPEC §5: a URL is a home page when its path is <c>/</c>, <c>/index.html</c> or <c>/index.htm</c>.</summary>
    public static bool IsHomeUrl(Uri url) =>
        url.AbsolutePath is "/" or "" || url.AbsolutePath.Equals("/index.html", StringComparison.OrdinalIgnoreCase) || url.AbsolutePath.Equals("/index.htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// TARGET arguments: an explicit file is a home page; a folder gives each of its HTML files (ordinal order), its
    /// top-level <c>index.html</c>/<c>index.htm</c> being the home page; an <c>http(s)</c> URL is judged by its path.
    /// Returns false with a problem for anything else.
    /// </summary>
    public static bool TryFromArguments(IEnumerable<string> arguments, SiteProfile? profile, List<VerifyTarget> into, out string? problem)
    {
        problem = null;
        foreach (var target in arguments)
        {
            if (File.Exists(target))
            {
                into.Add(new VerifyTarget(target, Path.GetFullPath(target), null, true, profile, null));
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
                    into.Add(new VerifyTarget(Path.Combine(target, relative), file, null, home, profile, null));
                }
            }
            else if (IsWebUrl(target, out var url))
            {
                into.Add(new VerifyTarget(target, null, url, IsHomeUrl(url!), profile, url!.IdnHost));
            }
            else if (IcpBadge.Verification.Fetching.UrlTargets.Expand(target) is { Count: > 0 } domainUrls)
            {
                // A bare domain: its https home page, with and without www.
                foreach (var domainUrl in domainUrls)
                {
                    into.Add(new VerifyTarget(domainUrl.AbsoluteUri, null, domainUrl, IsHomeUrl(domainUrl), profile, domainUrl.IdnHost));
                }
            }
            else
            {
                problem = $"the target {target} is neither a file, a folder, an http(s) URL nor a domain name.";
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>--inventory</c>: the home page <c>https://&lt;host&gt;/</c> of every domain of every site (sites in inventory
    /// order, domains in configuration order), judged against that site's profile and host. Sites without
    /// <c>Site:Domains</c> give no target; their names are returned so the command can say so.
    /// </summary>
    public static IReadOnlyList<string> FromInventory(IEnumerable<SiteProfile> sites, List<VerifyTarget> into)
    {
        var withoutDomains = new List<string>();
        var index = 0;
        foreach (var site in sites)
        {
            if (site.Domains.Count == 0)
            {
                withoutDomains.Add($"site {index}" + (site.Name is { } name ? $" \"{name}\"" : string.Empty));
            }

            foreach (var domain in site.Domains)
            {
                var url = new Uri("https://" + domain.Host + "/");
                into.Add(new VerifyTarget(url.AbsoluteUri, null, url, true, site, domain.Host));
            }

            index++;
        }

        return withoutDomains;
    }

    /// <summary><c>--sitemap</c>: every page URL of a parsed sitemap, judged by its path, against the <c>--config</c> profile.</summary>
    public static void FromSitemap(IEnumerable<string> pages, SiteProfile? profile, List<VerifyTarget> into)
    {
        foreach (var page in pages)
        {
            if (IsWebUrl(page, out var url))
            {
                into.Add(new VerifyTarget(page, null, url, IsHomeUrl(url!), profile, url!.IdnHost));
            }
            else if (Uri.TryCreate(page, UriKind.Absolute, out var file) && file.IsFile)
            {
                into.Add(new VerifyTarget(page, file.LocalPath, null, false, profile, null));
            }
        }
    }

    /// <summary>Every N-th target of the expanded list, for <c>--shard</c>; every target without a shard.</summary>
    public static List<VerifyTarget> Shard(List<VerifyTarget> targets, VerifyShard? shard) =>
        shard is null ? targets : [.. shard.Select(targets)];

    /// <summary><c>--all-pages</c>: every target is judged as a home page.</summary>
    public static List<VerifyTarget> AllHome(List<VerifyTarget> targets) => [.. targets.Select(t => t with { IsHomePage = true })];
}

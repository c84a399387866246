using System.Text.RegularExpressions;
using IcpBadge.Configuration;

namespace IcpBadge.Verification;

/// <summary>Turns one TARGET argument of <c>verify</c> (a file, a folder, a URL, a bare domain) into its pages.</summary>
internal static partial class TargetExpansion
{
    /// <summary>Adds the pages of <paramref name="target"/> to <paramref name="into"/>; see <see cref="VerificationTarget.Expand"/>.</summary>
    /// <exception cref="InvalidTargetException"><paramref name="target"/> is neither a file, a folder, a URL nor a domain.</exception>
    public static void Add(string target, SiteProfile? profile, List<VerificationTarget> into)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (File.Exists(target))
        {
            into.Add(VerificationTarget.ForFile(target, profile));
        }
        else if (Directory.Exists(target))
        {
            AddFolder(target, profile, into);
        }
        else if (WebUrl.TryCreate(target, out var url))
        {
            into.Add(VerificationTarget.ForUrl(url, profile, name: target));
        }
        else if (BareDomainHomePages(target) is { Count: > 0 } homePages)
        {
            foreach (var homePage in homePages)
            {
                into.Add(VerificationTarget.ForUrl(homePage, profile));
            }
        }
        else
        {
            throw new InvalidTargetException(VerificationText.Format("Target.Invalid", target)) { Target = target };
        }
    }

    /// <summary>
    /// Every HTML file under <paramref name="folder"/>, in ordinal order of full path, so a run is the same on every
    /// machine; the top-level <c>index.html</c>/<c>index.htm</c> is the home page.
    /// </summary>
    private static void AddFolder(string folder, SiteProfile? profile, List<VerificationTarget> into)
    {
        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file);
            var home = relative.Equals("index.html", StringComparison.OrdinalIgnoreCase) || relative.Equals("index.htm", StringComparison.OrdinalIgnoreCase);
            into.Add(VerificationTarget.InFolder(Path.Combine(folder, relative), file, home, profile));
        }
    }

    /// <summary>
    /// The home pages of a bare domain <c>D</c> (docs/verification.md): <c>https://D/</c> and <c>https://www.D/</c>, only the first
    /// when <c>D</c> starts with <c>www.</c>; empty when <paramref name="target"/> is not a domain name.
    /// </summary>
    internal static IReadOnlyList<Uri> BareDomainHomePages(string target)
    {
        var host = target.TrimEnd('/').ToLowerInvariant();
        if (!Domain().IsMatch(host) || Uri.CheckHostName(host) != UriHostNameType.Dns)
        {
            return [];
        }

        var bare = new Uri($"https://{host}/");
        return host.StartsWith("www.", StringComparison.Ordinal) ? [bare] : [bare, new Uri($"https://www.{host}/")];
    }

    // Labels of letters, digits and hyphens (IDN allowed), at least one dot, a top-level label with a letter.
    [GeneratedRegex(@"^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}][\p{L}\p{N}-]{0,62}$")]
    private static partial Regex Domain();
}

using System.Text.RegularExpressions;

namespace IcpBadge.Verification.Fetching;

/// <summary>How <c>verify</c> reads a target that is not a file or folder: a URL, or a bare domain (SPEC §5).</summary>
public static partial class UrlTargets
{
    /// <summary>
    /// The URLs to check for <paramref name="target"/>: the URL itself for <c>http(s)://…</c>; <c>https://D/</c> and
    /// <c>https://www.D/</c> for a bare domain <c>D</c> (only the first when <c>D</c> starts with <c>www.</c>); empty
    /// when it is neither (the caller decides whether it is a file).
    /// </summary>
    public static IReadOnlyList<Uri> Expand(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(target, UriKind.Absolute, out var url) && url.Host.Length > 0 ? [url] : [];
        }

        var host = target.TrimEnd('/').ToLowerInvariant();
        if (!Domain().IsMatch(host) || Uri.CheckHostName(host) != UriHostNameType.Dns)
        {
            return [];
        }

        var bare = new Uri($"https://{host}/");
        return host.StartsWith("www.", StringComparison.Ordinal) ? [bare] : [bare, new Uri($"https://www.{host}/")];
    }

    /// <summary>Whether a URL is a home page: its path is <c>/</c>, <c>/index.html</c> or <c>/index.htm</c>.</summary>
    public static bool IsHomePage(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.AbsolutePath;
        return path is "/" || path.Equals("/index.html", StringComparison.OrdinalIgnoreCase) || path.Equals("/index.htm", StringComparison.OrdinalIgnoreCase);
    }

    // Labels of letters, digits and hyphens (IDN allowed), at least one dot, a top-level label with a letter.
    [GeneratedRegex(@"^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}][\p{L}\p{N}-]{0,62}$")]
    private static partial Regex Domain();
}

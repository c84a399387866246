using System.Diagnostics.CodeAnalysis;

namespace IcpBadge.Verification;

/// <summary>
/// The one test of what the verifier may fetch: an absolute <c>http</c> or <c>https</c> URL. Targets, sitemaps and
/// the fetcher (redirects included) all ask here, so a scheme is never accepted in one place and refused in another.
/// </summary>
internal static class WebUrl
{
    /// <summary>Whether <paramref name="url"/> is an absolute <c>http</c> or <c>https</c> URL.</summary>
    public static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>Whether <paramref name="text"/> is an absolute <c>http</c> or <c>https</c> URL, and that URL.</summary>
    public static bool TryCreate(string text, [NotNullWhen(true)] out Uri? url)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && IsHttp(parsed))
        {
            url = parsed;
            return true;
        }

        url = null;
        return false;
    }
}

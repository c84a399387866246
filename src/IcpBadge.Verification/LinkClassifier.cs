using System.Text.RegularExpressions;

namespace IcpBadge.Verification;

/// <summary>What a link next to or around an ICP number is worth (the link rules of docs/filing-numbers.md).</summary>
internal enum MiitLinkVerdict
{
    /// <summary><c>https://beian.miit.gov.cn/</c>, any path or fragment.</summary>
    Canonical,

    /// <summary><c>#</c>, empty or <c>javascript:</c>: not a link at all (ICP005 error).</summary>
    Unusable,

    /// <summary><c>http://beian.miit.gov.cn</c> or a provincial host (ICP007).</summary>
    Stale,

    /// <summary>A retired MIIT host (ICP006).</summary>
    Dead,

    /// <summary>Any other host (ICP006).</summary>
    WrongHost,
}

/// <summary>What a link around a police number is worth (the link rules of docs/filing-numbers.md).</summary>
internal enum PoliceLinkVerdict
{
    /// <summary><c>https://beian.mps.gov.cn/#/query/webSearch?code=&lt;the digits&gt;</c>.</summary>
    Canonical,

    /// <summary><c>#</c>, empty or <c>javascript:</c> (PSB004).</summary>
    Unusable,

    /// <summary>A host other than the police platforms (PSB004).</summary>
    WrongHost,

    /// <summary>The code in the link is not the displayed number's (PSB004).</summary>
    CodeMismatch,

    /// <summary>The legacy <c>www.beian.gov.cn</c> link (PSB005).</summary>
    Legacy,

    /// <summary>A <c>beian.mps.gov.cn</c> link without <c>code</c> (PSB005).</summary>
    MissingCode,
}

internal static partial class LinkClassifier
{
    public static bool IsUnusable(string? href)
    {
        var h = (href ?? string.Empty).Trim();
        return h.Length == 0 || h.StartsWith('#') || h.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
    }

    public static Uri? ToUri(string? href)
    {
        var h = (href ?? string.Empty).Trim();
        if (h.StartsWith("//", StringComparison.Ordinal))
        {
            h = "https:" + h;
        }

        return WebUrl.TryCreate(h, out var uri) ? uri : null;
    }

    public static bool HostIs(Uri uri, string domain)
    {
        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        return host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);
    }

    /// <summary>Whether a link goes to a MIIT host, dead ones included (an adjacent link counts as the number's link).</summary>
    public static bool IsMiitHost(string? href) =>
        ToUri(href) is { } uri && (HostIs(uri, "miit.gov.cn") || HostIs(uri, "miitbeian.gov.cn") || HostIs(uri, "miibeian.gov.cn"));

    /// <summary>Whether a link goes to a police-platform host.</summary>
    public static bool IsPoliceHost(string? href) =>
        ToUri(href) is { } uri && (HostIs(uri, "beian.mps.gov.cn") || HostIs(uri, "beian.gov.cn"));

    public static MiitLinkVerdict ClassifyMiit(string? href)
    {
        if (IsUnusable(href))
        {
            return MiitLinkVerdict.Unusable;
        }

        if (ToUri(href) is not { } uri)
        {
            return MiitLinkVerdict.WrongHost;
        }

        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (host == "beian.miit.gov.cn")
        {
            return uri.Scheme == Uri.UriSchemeHttps ? MiitLinkVerdict.Canonical : MiitLinkVerdict.Stale;
        }

        if (host == "www.beian.miit.gov.cn" || HostIs(uri, "miitbeian.gov.cn") || HostIs(uri, "miibeian.gov.cn"))
        {
            return MiitLinkVerdict.Dead;
        }

        return HostIs(uri, "beian.miit.gov.cn") ? MiitLinkVerdict.Stale : MiitLinkVerdict.WrongHost;
    }

    public static PoliceLinkVerdict ClassifyPolice(string? href, string digits)
    {
        if (IsUnusable(href))
        {
            return PoliceLinkVerdict.Unusable;
        }

        if (ToUri(href) is not { } uri)
        {
            return PoliceLinkVerdict.WrongHost;
        }

        var text = href!.Trim();
        if (HostIs(uri, "beian.mps.gov.cn"))
        {
            var code = CodeRegex().Match(text);
            return !code.Success ? PoliceLinkVerdict.MissingCode
                : code.Groups[1].Value == digits ? PoliceLinkVerdict.Canonical
                : PoliceLinkVerdict.CodeMismatch;
        }

        if (HostIs(uri, "beian.gov.cn"))
        {
            var code = RecordCodeRegex().Match(text);
            return code.Success && code.Groups[1].Value != digits ? PoliceLinkVerdict.CodeMismatch : PoliceLinkVerdict.Legacy;
        }

        return PoliceLinkVerdict.WrongHost;
    }

    [GeneratedRegex(@"[?&#]code=([^&#]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"[?&#]recordcode=([^&#]*)", RegexOptions.IgnoreCase)]
    private static partial Regex RecordCodeRegex();
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace IcpBadge.Audits;

/// <summary>
/// A finding's stable identity across runs: the SHA-256 of site id, target, rule and evidence, with 4-digit years
/// (1900–2099) in the evidence masked — so a copyright year rolling over is not a new finding.
/// </summary>
public static partial class FindingFingerprint
{
    /// <summary>The fingerprint: 32 lower-case hex digits (the first 16 bytes of the SHA-256).</summary>
    /// <param name="siteId">The site's id.</param>
    /// <param name="target">The target (home page URL) as reported.</param>
    /// <param name="rule">The rule id.</param>
    /// <param name="evidence">The finding's evidence.</param>
    public static string Of(string siteId, string target, string rule, string evidence)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(rule);
        var text = string.Join('\n', siteId, target, rule, MaskYears(evidence ?? string.Empty));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The evidence with every 4-digit year (1900–2099, not part of a longer number) replaced by <c>YYYY</c>.</summary>
    public static string MaskYears(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Year().Replace(evidence, "YYYY");
    }

    [GeneratedRegex(@"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}

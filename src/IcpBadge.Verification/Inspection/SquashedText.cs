using System.Text;

namespace IcpBadge.Verification;

/// <summary>
/// Text compared the way the footer rules compare names (copyright holder, site name): after NFKC normalisation and with
/// every whitespace character removed.
/// </summary>
internal static class SquashedText
{
    public static string Of(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> contains <paramref name="squashedName"/> (already squashed) once squashed.</summary>
    public static bool Contains(string text, string squashedName) => Of(text).Contains(squashedName, StringComparison.Ordinal);
}

using IcpBadge.Configuration;
using NodaTime;

namespace IcpBadge.Deadlines;

/// <summary>
/// When the police badge (number, emblem and link) must be on the site: 30 days after the police filing is approved
/// (obligation D3). The deadline tracker and the verifier's PSB001/PSB006 both use it.
/// </summary>
/// <example>
/// <code>
/// if (PoliceBadgeDue.For(profile) is { } due &amp;&amp; due &lt; today)
///     Console.WriteLine($"the police badge was due on {due}");
/// </code>
/// </example>
public static class PoliceBadgeDue
{
    /// <summary>The days after the police approval within which the badge must be shown (start day excluded).</summary>
    public const int DaysAfterApproval = 30;

    /// <summary>The D3 due date of <paramref name="site"/>, or <see langword="null"/> when <c>Police.ApprovedOn</c> is not set.</summary>
    public static LocalDate? For(SiteProfile site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.PoliceApprovedOn?.PlusDays(DaysAfterApproval);
    }

    /// <summary>Whether the badge of <paramref name="site"/> is past due on <paramref name="today"/> (the due day itself is not).</summary>
    public static bool IsPastDue(SiteProfile site, LocalDate today) => For(site) is { } due && due < today;
}

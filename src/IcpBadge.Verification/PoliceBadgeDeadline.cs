using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using NodaTime;

namespace IcpBadge.Verification;

/// <summary>
/// Whether the police badge is past due (obligation D3) for a site on a day: PSB001 reports a missing badge and PSB006
/// a missing emblem as errors only then. The due date is the core's <see cref="PoliceBadgeDue"/>.
/// </summary>
internal static class PoliceBadgeDeadline
{
    /// <summary>False without a configuration or a police approval date.</summary>
    public static bool PastDue(SiteProfile? profile, LocalDate today) =>
        profile is not null && PoliceBadgeDue.IsPastDue(profile, today);
}

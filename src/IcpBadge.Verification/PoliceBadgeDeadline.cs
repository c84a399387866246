using System.Runtime.CompilerServices;
using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using NodaTime;

namespace IcpBadge.Verification;

/// <summary>
/// Whether the police badge is past due (obligation D3) for a site on a day. The answer depends on the profile and the
/// day only, and working it out evaluates every obligation of the site (and reads its holiday file), so it is kept per
/// profile for the last day asked instead of being worked out again for each of the site's pages.
/// </summary>
internal sealed class PoliceBadgeDeadline(IClock clock)
{
    private readonly DeadlineTracker _tracker = new(clock);
    private readonly ConditionalWeakTable<SiteProfile, Answer> _answers = [];

    public bool PastDue(SiteProfile? profile, LocalDate today)
    {
        if (profile?.PoliceApprovedOn is not { } approved)
        {
            return false;
        }

        if (_answers.TryGetValue(profile, out var answer) && answer.Today == today)
        {
            return answer.PastDue;
        }

        bool pastDue;
        try
        {
            var d3 = _tracker.Evaluate(profile, today).Obligations.FirstOrDefault(o => o.Id == "D3");
            pastDue = d3?.Due is { } due && due < today;
        }
        catch (FormatException)
        {
            pastDue = approved.PlusDays(30) < today;
        }

        _answers.AddOrUpdate(profile, new Answer(today, pastDue));
        return pastDue;
    }

    private sealed record Answer(LocalDate Today, bool PastDue);
}

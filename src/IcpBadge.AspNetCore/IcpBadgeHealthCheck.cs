using IcpBadge.Deadlines;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IcpBadge.AspNetCore;

/// <summary>
/// Reports the site's filing deadlines as health: Unhealthy when an obligation is overdue, Degraded when one is due
/// soon, Healthy otherwise; every applicable obligation is in the result's data.
/// </summary>
public sealed class IcpBadgeHealthCheck(IcpBadgeFooter footer, DeadlineTracker tracker) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var deadlines = tracker.Evaluate(footer.Profile);
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["today"] = DateText(deadlines.Today) };
        foreach (var obligation in deadlines.Obligations.Where(o => o.State != ObligationState.NotApplicable))
        {
            var key = obligation.Subject is null ? obligation.Id : $"{obligation.Id} ({obligation.Subject.En})";
            data[key] = Describe(obligation);
        }

        var overdue = deadlines.Obligations.Where(o => o.State == ObligationState.Overdue).Select(o => o.Id).ToList();
        var dueSoon = deadlines.Obligations.Where(o => o.State == ObligationState.DueSoon).Select(o => o.Id).ToList();
        var result = overdue.Count > 0
            ? HealthCheckResult.Unhealthy($"Overdue filing obligations: {string.Join(", ", overdue)}.", data: data)
            : dueSoon.Count > 0
                ? HealthCheckResult.Degraded($"Filing obligations due soon: {string.Join(", ", dueSoon)}.", data: data)
                : HealthCheckResult.Healthy("No filing obligation is overdue or due soon.", data);
        return Task.FromResult(result);
    }

    private static string Describe(Obligation obligation)
    {
        var text = $"{obligation.State}, due {DateText(obligation.Due)}";
        return obligation switch
        {
            { DaysLeft: { } left } => text + $", {left} day(s) left",
            { DaysLate: { } late } => text + $", {late} day(s) late",
            _ => text,
        };
    }

    private static string DateText(NodaTime.LocalDate? date) => date is { } value ? IcpBadge.Configuration.IsoDate.Format(value) : "-";
}

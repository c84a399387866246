using IcpBadge.Deadlines;
using IcpBadge.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IcpBadge.AspNetCore;

/// <summary>
/// Reports the site's filing deadlines as health: Unhealthy when an obligation is overdue, Degraded when one is due
/// soon, Healthy otherwise (an overdue obligation reports the registration's failure status, Unhealthy unless
/// registered otherwise); every applicable obligation is in the result's data. The description and the data's text
/// are in one language, Chinese unless the check was made for English.
/// </summary>
public sealed class IcpBadgeHealthCheck : IHealthCheck
{
    private readonly IcpBadgeFooter _footer;
    private readonly DeadlineTracker _tracker;
    private readonly Language _language;

    /// <summary>Creates the check, describing its result in Chinese.</summary>
    /// <param name="footer">The site's footer, whose configuration holds the filing dates.</param>
    /// <param name="tracker">Computes the deadlines.</param>
    public IcpBadgeHealthCheck(IcpBadgeFooter footer, DeadlineTracker tracker)
        : this(footer, tracker, Language.Zh)
    {
    }

    /// <summary>Creates the check, describing its result in <paramref name="language"/>.</summary>
    /// <param name="footer">The site's footer, whose configuration holds the filing dates.</param>
    /// <param name="tracker">Computes the deadlines.</param>
    /// <param name="language">The language of the result's description and data.</param>
    public IcpBadgeHealthCheck(IcpBadgeFooter footer, DeadlineTracker tracker, Language language)
    {
        ArgumentNullException.ThrowIfNull(footer);
        ArgumentNullException.ThrowIfNull(tracker);
        _footer = footer;
        _tracker = tracker;
        _language = language;
    }

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var deadlines = _tracker.Evaluate(_footer.Profile);
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["today"] = DateText(deadlines.Today) };
        foreach (var obligation in deadlines.Obligations.Where(o => o.State != ObligationState.NotApplicable))
        {
            var key = obligation.Subject is null ? obligation.Id : $"{obligation.Id} ({obligation.Subject.In(_language)})";
            data[key] = Describe(obligation);
        }

        var overdue = Ids(deadlines, ObligationState.Overdue);
        var dueSoon = Ids(deadlines, ObligationState.DueSoon);
        var result = overdue is not null
            ? new HealthCheckResult(context?.Registration?.FailureStatus ?? HealthStatus.Unhealthy, Text("Health.Overdue", overdue), data: data)
            : dueSoon is not null
                ? HealthCheckResult.Degraded(Text("Health.DueSoon", dueSoon), data: data)
                : HealthCheckResult.Healthy(Text("Health.Healthy"), data);
        return Task.FromResult(result);
    }

    /// <summary>The ids of the obligations in <paramref name="state"/>, listed in the check's language; null when there are none.</summary>
    private string? Ids(SiteDeadlines deadlines, ObligationState state)
    {
        var ids = deadlines.Obligations.Where(o => o.State == state).Select(o => o.Id).ToList();
        return ids.Count == 0 ? null : string.Join(Text("Health.IdSeparator"), ids);
    }

    private string Describe(Obligation obligation)
    {
        var state = obligation.State.Text().In(_language);
        var due = DateText(obligation.Due);
        return obligation switch
        {
            { DaysLeft: { } left } => Text("Health.Obligation.DaysLeft", state, due, left),
            { DaysLate: { } late } => Text("Health.Obligation.DaysLate", state, due, late),
            _ => Text("Health.Obligation", state, due),
        };
    }

    private string Text(string key, params object?[] arguments) =>
        (arguments.Length == 0 ? AspNetCoreText.Resources.Get(key) : AspNetCoreText.Resources.Format(key, arguments)).In(_language);

    private static string DateText(NodaTime.LocalDate? date) => date is { } value ? IcpBadge.Configuration.IsoDate.Format(value) : "-";
}

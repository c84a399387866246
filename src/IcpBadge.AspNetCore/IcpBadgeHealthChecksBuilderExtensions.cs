using IcpBadge.AspNetCore;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IcpBadge;

/// <summary>Adds the filing-deadline health check.</summary>
public static class IcpBadgeHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a health check that is Unhealthy when a filing obligation is overdue, Degraded when one is due soon.
    /// Needs <c>AddIcpBadge(...)</c>.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name in the health report.</param>
    /// <param name="tags">The check's tags; <c>compliance</c> when null.</param>
    /// <param name="language">The language of the check's description and data: Chinese unless English is asked for.</param>
    /// <example><code>builder.Services.AddHealthChecks().AddIcpBadgeHealthCheck();  // or (language: Language.En)</code></example>
    public static IHealthChecksBuilder AddIcpBadgeHealthCheck(this IHealthChecksBuilder builder, string name = "icp-badge", IEnumerable<string>? tags = null, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new IcpBadgeHealthCheck(services.GetRequiredService<IcpBadgeFooter>(), services.GetRequiredService<DeadlineTracker>(), language),
            HealthStatus.Unhealthy,
            tags ?? ["compliance"]));
    }
}

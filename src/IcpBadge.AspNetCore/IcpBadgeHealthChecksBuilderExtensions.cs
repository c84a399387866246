using IcpBadge.AspNetCore;
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
    /// <example><code>builder.Services.AddHealthChecks().AddIcpBadgeHealthCheck();</code></example>
    public static IHealthChecksBuilder AddIcpBadgeHealthCheck(this IHealthChecksBuilder builder, string name = "icp-badge", IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck<IcpBadgeHealthCheck>(name, HealthStatus.Unhealthy, tags ?? ["compliance"]);
    }
}

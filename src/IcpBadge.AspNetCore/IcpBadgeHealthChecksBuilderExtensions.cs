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
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The short form keeps working; the long one has the health-check options and is never ambiguous with it (its name and status are required).")]
    public static IHealthChecksBuilder AddIcpBadgeHealthCheck(this IHealthChecksBuilder builder, string name = "icp-badge", IEnumerable<string>? tags = null, Language language = Language.Zh) =>
        builder.AddIcpBadgeHealthCheck(name, HealthStatus.Unhealthy, tags, timeout: null, language);

    /// <summary>
    /// Adds the filing-deadline health check with the usual health-check options: an overdue obligation reports
    /// <paramref name="failureStatus"/> (<see cref="HealthStatus.Unhealthy"/> when null), one due soon Degraded.
    /// Needs <c>AddIcpBadge(...)</c>.
    /// </summary>
    /// <remarks>
    /// An overdue filing is a compliance problem, not a broken server: keep the check out of the readiness probe that
    /// takes an instance out of rotation, by tagging it and filtering on tags in <c>MapHealthChecks</c> (see
    /// docs/aspnetcore.md, "Health check").
    /// </remarks>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name in the health report.</param>
    /// <param name="failureStatus">The status of an overdue obligation (and of a check that fails or times out); Unhealthy when null.</param>
    /// <param name="tags">The check's tags; <c>compliance</c> when null.</param>
    /// <param name="timeout">How long the check may run; no limit when null.</param>
    /// <param name="language">The language of the check's description and data: Chinese unless English is asked for.</param>
    /// <example><code>
    /// builder.Services.AddHealthChecks().AddIcpBadgeHealthCheck("icp-badge", HealthStatus.Degraded, ["compliance"], TimeSpan.FromSeconds(5));
    /// app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => !check.Tags.Contains("compliance") });
    /// </code></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The short form keeps working; the long one has the health-check options and is never ambiguous with it (its name and status are required).")]
    public static IHealthChecksBuilder AddIcpBadgeHealthCheck(this IHealthChecksBuilder builder, string name, HealthStatus? failureStatus, IEnumerable<string>? tags, TimeSpan? timeout, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new IcpBadgeHealthCheck(services.GetRequiredService<IcpBadgeFooter>(), services.GetRequiredService<DeadlineTracker>(), language),
            failureStatus ?? HealthStatus.Unhealthy,
            tags ?? ["compliance"],
            timeout));
    }
}

using IcpBadge.AspNetCore;
using IcpBadge.AspNetCore.Compliance;
using IcpBadge.Deadlines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IcpBadge;

/// <summary>Maps the compliance endpoint.</summary>
public static class IcpBadgeComplianceEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>GET <paramref name="pattern"/></c>: the site's filing obligations with their legal basis and a
    /// verification of its own home page — JSON for <c>Accept: application/json</c>, else an HTML page in the
    /// request's language (<c>?lang=en</c>, or the request culture; Chinese by default). Needs <c>AddIcpBadge(...)</c>.
    /// </summary>
    /// <remarks>
    /// The page tells anyone which filings are overdue: protect it, <c>.RequireAuthorization()</c>. The self-check
    /// requests the app's own listening address with <c>Host</c> set to the first of <c>Site.Domains</c>, never the
    /// request's <c>Host</c>; that one address is let past the private-network guard and nothing else is fetched. Its
    /// result is cached (<see cref="IcpBadgeComplianceOptions.SelfCheckCacheDuration"/>, 10 minutes by default, on the
    /// registered <see cref="TimeProvider"/>).
    /// </remarks>
    /// <param name="endpoints">The app.</param>
    /// <param name="pattern">The route; <c>/icp-badge/compliance</c> by default.</param>
    /// <param name="configure">Changes the options (cache duration, fetch timeout).</param>
    /// <returns>The endpoint's builder, for <c>.RequireAuthorization()</c> and other conventions.</returns>
    /// <example><code>app.MapIcpBadgeCompliance().RequireAuthorization("Admins");</code></example>
    public static IEndpointConventionBuilder MapIcpBadgeCompliance(this IEndpointRouteBuilder endpoints, string pattern = "/icp-badge/compliance", Action<IcpBadgeComplianceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var options = new IcpBadgeComplianceOptions();
        configure?.Invoke(options);
        var services = endpoints.ServiceProvider;
        var footer = services.GetRequiredService<IcpBadgeFooter>();
        var selfCheck = new ComplianceSelfCheck(
            services.GetRequiredService<IServer>(),
            footer,
            services.GetRequiredService<NodaTime.IClock>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            options);
        services.GetService<IHostApplicationLifetime>()?.ApplicationStopped.Register(selfCheck.Dispose);
        var endpoint = new ComplianceEndpoint(footer, services.GetRequiredService<DeadlineTracker>(), selfCheck);
        return endpoints.MapGet(pattern, endpoint.HandleAsync);
    }
}

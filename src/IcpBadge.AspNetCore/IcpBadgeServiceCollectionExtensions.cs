using IcpBadge.AspNetCore;
using IcpBadge.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace IcpBadge;

/// <summary>Registers IcpBadge in an ASP.NET Core application.</summary>
public static class IcpBadgeServiceCollectionExtensions
{
    /// <summary>
    /// Adds IcpBadge bound to the <c>IcpBadge</c> section of <paramref name="configuration"/> (the root configuration or
    /// the section itself), validated at start and reloaded when the configuration changes.
    /// </summary>
    /// <example><code>builder.Services.AddIcpBadge(builder.Configuration);</code></example>
    public static IServiceCollection AddIcpBadge(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration is IConfigurationSection { Key: IcpBadgeOptions.SectionName } own
            ? own
            : configuration.GetSection(IcpBadgeOptions.SectionName);
        services.AddOptions<IcpBadgeOptions>().Bind(section);
        return services.AddIcpBadgeCore();
    }

    /// <summary>Adds IcpBadge configured in code, validated at start.</summary>
    /// <example><code>builder.Services.AddIcpBadge(o => o.Icp.Number = "京ICP备12345678号-1");</code></example>
    public static IServiceCollection AddIcpBadge(this IServiceCollection services, Action<IcpBadgeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<IcpBadgeOptions>().Configure(configure);
        return services.AddIcpBadgeCore();
    }

    private static IServiceCollection AddIcpBadgeCore(this IServiceCollection services)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<ITemplateSource>(EmbeddedTemplateSource.Instance);
        services.TryAddSingleton<IFooterRenderer, FooterRenderer>();
        services.TryAddSingleton<IcpBadgeFooter>();
        services.TryAddSingleton(sp => new Deadlines.DeadlineTracker(
            sp.GetRequiredService<IClock>(),
            sp.GetService<Microsoft.Extensions.Options.IOptions<Deadlines.DeadlineOptions>>()?.Value));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, IcpBadgeStartupValidation>());
        return services;
    }
}

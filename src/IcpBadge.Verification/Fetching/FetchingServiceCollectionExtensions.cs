using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.Verification.Fetching;

/// <summary>Registers <see cref="PageFetcher"/> on an <see cref="IHttpClientFactory"/> client.</summary>
public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the named client <see cref="PageFetcher.HttpClientName"/> (no automatic redirects or decompression, no
    /// cookies, no client-wide timeout: the fetcher applies its own; the private-network guard as <paramref name="options"/> say) and a transient <see cref="PageFetcher"/> using it;
    /// all of them share one per-host cap (<see cref="PageFetchOptions.MaxConcurrentRequestsPerHost"/>).
    /// </summary>
    public static IServiceCollection AddPageFetcher(this IServiceCollection services, PageFetchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var limits = options ?? new PageFetchOptions();
        services.AddHttpClient(PageFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => PageFetcher.CreateHandler(limits));
        // One per-host cap for every fetcher resolved here, so transient fetchers still share it.
        var gate = new HostConcurrencyGate(limits.MaxConcurrentRequestsPerHost);
        services.AddTransient(provider => new PageFetcher(provider.GetRequiredService<IHttpClientFactory>().CreateClient(PageFetcher.HttpClientName), limits, gate));
        return services;
    }
}

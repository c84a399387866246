using IcpBadge.Verification.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// The one <see cref="PageFetcher"/> of a <c>verify</c> run: sitemaps and URL targets share its client, limits and
/// User-Agent. It is built on first use, so a run over local files never sets up HTTP.
/// </summary>
internal sealed class LazyPageFetcher(PageFetchOptions options) : IAsyncDisposable
{
    private ServiceProvider? _provider;
    private PageFetcher? _fetcher;

    /// <summary>The fetcher, built on the first call. Not thread-safe: it is first called before any parallel fetch.</summary>
    public PageFetcher Get()
    {
        if (_fetcher is null)
        {
            var services = new ServiceCollection();
            services.AddPageFetcher(options);
            _provider = services.BuildServiceProvider();
            _fetcher = _provider.GetRequiredService<PageFetcher>();
        }

        return _fetcher;
    }

    public ValueTask DisposeAsync() => _provider?.DisposeAsync() ?? ValueTask.CompletedTask;
}

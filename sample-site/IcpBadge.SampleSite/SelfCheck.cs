using System.Net;
using IcpBadge.Verification.Fetching;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IcpBadge.SampleSite;

/// <summary>
/// What /compliance fetches to check the site's own home page, and the fetcher that may fetch it. The address comes
/// from the server's own listening addresses, never from the request (a <c>Host</c> header must not choose what the
/// server fetches). The private-network guard stays on; the one exception is that listening endpoint on loopback
/// (a wildcard listener is reached on 127.0.0.1), so a redirect or a link to any other private address is refused.
/// </summary>
public sealed class SelfCheck(IServer server) : IDisposable
{
    private readonly Lazy<(Uri? Home, PageFetcher? Fetcher, HttpClient? Client)> _target = new(() => Create(server));

    /// <summary>The home page on the site's own listening address, or null when the server listens on no TCP address (in-memory tests).</summary>
    public Uri? Home => _target.Value.Home;

    /// <summary>A guarded fetcher that allows exactly <see cref="Home"/>'s endpoint, or null with <see cref="Home"/>.</summary>
    public PageFetcher? Fetcher => _target.Value.Fetcher;

    public void Dispose()
    {
        if (_target.IsValueCreated)
        {
            _target.Value.Client?.Dispose();
        }
    }

    private static (Uri?, PageFetcher?, HttpClient?) Create(IServer server)
    {
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(a.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(u => u is { Scheme: "http" });
        if (listening is null)
        {
            return (null, null, null);
        }

        var address = IPAddress.TryParse(listening.Host.Trim('[', ']'), out var ip) && !IPAddress.Any.Equals(ip) && !IPAddress.IPv6Any.Equals(ip) ? ip : IPAddress.Loopback;
        var endpoint = new IPEndPoint(address, listening.Port);
        var options = new PageFetchOptions { Timeout = TimeSpan.FromSeconds(10), AllowedPrivateEndpoints = [endpoint] };
        var client = new HttpClient(PageFetcher.CreateHandler(options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        return (new Uri($"http://{endpoint}/"), new PageFetcher(client, options), client);
    }
}

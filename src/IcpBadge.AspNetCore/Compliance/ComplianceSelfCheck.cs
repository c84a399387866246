using System.Net;
using IcpBadge.Verification;
using IcpBadge.Verification.Fetching;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IcpBadge.AspNetCore.Compliance;

/// <summary>
/// Verifies the site's own home page as an inspector would, on the app's own listening address with <c>Host</c> set to
/// the first configured domain — never an address or host a request names — and keeps the result for
/// <see cref="IcpBadgeComplianceOptions.SelfCheckCacheDuration"/>.
/// </summary>
/// <remarks>
/// The private-network guard stays on (<see cref="PageFetchOptions.AllowPrivateNetworks"/> false) with exactly one
/// endpoint let through, the listening one; <see cref="OwnServerOnlyHandler"/> refuses every other URL besides.
/// </remarks>
internal sealed class ComplianceSelfCheck(IServer server, IcpBadgeFooter footer, NodaTime.IClock clock, TimeProvider time, IcpBadgeComplianceOptions options) : IDisposable
{
    private readonly SemaphoreSlim _running = new(1, 1);
    private SelfCheckResult? _last;
    private (Uri Url, HttpClient Client, PageFetcher Fetcher, string? Host)? _target;

    /// <summary>The cached result while it is fresh, else a new check (one at a time; concurrent callers share it).</summary>
    public async Task<SelfCheckResult> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref _last)) is { } cached)
        {
            return cached;
        }

        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(_last) is { } justChecked)
            {
                return justChecked;
            }

            var result = await CheckAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _last, result);
            return result;
        }
        finally
        {
            _running.Release();
        }
    }

    public void Dispose()
    {
        _target?.Client.Dispose();
        _running.Dispose();
    }

    private SelfCheckResult? Fresh(SelfCheckResult? result) =>
        result is not null && time.GetUtcNow() - result.CheckedAt < options.SelfCheckCacheDuration ? result : null;

    private async Task<SelfCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var profile = footer.Profile;
        var host = profile.Domains.Count > 0 ? profile.Domains[0].Host : null;
        var target = _target ??= Create(host);
        var checkedAt = time.GetUtcNow();
        if (target is not { } own)
        {
            return new SelfCheckResult(null, host, checkedAt, null);
        }

        var url = own.Url;
        var verificationTarget = VerificationTarget.ForUrl(url, profile) with { Host = own.Host ?? url.Host };
        using var verifier = new SiteVerifier(own.Fetcher, clock);
        var report = await verifier.VerifyAsync([verificationTarget], new VerificationOptions(), cancellationToken).ConfigureAwait(false);
        return new SelfCheckResult(url, own.Host, checkedAt, report);
    }

    /// <summary>The home page on the first http address the server listens on, and a fetcher that may fetch only it.</summary>
    private (Uri, HttpClient, PageFetcher, string?)? Create(string? host)
    {
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(a.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(u => u is { Scheme: "http" });
        if (listening is null)
        {
            return null;
        }

        // A wildcard or named listener (0.0.0.0, [::], localhost) is reached on loopback.
        var address = IPAddress.TryParse(listening.Host.Trim('[', ']'), out var ip) && !IPAddress.Any.Equals(ip) && !IPAddress.IPv6Any.Equals(ip) ? ip : IPAddress.Loopback;
        var endpoint = new IPEndPoint(address, listening.Port);
        var url = new Uri($"http://{endpoint}/");
        var fetchOptions = new PageFetchOptions { Timeout = options.SelfCheckTimeout, AllowedPrivateEndpoints = [endpoint] };
        var client = new HttpClient(new OwnServerOnlyHandler(url, host) { InnerHandler = PageFetcher.CreateHandler(fetchOptions) }, disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return (url, client, new PageFetcher(client, fetchOptions), host);
    }
}

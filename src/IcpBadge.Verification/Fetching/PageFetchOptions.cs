using System.Net;

namespace IcpBadge.Verification.Fetching;

/// <summary>The limits <see cref="PageFetcher"/> applies to every target.</summary>
public sealed class PageFetchOptions
{
    /// <summary>The most time one target may take, redirects and body included. Default 20 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The most bytes read from the wire for one response. Default 5 MB.</summary>
    public long MaxBodyBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>The most bytes a compressed response may expand to. Default 10 MB.</summary>
    public long MaxDecompressedBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The most redirects followed. Default 10.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>
    /// How many times a transient failure is retried before it becomes a NET001 finding: a connection error, an
    /// exchange that timed out on its own (not the target's <see cref="Timeout"/>), HTTP 5xx or 429. Default 2; 0 turns
    /// retries off. Retries happen inside <see cref="Timeout"/>: a back-off or a <c>Retry-After</c> that would not end
    /// before it is not waited for, and the last failure is reported.
    /// </summary>
    public int Retries { get; init; } = 2;

    /// <summary>
    /// The median back-off before the first retry; each later one doubles it, with jitter, so many targets failing at
    /// once do not retry in step. A <c>Retry-After</c> header on a 429 or 503 is honoured instead. Default 0.5 seconds.
    /// </summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The most requests in flight to one host at a time (a fetch waiting for its turn is not yet on its
    /// <see cref="Timeout"/>; a retry or a redirect to another host waits within it). Default 4.
    /// </summary>
    public int MaxConcurrentRequestsPerHost { get; init; } = 4;

    /// <summary>
    /// The clock for <see cref="Timeout"/>, back-offs, <c>Retry-After</c> dates and the fetch times in results.
    /// Default <see cref="System.TimeProvider.System"/>; tests pass a fake one so nothing sleeps.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Whether targets may be in private networks: loopback (127.0.0.0/8, ::1), 0.0.0.0/8, private (10/8, 172.16/12,
    /// 192.168/16), carrier-grade NAT 100.64.0.0/10 (where cloud metadata services such as 100.100.100.200 live),
    /// link-local 169.254.0.0/16 and fe80::/10, unique-local fc00::/7, and the IPv6 forms that carry one of these
    /// IPv4 addresses. Default false: the guard is on, and a refused target is a NET001 finding saying why. The guard
    /// checks the address actually connected to (in the handler of <see cref="PageFetcher.CreateHandler(PageFetchOptions)"/>),
    /// so neither a name resolving to a private address nor a redirect to one gets through. Keep it false in any
    /// service; the <c>icp-badge</c> command line sets it true (it runs on the operator's machine) unless
    /// <c>--deny-private</c> is given.
    /// </summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>
    /// The only private endpoints (address and port) let through while <see cref="AllowPrivateNetworks"/> is false,
    /// e.g. an app's own listening address for a self-check. Default none. These are chosen by the app's
    /// configuration, never by a request.
    /// </summary>
    public IReadOnlyCollection<IPEndPoint> AllowedPrivateEndpoints { get; init; } = [];

    /// <summary>How host names are resolved by the guard; <see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/> when null. A test seam.</summary>
    internal Func<string, CancellationToken, Task<IPAddress[]>>? Resolver { get; init; }
}

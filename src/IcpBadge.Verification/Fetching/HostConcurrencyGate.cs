using System.Collections.Concurrent;

namespace IcpBadge.Verification.Fetching;

/// <summary>
/// Caps the requests one <see cref="PageFetcher"/> has in flight to each host
/// (<see cref="PageFetchOptions.MaxConcurrentRequestsPerHost"/>), so a portfolio with many sites on one server does not
/// hammer it however high the run's concurrency is.
/// </summary>
internal sealed class HostConcurrencyGate(int perHost)
{
    // One semaphore per host seen; a run sees a bounded set of hosts, so none is ever removed.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.Ordinal);

    /// <summary>A lease for one fetch: it holds at most one host's slot at a time.</summary>
    public HostLease NewLease() => new(this);

    private SemaphoreSlim For(string host) => _hosts.GetOrAdd(host, _ => new SemaphoreSlim(perHost, perHost));

    /// <summary>The slot one fetch holds while it talks to a host; redirects to another host move it there.</summary>
    internal sealed class HostLease(HostConcurrencyGate gate) : IDisposable
    {
        private string? _host;
        private SemaphoreSlim? _held;

        /// <summary>Holds a slot of <paramref name="url"/>'s host, waiting for one if all are taken.</summary>
        public async ValueTask EnterAsync(Uri url, CancellationToken cancellationToken)
        {
            var host = url.IdnHost;
            if (_held is not null && string.Equals(_host, host, StringComparison.Ordinal))
            {
                return;
            }

            Release();
            var semaphore = gate.For(host);
            await semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
            _held = semaphore;
            _host = host;
        }

        /// <summary>Gives the slot back (between attempts, so a waiting fetch can use the host during a back-off).</summary>
        public void Release()
        {
            _held?.Release();
            _held = null;
            _host = null;
        }

        public void Dispose() => Release();
    }
}

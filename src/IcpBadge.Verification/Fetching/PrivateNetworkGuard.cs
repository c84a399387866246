using System.Net;
using System.Net.Sockets;
using IcpBadge.Localization;

namespace IcpBadge.Verification.Fetching;

/// <summary>
/// The private-network guard at connect time: <see cref="SocketsHttpHandler.ConnectCallback"/> resolves the host
/// itself, keeps only the addresses <see cref="NetworkAddressPolicy"/> allows and connects to one of those. Because
/// the check is on the address actually connected to, a name that resolves to a private address (DNS rebinding
/// included: there is no second lookup) and a redirect to one are refused alike. A connection to a configured proxy
/// is not checked here (the proxy is the operator's choice); <see cref="PageFetcher"/> checks the target before
/// sending through a proxy.
/// </summary>
internal sealed class PrivateNetworkGuard(NetworkAddressPolicy policy, Func<string, CancellationToken, Task<IPAddress[]>>? resolver)
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = resolver ?? Dns.GetHostAddressesAsync;

    /// <summary>The connect callback: a stream to an allowed address of the target, or a <see cref="PrivateNetworkException"/>.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var host = Unbracket(endpoint.Host);
        var uri = context.InitialRequestMessage.RequestUri;
        var toProxy = uri is not null && !(string.Equals(Unbracket(uri.IdnHost), host, StringComparison.OrdinalIgnoreCase) && uri.Port == endpoint.Port);
        var addresses = await ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = toProxy ? addresses : [.. addresses.Where(a => policy.Allows(new IPEndPoint(a, endpoint.Port)))];
        if (allowed.Length == 0)
        {
            throw new PrivateNetworkException(Refusal(host, addresses[0]));
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    /// <summary>
    /// Why <paramref name="uri"/> is refused before anything is sent, or null: its host is a private IP literal, or it
    /// resolves to no allowed address (used when a proxy will make the connection instead of this process).
    /// </summary>
    public async Task<LocalizedText?> CheckTargetAsync(Uri uri, bool resolve, CancellationToken cancellationToken)
    {
        var host = Unbracket(uri.IdnHost);
        if (!IPAddress.TryParse(host, out _) && !resolve)
        {
            return null;
        }

        var addresses = await ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        var refused = addresses.FirstOrDefault(a => !policy.Allows(new IPEndPoint(a, uri.Port)));
        return refused is null ? null : Refusal(host, refused);
    }

    /// <summary>The reason given for refusing <paramref name="address"/> of <paramref name="host"/>, in both languages.</summary>
    internal static LocalizedText Refusal(string host, IPAddress address)
    {
        var kind = NetworkAddressPolicy.Classify(address, out var range);
        var what = VerificationText.Get("Network." + kind);
        return IPAddress.TryParse(host, out var literal) && literal.Equals(address)
            ? VerificationText.Format("Fetch.PrivateAddress", host, range, what)
            : VerificationText.Format("Fetch.PrivateName", host, address, range, what);
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        var addresses = await _resolve(host, cancellationToken).ConfigureAwait(false);
        return addresses.Length > 0 ? addresses : throw new SocketException((int)SocketError.HostNotFound);
    }

    private static string Unbracket(string host) => host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
}

using System.Net;
using System.Net.Sockets;

namespace IcpBadge.Verification.Fetching;

/// <summary>
/// The address rules of the private-network guard (<see cref="PageFetchOptions.AllowPrivateNetworks"/> false): which
/// addresses a server-side fetch must not connect to, and the few endpoints explicitly let through
/// (<see cref="PageFetchOptions.AllowedPrivateEndpoints"/>). IPv6 addresses that carry an IPv4 address (IPv4-mapped
/// <c>::ffff:a.b.c.d</c>, IPv4-compatible <c>::a.b.c.d</c>, 6to4 <c>2002:aabb:ccdd::/16</c>, NAT64
/// <c>64:ff9b::/96</c>) are judged by that IPv4 address, so no spelling of a private address gets through.
/// </summary>
internal sealed class NetworkAddressPolicy(IReadOnlyCollection<IPEndPoint> exceptions)
{
    /// <summary>The kind of private network a refused address belongs to; each has a resource key <c>Network.&lt;Kind&gt;</c>.</summary>
    internal enum Kind
    {
        None = 0,
        ThisNetwork,
        Loopback,
        Private,
        SharedAddressSpace,
        LinkLocal,
        UniqueLocal,
        Unspecified,
    }

    /// <summary>True when <paramref name="endpoint"/> may be connected to: a public address, or an explicit exception.</summary>
    public bool Allows(IPEndPoint endpoint) => Classify(endpoint.Address, out _) == Kind.None || exceptions.Contains(endpoint);

    /// <summary>
    /// The private network <paramref name="address"/> is in (<see cref="Kind.None"/> for a public one), and in
    /// <paramref name="range"/> the range that matched, e.g. <c>127.0.0.0/8</c>.
    /// </summary>
    public static Kind Classify(IPAddress address, out string range)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } embedded)
        {
            address = embedded;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            (Kind kind, range) = b switch
            {
                [0, ..] => (Kind.ThisNetwork, "0.0.0.0/8"),
                [127, ..] => (Kind.Loopback, "127.0.0.0/8"),
                [10, ..] => (Kind.Private, "10.0.0.0/8"),
                [172, >= 16 and <= 31, ..] => (Kind.Private, "172.16.0.0/12"),
                [192, 168, ..] => (Kind.Private, "192.168.0.0/16"),
                [100, >= 64 and <= 127, ..] => (Kind.SharedAddressSpace, "100.64.0.0/10"),
                [169, 254, ..] => (Kind.LinkLocal, "169.254.0.0/16"),
                _ => (Kind.None, string.Empty),
            };
            return kind;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            (Kind kind, range) = b switch
            {
                _ when address.Equals(IPAddress.IPv6Loopback) => (Kind.Loopback, "::1/128"),
                _ when address.Equals(IPAddress.IPv6Any) => (Kind.Unspecified, "::/128"),
                [0xfe, >= 0x80 and <= 0xbf, ..] => (Kind.LinkLocal, "fe80::/10"),
                [>= 0xfc and <= 0xfd, ..] => (Kind.UniqueLocal, "fc00::/7"),
                _ => (Kind.None, string.Empty),
            };
            return kind;
        }

        // Not IP at all (cannot happen for a resolved address): refuse rather than guess.
        range = address.AddressFamily.ToString();
        return Kind.Unspecified;
    }

    /// <summary>The IPv4 address an IPv6 address carries (mapped, compatible, 6to4, NAT64), or null.</summary>
    internal static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);

        // IPv4-compatible ::a.b.c.d (deprecated, still parsed by stacks); :: and ::1 are themselves, not 0.0.0.0/0.0.0.1.
        if (b[..12].IndexOfAnyExcept((byte)0) < 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1))
        {
            return new IPAddress(b[12..]);
        }

        // 6to4: 2002:AABB:CCDD::/16 carries AA.BB.CC.DD.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return new IPAddress(b[2..6]);
        }

        // NAT64 well-known prefix 64:ff9b::/96.
        ReadOnlySpan<byte> nat64 = [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];
        return b[..12].SequenceEqual(nat64) ? new IPAddress(b[12..]) : null;
    }
}

using System.Net;
using IcpBadge.Verification.Fetching;
using Kind = IcpBadge.Verification.Fetching.NetworkAddressPolicy.Kind;

namespace IcpBadge.Verification.Tests.Fetching;

/// <summary>The ranges of the private-network guard, at their edges, and the IPv6 spellings of private IPv4 addresses.</summary>
public sealed class NetworkAddressPolicyTests
{
    public static TheoryData<string, string, string> Addresses => new()
    {
        // 0.0.0.0/8
        { "0.0.0.0", "ThisNetwork", "0.0.0.0/8" },
        { "0.255.255.255", "ThisNetwork", "0.0.0.0/8" },
        { "1.0.0.0", "None", "" },

        // 127.0.0.0/8
        { "126.255.255.255", "None", "" },
        { "127.0.0.0", "Loopback", "127.0.0.0/8" },
        { "127.0.0.1", "Loopback", "127.0.0.0/8" },
        { "127.255.255.255", "Loopback", "127.0.0.0/8" },
        { "128.0.0.0", "None", "" },

        // 10.0.0.0/8
        { "9.255.255.255", "None", "" },
        { "10.0.0.0", "Private", "10.0.0.0/8" },
        { "10.255.255.255", "Private", "10.0.0.0/8" },
        { "11.0.0.0", "None", "" },

        // 172.16.0.0/12
        { "172.15.255.255", "None", "" },
        { "172.16.0.0", "Private", "172.16.0.0/12" },
        { "172.31.255.255", "Private", "172.16.0.0/12" },
        { "172.32.0.0", "None", "" },

        // 192.168.0.0/16
        { "192.167.255.255", "None", "" },
        { "192.168.0.0", "Private", "192.168.0.0/16" },
        { "192.168.255.255", "Private", "192.168.0.0/16" },
        { "192.169.0.0", "None", "" },

        // 100.64.0.0/10, with Alibaba Cloud's metadata address
        { "100.63.255.255", "None", "" },
        { "100.64.0.0", "SharedAddressSpace", "100.64.0.0/10" },
        { "100.100.100.200", "SharedAddressSpace", "100.64.0.0/10" },
        { "100.127.255.255", "SharedAddressSpace", "100.64.0.0/10" },
        { "100.128.0.0", "None", "" },

        // 169.254.0.0/16, with the metadata address of most other clouds
        { "169.253.255.255", "None", "" },
        { "169.254.0.0", "LinkLocal", "169.254.0.0/16" },
        { "169.254.169.254", "LinkLocal", "169.254.0.0/16" },
        { "169.254.255.255", "LinkLocal", "169.254.0.0/16" },
        { "169.255.0.0", "None", "" },

        // public addresses
        { "8.8.8.8", "None", "" },
        { "223.5.5.5", "None", "" },

        // IPv6
        { "::1", "Loopback", "::1/128" },
        { "::", "Unspecified", "::/128" },
        { "fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "None", "" },
        { "fe80::", "LinkLocal", "fe80::/10" },
        { "fe80::1%2", "LinkLocal", "fe80::/10" },
        { "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "LinkLocal", "fe80::/10" },
        { "fec0::", "None", "" },
        { "fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "None", "" },
        { "fc00::", "UniqueLocal", "fc00::/7" },
        { "fd12:3456::1", "UniqueLocal", "fc00::/7" },
        { "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "UniqueLocal", "fc00::/7" },
        { "fe00::", "None", "" },
        { "2400:3200::1", "None", "" },

        // IPv4-mapped
        { "::ffff:127.0.0.1", "Loopback", "127.0.0.0/8" },
        { "::ffff:7f00:1", "Loopback", "127.0.0.0/8" },
        { "::ffff:10.1.2.3", "Private", "10.0.0.0/8" },
        { "::ffff:100.100.100.200", "SharedAddressSpace", "100.64.0.0/10" },
        { "::ffff:169.254.169.254", "LinkLocal", "169.254.0.0/16" },
        { "::ffff:0.0.0.0", "ThisNetwork", "0.0.0.0/8" },
        { "::ffff:8.8.8.8", "None", "" },

        // IPv4-compatible, 6to4 and NAT64
        { "::127.0.0.1", "Loopback", "127.0.0.0/8" },
        { "::192.168.1.1", "Private", "192.168.0.0/16" },
        { "::8.8.8.8", "None", "" },
        { "2002:7f00:1::", "Loopback", "127.0.0.0/8" },
        { "2002:a9fe:a9fe::1", "LinkLocal", "169.254.0.0/16" },
        { "2002:808:808::", "None", "" },
        { "64:ff9b::10.0.0.1", "Private", "10.0.0.0/8" },
        { "64:ff9b::8.8.8.8", "None", "" },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Classify_PutsEachAddressInItsRange(string address, string expected, string expectedRange)
    {
        var kind = NetworkAddressPolicy.Classify(IPAddress.Parse(address), out var range);

        Assert.Equal(Enum.Parse<Kind>(expected), kind);
        Assert.Equal(expectedRange, range);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Allows_ExactlyThePublicAddresses(string address, string expected, string expectedRange)
    {
        _ = expectedRange;
        var policy = new NetworkAddressPolicy([]);

        Assert.Equal(expected == nameof(Kind.None), policy.Allows(new IPEndPoint(IPAddress.Parse(address), 80)));
    }

    [Fact]
    public void Allows_AnExplicitException_OnlyAtItsAddressAndPort()
    {
        var policy = new NetworkAddressPolicy([new IPEndPoint(IPAddress.Loopback, 5000)]);

        Assert.True(policy.Allows(new IPEndPoint(IPAddress.Loopback, 5000)));
        Assert.False(policy.Allows(new IPEndPoint(IPAddress.Loopback, 5001)));
        Assert.False(policy.Allows(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 5000)));
        Assert.False(policy.Allows(new IPEndPoint(IPAddress.Parse("10.0.0.1"), 5000)));
    }

    [Fact]
    public void EveryKind_HasItsWordsInBothLanguages()
    {
        foreach (var kind in Enum.GetValues<Kind>())
        {
            var words = VerificationText.Get("Network." + kind);
            Assert.False(string.IsNullOrWhiteSpace(words.Zh), kind.ToString());
            Assert.False(string.IsNullOrWhiteSpace(words.En), kind.ToString());
        }
    }
}

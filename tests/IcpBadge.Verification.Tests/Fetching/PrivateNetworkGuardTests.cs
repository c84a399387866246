using System.Net;
using IcpBadge.Testing;
using IcpBadge.Verification.Fetching;
using IcpBadge.Verification.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.Verification.Tests.Fetching;

/// <summary>
/// <see cref="PageFetchOptions.AllowPrivateNetworks"/> against a real server on 127.0.0.1 (tests never touch another
/// address): refused with the guard on, fetched with it off. A resolver seam maps made-up public-looking names to
/// loopback, so a refusal of those can only come from the check of the address actually connected to.
/// </summary>
public sealed class PrivateNetworkGuardTests(HostileServerFixture fixture) : IClassFixture<HostileServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(8);

    private HostileServer Server => fixture.Server;

    private IPEndPoint ServerEndPoint => new(IPAddress.Loopback, Server.Root.Port);

    private static async Task<PageFetchResult> FetchAsync(Uri url, PageFetchOptions options)
    {
        await using var services = new ServiceCollection().AddPageFetcher(options).BuildServiceProvider();
        return await services.GetRequiredService<PageFetcher>().FetchAsync(url);
    }

    /// <summary>Maps every name in <paramref name="names"/> to its address, and nothing else.</summary>
    private static Func<string, CancellationToken, Task<IPAddress[]>> Resolver(params (string Name, string Address)[] names) =>
        (host, _) => Task.FromResult(names.Where(n => n.Name == host).Select(n => IPAddress.Parse(n.Address)).ToArray());

    [Fact]
    public void TheGuard_IsOnByDefault()
    {
        Assert.False(new PageFetchOptions().AllowPrivateNetworks);
        Assert.False(new VerificationOptions().AllowPrivateNetworks);
        Assert.NotNull(PageFetcher.CreateHandler().ConnectCallback);
        Assert.Null(PageFetcher.CreateHandler(new PageFetchOptions { AllowPrivateNetworks = true }).ConnectCallback);
    }

    [Fact]
    public async Task LoopbackAddress_GuardOn_IsNet001SayingWhy_InBothLanguages()
    {
        var result = await FetchAsync(Server.Url("/"), new PageFetchOptions { Timeout = Timeout });

        Assert.Equal(FetchFailureKind.PrivateNetwork, result.FailureKind);
        Assert.Equal("NET001", result.Failure!.Rule);
        Assert.Contains("127.0.0.1", result.Failure.Message.En, StringComparison.Ordinal);
        Assert.Contains("a loopback address (127.0.0.0/8)", result.Failure.Message.En, StringComparison.Ordinal);
        Assert.Contains("本机回环地址（127.0.0.0/8）", result.Failure.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoopbackAddress_GuardOff_IsFetched()
    {
        var result = await FetchAsync(Server.Url("/"), new PageFetchOptions { Timeout = Timeout, AllowPrivateNetworks = true });

        Assert.True(result.Succeeded, result.Failure?.Message.En);
    }

    [Fact]
    public async Task Localhost_GuardOn_IsRefusedAtConnectTime_GuardOff_IsFetched()
    {
        var url = new Uri($"http://localhost:{Server.Root.Port}/");

        var refused = await FetchAsync(url, new PageFetchOptions { Timeout = Timeout });
        var fetched = await FetchAsync(url, new PageFetchOptions { Timeout = Timeout, AllowPrivateNetworks = true });

        Assert.Equal(FetchFailureKind.PrivateNetwork, refused.FailureKind);
        Assert.Contains("localhost resolves to ", refused.Failure!.Message.En, StringComparison.Ordinal);
        Assert.True(fetched.Succeeded, fetched.Failure?.Message.En);
    }

    [Fact]
    public async Task PublicLookingName_ResolvingToLoopback_IsRefused_AndNothingReachesTheServer()
    {
        var before = Server.Requests;
        var options = new PageFetchOptions { Timeout = Timeout, Resolver = Resolver(("www.example.cn", "127.0.0.1")) };

        var result = await FetchAsync(new Uri($"http://www.example.cn:{Server.Root.Port}/"), options);

        Assert.Equal(FetchFailureKind.PrivateNetwork, result.FailureKind);
        Assert.Contains("www.example.cn resolves to 127.0.0.1, a loopback address (127.0.0.0/8)", result.Failure!.Message.En, StringComparison.Ordinal);
        Assert.Contains("www.example.cn 解析为 127.0.0.1", result.Failure.Message.Zh, StringComparison.Ordinal);
        Assert.Equal(before, Server.Requests);
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("100.100.100.200")]
    [InlineData("169.254.169.254")]
    [InlineData("10.0.0.1")]
    public async Task NameResolvingToAnyPrivateForm_IsRefusedBeforeConnecting(string address)
    {
        var options = new PageFetchOptions { Timeout = Timeout, Resolver = Resolver(("metadata.example.cn", address)) };

        var result = await FetchAsync(new Uri("http://metadata.example.cn/latest/meta-data/"), options);

        Assert.Equal(FetchFailureKind.PrivateNetwork, result.FailureKind);
        Assert.Contains($"resolves to {IPAddress.Parse(address)}", result.Failure!.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowedEndpoint_IsFetched_ButItsRedirectToAnotherPrivateAddress_IsRefused()
    {
        var options = new PageFetchOptions
        {
            Timeout = Timeout,
            AllowedPrivateEndpoints = [ServerEndPoint],
            Resolver = Resolver(("intranet.example.cn", "127.0.0.2")),
        };
        var target = $"http://intranet.example.cn:{Server.Root.Port}/";

        var allowed = await FetchAsync(Server.Url("/"), options);
        var redirected = await FetchAsync(Server.Url("/redirect?to=" + Uri.EscapeDataString(target)), options);

        Assert.True(allowed.Succeeded, allowed.Failure?.Message.En);
        Assert.Equal(FetchFailureKind.PrivateNetwork, redirected.FailureKind);
        Assert.Equal(302, redirected.StatusCode);
        Assert.Equal(new Uri(target), redirected.FinalUrl);
        Assert.Contains("intranet.example.cn resolves to 127.0.0.2", redirected.Failure!.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentFetch_GuardOn_IsRefusedToo()
    {
        await using var services = new ServiceCollection().AddPageFetcher(new PageFetchOptions { Timeout = Timeout }).BuildServiceProvider();

        var result = await services.GetRequiredService<PageFetcher>().FetchDocumentAsync(Server.Url("/"), "application/xml");

        Assert.Equal(FetchFailureKind.PrivateNetwork, result.FailureKind);
    }

    [Fact]
    public async Task SiteVerifier_ByDefault_RefusesLoopback_AndAllowsItWhenAsked()
    {
        await using var verifier = new SiteVerifier(clock: Fixture.Clock);
        async Task<IReadOnlyList<TargetReport>> RunAsync(bool allow) =>
            (await verifier.VerifyAsync([Server.Url("/").AbsoluteUri], new VerificationOptions { Timeout = Timeout, AllowPrivateNetworks = allow })).Targets;

        var guarded = await RunAsync(false);
        var open = await RunAsync(true);

        Assert.Equal(TargetStatus.Unreachable, guarded[0].Status);
        Assert.Contains("127.0.0.0/8", Assert.Single(guarded[0].Findings).Message.En, StringComparison.Ordinal);
        Assert.Equal(TargetStatus.Ok, open[0].Status);
    }
}

using System.Text.Json;
using IcpBadge.Testing;

namespace IcpBadge.Cli.Tests;

/// <summary>One loopback Kestrel server for the URL tests of <c>verify</c>.</summary>
public sealed class LoopbackServerFixture : IAsyncLifetime
{
    internal HostileServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await HostileServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary><c>icp-badge verify URL... --timeout SEC --concurrency N</c> end to end, against 127.0.0.1 only.</summary>
public sealed class VerifyCommandUrlTests(LoopbackServerFixture fixture) : IClassFixture<LoopbackServerFixture>
{
    private string Url(string path) => fixture.Server.Url(path).AbsoluteUri;

    private static JsonElement[] Targets(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.Clone())];
    }

    private static string Status(JsonElement target) => target.GetProperty("status").GetString()!;

    private static string[] Rules(JsonElement target) =>
        [.. target.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)];

    private static string Message(JsonElement target) =>
        target.GetProperty("findings").EnumerateArray().Single().GetProperty("message").GetString()!;

    [Fact]
    public async Task Verify_GoodUrls_Json_ExitsZero()
    {
        var result = await CliRunner.RunAtNowAsync("verify", Url("/"), Url("/gbk"), Url("/gzip-good"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var targets = Targets(result);
        Assert.Equal(3, targets.Length);
        Assert.All(targets, t => Assert.Equal("ok", Status(t)));
        Assert.All(targets, t => Assert.Empty(Rules(t)));
        Assert.Equal(Url("/"), targets[0].GetProperty("finalUrl").GetString());
    }

    /// <summary>The command allows private networks (it runs on the operator's machine); <c>--deny-private</c> refuses them, saying why.</summary>
    [Fact]
    public async Task Verify_DenyPrivate_RefusesLoopback_AsNet001SayingWhy_InBothLanguages()
    {
        var refused = await CliRunner.RunAtNowAsync("verify", Url("/"), "--deny-private", "--format", "json");
        var allowed = await CliRunner.RunAtNowAsync("verify", Url("/"), "--format", "json");

        Assert.Equal(1, refused.ExitCode);
        CliRunner.AssertNoStackTrace(refused.Error);
        var target = Assert.Single(Targets(refused));
        Assert.Equal("unreachable", Status(target));
        Assert.Equal(["NET001"], Rules(target));
        var messages = target.GetProperty("findings")[0].GetProperty("messages");
        Assert.Contains("127.0.0.1 is a loopback address (127.0.0.0/8)", messages.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("127.0.0.1 是本机回环地址（127.0.0.0/8）", messages.GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
    }

    [Fact]
    public async Task Verify_HostileUrls_AreUnreachableWithTheirReasons_InInputOrder_AndTheGoodPageIsInspected()
    {
        var result = await CliRunner.RunAtNowAsync(
            "verify",
            Url("/loop/a"),
            Url("/huge"),
            Url("/bomb"),
            Url("/slow"),
            Url("/missing"),
            Url("/broken"),
            Url("/image.png"),
            Url("/"),
            Url("/chain/11"),
            "--format",
            "json",
            "--timeout",
            "7",
            "--concurrency",
            "4");

        Assert.Equal(1, result.ExitCode);
        CliRunner.AssertNoStackTrace(result.Error);
        var targets = Targets(result);
        string[] expected = ["/loop/a", "/huge", "/bomb", "/slow", "/missing", "/broken", "/image.png", "/", "/chain/11"];
        Assert.Equal(expected.Select(Url), targets.Select(t => t.GetProperty("target").GetString()));
        string[] reasons = ["redirect loop", "larger than 5 MB", "decompresses to more than", "timed out after 7 s", "HTTP 404", "HTTP 500", "not an HTML page (Content-Type: image/png)"];
        for (var i = 0; i < reasons.Length; i++)
        {
            Assert.Equal("unreachable", Status(targets[i]));
            Assert.Equal(["NET001"], Rules(targets[i]));
            Assert.Contains(reasons[i], Message(targets[i]), StringComparison.Ordinal);
        }

        Assert.Equal("ok", Status(targets[7]));
        Assert.Empty(Rules(targets[7]));
        Assert.Equal("unreachable", Status(targets[8]));
        Assert.Contains("more than 10 redirects", Message(targets[8]), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(9, json.RootElement.GetProperty("summary").GetProperty("targets").GetInt32());
        Assert.Equal(8, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Verify_UrlsAndFiles_Mixed_KeepInputOrder()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-verify-url-").FullName;
        try
        {
            var file = Path.Combine(folder, "index.html");
            await File.WriteAllTextAsync(file, HostileServer.GoodPage);

            var result = await CliRunner.RunAtNowAsync("verify", Url("/missing"), file, Url("/"), "--format", "json", "--concurrency", "1");

            var targets = Targets(result);
            Assert.Equal([Url("/missing"), file, Url("/")], targets.Select(t => t.GetProperty("target").GetString()));
            Assert.Equal(["unreachable", "ok", "ok"], targets.Select(Status));
            Assert.Equal(1, result.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Verify_BlockPage_IsNet002_WithoutIcpFindings()
    {
        var result = await CliRunner.RunAtNowAsync("verify", Url("/blocked"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var target = Assert.Single(Targets(result));
        Assert.Equal("ok", Status(target));
        Assert.Equal(["NET002"], Rules(target));
    }

    [Fact]
    public async Task Verify_InnerUrl_IsNotAHomePage_Text()
    {
        var result = await CliRunner.RunAtNowAsync("verify", Url("/inner/page.html"), Url("/index.html"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{Url("/inner/page.html")} (page): no findings", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{Url("/index.html")} (home page): no findings", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--concurrency", "0")]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "abc")]
    [InlineData("--concurrency", "many")]
    public async Task Verify_BadLimits_ExitTwo(string option, string value)
    {
        var result = await CliRunner.RunAtNowAsync("verify", Url("/"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Verify_NeitherFileNorUrlNorDomain_ExitsTwo()
    {
        var result = await CliRunner.RunAtNowAsync("verify", "no-such-page");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("neither a file, a folder, an http(s) URL nor a domain name", result.Error, StringComparison.Ordinal);
    }
}

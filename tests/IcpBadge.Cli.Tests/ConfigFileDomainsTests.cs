using System.Text.Json.Nodes;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>icpbadge.json</c> is read by the core's one reader of site JSON (the inventory's): a domain written as a plain
/// string counts exactly as the same domain written as an object, through <c>render</c>, <c>inject</c> and
/// <c>verify</c>. (The configuration binder the CLI used before dropped plain-string domains without a word.)
/// </summary>
public sealed class ConfigFileDomainsTests
{
    private const string ShopNumber = "京ICP备20260101号-2";

    [Fact]
    public async Task PlainStringAndObjectDomains_GiveTheSameRenderInjectAndVerifyOutputs()
    {
        using var plain = TempSite.Create();
        using var objects = TempSite.Create();
        WriteDomains(plain, new JsonArray("jinghua-example.cn", Shop()));
        WriteDomains(objects, new JsonArray(new JsonObject { ["Host"] = "jinghua-example.cn" }, Shop()));

        var fromPlain = await RunAllAsync(plain);
        var fromObjects = await RunAllAsync(objects);

        // The plain-string domain is listed: its host gets the footer although unlisted hosts are hidden.
        Assert.Contains(" 6 changed,", fromPlain.Listed.Out, StringComparison.Ordinal);
        Assert.Contains(" 1 changed, 0 unchanged, 5 skipped,", fromPlain.Hidden.Out, StringComparison.Ordinal); // old-footer.html loses its earlier block
        Assert.Contains(">京ICP备20260101号-1</a>", File.ReadAllText(plain.PathOf("index.html")), StringComparison.Ordinal);
        Assert.Equal(0, fromPlain.Render.ExitCode);
        Assert.NotEqual(2, fromPlain.Verify.ExitCode);
        Assert.Empty(fromPlain.Render.Error);
        Assert.Empty(fromPlain.Verify.Problems);

        Assert.Equal(fromObjects.Render.Out, fromPlain.Render.Out);
        Assert.Equal(fromObjects.Listed.Out.Replace(objects.Site, "SITE", StringComparison.Ordinal), fromPlain.Listed.Out.Replace(plain.Site, "SITE", StringComparison.Ordinal));
        Assert.Equal(fromObjects.Hidden.Error, fromPlain.Hidden.Error);
        Assert.Equal(objects.Snapshot(), plain.Snapshot());
        Assert.Equal(fromObjects.Verify.ExitCode, fromPlain.Verify.ExitCode);
        Assert.Equal(
            fromObjects.Verify.Out.Replace(objects.Site, "SITE", StringComparison.Ordinal),
            fromPlain.Verify.Out.Replace(plain.Site, "SITE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("render")]
    [InlineData("inject")]
    [InlineData("verify")]
    public async Task PlainStringDomainThatIsNoHost_IsAProblemNamingIt(string command)
    {
        using var site = TempSite.Create();
        WriteDomains(site, new JsonArray("https://jinghua-example.cn/about"));
        var before = site.Snapshot();

        var result = await RunAsync(site, command);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("icp-badge: IcpBadge:Site:Domains:0", result.Problems[0], StringComparison.Ordinal);
        Assert.Contains("https://jinghua-example.cn/about", result.Problems[0], StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
    }

    [Theory]
    [InlineData("render")]
    [InlineData("inject")]
    [InlineData("verify")]
    public async Task DomainsOfTheWrongJsonType_OneProblemWithThePath_BothLanguages(string command)
    {
        using var site = TempSite.Create();
        WriteDomains(site, 5);

        var en = await RunAsync(site, command, "--lang", "en");
        var zh = await RunAsync(site, command, "--lang", "zh");

        Assert.Equal(2, en.ExitCode);
        Assert.Equal("icp-badge: IcpBadge:Site:Domains: must be an array [ ... ].", en.Problems[0]);
        Assert.StartsWith("icp-badge: IcpBadge:Site:Domains：", zh.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommentsTrailingCommasAndAnyLetterCase_AreReadAsTheConfigurationProvidersReadThem()
    {
        using var site = TempSite.Create();
        File.WriteAllText(site.Config, """
            // icpbadge.json
            { "icpbadge": {
                "site": { "domains": [ "jinghua-example.cn", ], "unlistedHosts": "Hide" },
                "ICP": { "number": "京ICP备20260101号-1" }, /* the filing */
              },
            }
            """);

        var listed = await RunAsync(site, "inject", "--host", "jinghua-example.cn", "--lang", "en");

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains(" 6 changed,", listed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_OneProblemNamingTheFileAndLine()
    {
        using var site = TempSite.Create();
        File.WriteAllText(site.Config, "{ \"IcpBadge\": {\n  \"Icp\": { \"Number\": 京ICP备 } } }");

        var en = await RunAsync(site, "render", "--lang", "en");
        var zh = await RunAsync(site, "render", "--lang", "zh");

        Assert.Equal(2, en.ExitCode);
        Assert.StartsWith($"icp-badge: --config = '{site.Config}': not a valid configuration file (line 2): ", en.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith($"icp-badge: --config = “{site.Config}”：不是有效的配置文件（第2行）：", zh.Problems[0], StringComparison.Ordinal);
    }

    private static JsonObject Shop() => new() { ["Host"] = "shop.jinghua-example.cn", ["IcpNumber"] = ShopNumber };

    private static void WriteDomains(TempSite site, JsonNode domains)
    {
        var root = JsonNode.Parse(File.ReadAllText(site.Config))!;
        root["IcpBadge"]!["Site"]!["Domains"] = domains;
        root["IcpBadge"]!["Site"]!["UnlistedHosts"] = "Hide";
        File.WriteAllText(site.Config, root.ToJsonString());
    }

    private static async Task<(CliResult Render, CliResult Hidden, CliResult Listed, CliResult Verify)> RunAllAsync(TempSite site)
    {
        var render = await RunAsync(site, "render", "--format", "json");
        var hidden = await RunAsync(site, "inject", "--host", "example.com", "--lang", "en");
        var listed = await RunAsync(site, "inject", "--host", "www.jinghua-example.cn", "--lang", "en");
        var verify = await RunAsync(site, "verify", "--format", "json");
        return (render, hidden, listed, verify);
    }

    private static Task<CliResult> RunAsync(TempSite site, string command, params string[] more) => command switch
    {
        "render" => CliRunner.RunAtNowAsync(["render", "--config", site.Config, .. more]),
        _ => CliRunner.RunAtNowAsync([command, site.Site, "--config", site.Config, .. more]),
    };
}

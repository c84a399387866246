using System.Text.Json;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>verify --inventory</c> and <c>--sitemap</c> on the command line (no network); the expansion itself is tested in
/// IcpBadge.Verification.Tests (VerificationTargetTests, SitemapLoaderTests).
/// </summary>
public sealed class VerifyTargetsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-verify-targets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Inventory_OnTheCommandLine_GivesOneTargetPerDomain()
    {
        var inventory = Write("inventory.json", """
            { "Sites": [
                { "Site": { "Name": "甲站", "Domains": [ "example.cn", "www.example.cn" ] }, "Icp": { "Number": "京ICP备12345678号-1" } },
                { "Site": { "Name": "乙站" }, "Icp": { "Number": "沪ICP备87654321号-1" } } ] }
            """);

        var result = await CliRunner.RunAtNowAsync("verify", "--inventory", inventory, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["https://example.cn/", "https://www.example.cn/"], json.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("target").GetString()));
        Assert.Contains($"icp-badge: note: site 1 \"乙站\" of {inventory} has no Site:Domains, so no home page to check.", result.ErrorLines);
    }

    [Fact]
    public async Task Inventory_Broken_ExitsTwo()
    {
        var inventory = Write("inventory.json", """{ "Sites": [ { "Icp": { "Number": "萌ICP备12345678号" } } ] }""");

        var result = await CliRunner.RunAtNowAsync("verify", "--inventory", inventory);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public async Task Sitemap_OnTheCommandLine_GivesOneTargetPerUrl_AndShardsThem()
    {
        var sitemap = Write("sitemap.xml", """<urlset><url><loc>https://example.cn/</loc></url><url><loc>https://example.cn/a.html</loc></url><url><loc>https://example.cn/b.html</loc></url></urlset>""");

        var result = await CliRunner.RunAtNowAsync("verify", "--sitemap", sitemap, "--format", "json", "--shard", "1/2");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["https://example.cn/a.html"], json.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task Sitemap_Malformed_ExitsTwo()
    {
        var sitemap = Write("sitemap.xml", "<rss/>");

        var result = await CliRunner.RunAtNowAsync("verify", "--sitemap", sitemap);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<rss>", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}

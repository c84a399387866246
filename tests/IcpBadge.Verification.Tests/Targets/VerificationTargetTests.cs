using IcpBadge.Configuration;
using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests.Targets;

/// <summary>How targets are expanded (files, folders, URLs, bare domains, inventories) and sharded; the home-page rule.</summary>
public sealed class VerificationTargetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-targets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("https://example.cn/", true)]
    [InlineData("https://example.cn", true)]
    [InlineData("http://example.cn", true)]
    [InlineData("https://example.cn/INDEX.HTML", true)]
    [InlineData("https://example.cn/index.htm?x=1", true)]
    [InlineData("https://example.cn/?page=2#top", true)]
    [InlineData("https://example.cn/about/", false)]
    [InlineData("https://example.cn/about/index.html", false)]
    [InlineData("https://example.cn/index.php", false)]
    public void HomeUrl_IsJudgedByPath_AnEmptyPathBeingTheRoot(string url, bool home)
    {
        Assert.Equal(home, VerificationTarget.IsHomeUrl(new Uri(url)));
        Assert.Equal(home, VerificationTarget.ForUrl(new Uri(url)).IsHomePage);
    }

    [Fact]
    public void Folder_GivesEveryHtmlFile_InOrdinalPathOrder_WithTheTopLevelIndexAsHomePage()
    {
        foreach (var file in new[] { "b.html", "Z.htm", "a/index.html", "index.html", "a/b.HTML", "notes.txt", "index.htm" })
        {
            Write(file, "<html></html>");
        }

        var site = Path.Combine(_folder, "site");
        var targets = VerificationTarget.Expand([site]);

        string[] expected = ["Z.htm", "a/b.HTML", "a/index.html", "b.html", "index.htm", "index.html"];
        Assert.Equal(expected.Select(f => Path.Combine(site, f)), targets.Select(t => t.Name));
        Assert.Equal([false, false, false, false, true, true], targets.Select(t => t.IsHomePage));
        Assert.All(targets, t => Assert.Null(t.Url));
        Assert.All(targets, t => Assert.Equal(Path.GetFullPath(t.Name), t.Path));
    }

    [Fact]
    public void File_GivenExplicitly_IsAHomePage_AndAUrl_IsReportedAsWritten()
    {
        var page = Write("deep/page.html", "<html></html>");
        var profile = Fixture.Config();

        var targets = VerificationTarget.Expand([page, "https://example.cn"], profile);

        Assert.True(targets[0].IsHomePage);
        Assert.Equal(page, targets[0].Name);
        Assert.Equal("https://example.cn", targets[1].Name);
        Assert.Equal(new Uri("https://example.cn/"), targets[1].Url);
        Assert.Equal("example.cn", targets[1].Host);
        Assert.All(targets, t => Assert.Same(profile, t.Profile));
    }

    [Theory]
    [InlineData("example.cn", "https://example.cn/|https://www.example.cn/")]
    [InlineData("Example.CN/", "https://example.cn/|https://www.example.cn/")]
    [InlineData("www.example.cn", "https://www.example.cn/")]
    [InlineData("例子.中国", "https://例子.中国/|https://www.例子.中国/")]
    public void BareDomain_ChecksItsHttpsHomePage_WithAndWithoutWww(string target, string expected)
    {
        var targets = VerificationTarget.Expand([target]);

        Assert.Equal(expected, string.Join('|', targets.Select(t => t.Name)));
        Assert.All(targets, t => Assert.True(t.IsHomePage));
    }

    [Theory]
    [InlineData("site/index.html")]
    [InlineData("notes")]
    [InlineData("ftp://example.cn/")]
    [InlineData("https://")]
    public void Target_ThatIsNothingKnown_IsRefused_InOneLine(string target)
    {
        var problem = Assert.Throws<InvalidTargetException>(() => VerificationTarget.Expand([target]));

        Assert.Equal($"the target {target} is neither a file, a folder, an http(s) URL nor a domain name.", problem.Message);
        Assert.Equal(target, problem.Target);
    }

    [Fact]
    public void Inventory_EveryDomainOfEverySite_IsAHomePageTarget_WithItsSiteAndHost()
    {
        var first = Fixture.Config(o => o.Site.Domains.Add(new DomainOptions { Host = "shop.example.cn", IcpNumber = "京ICP备12345678号-2" }));
        var withoutDomains = Fixture.Config(o => o.Site.Domains.Clear());
        var third = Fixture.Config(o => o.Site.Domains[0] = new DomainOptions { Host = "example.com.cn" });

        var targets = VerificationTarget.FromInventory([first, withoutDomains, third]);

        Assert.Equal(["https://example.cn/", "https://shop.example.cn/", "https://example.com.cn/"], targets.Select(t => t.Name));
        Assert.All(targets, t => Assert.True(t.IsHomePage));
        Assert.All(targets, t => Assert.Null(t.Path));
        Assert.Equal(["example.cn", "shop.example.cn", "example.com.cn"], targets.Select(t => t.Host));
        Assert.Equal([first, first, third], targets.Select(t => t.Profile));
        Assert.Equal("京ICP备12345678号-2", targets[1].Profile!.FooterIcpNumberFor(targets[1].Host).ToString());
    }

    [Fact]
    public void Shard_TakesEveryNthFromI_AndTheShardsCoverEveryTargetOnce()
    {
        var shard = VerificationShard.Parse("1/3", out var problem);

        Assert.Null(problem);
        Assert.Equal([1, 4, 7], shard!.Select(Enumerable.Range(0, 9)));
        var all = Enumerable.Range(0, 3).SelectMany(i => new VerificationShard(i, 3).Select(Enumerable.Range(0, 10))).Order();
        Assert.Equal(Enumerable.Range(0, 10), all);
    }

    [Theory]
    [InlineData("1", "--shard = '1': expected I/N with whole numbers, e.g. 0/4 (I is 0-based).")]
    [InlineData("-1/3", "--shard = '-1/3': expected I/N with whole numbers, e.g. 0/4 (I is 0-based).")]
    [InlineData("0/0", "--shard = '0/0': N must be at least 1.")]
    [InlineData("3/3", "--shard = '3/3': I is 0-based, so it must be between 0 and 2 for 3 shard(s).")]
    public void Shard_Malformed_IsOneClearProblem(string text, string expected)
    {
        Assert.Null(VerificationShard.Parse(text, out var problem));
        Assert.Equal(expected, problem!.En);
        Assert.StartsWith($"--shard = '{text}'：", problem.Zh, StringComparison.Ordinal);
    }

    /// <summary>Writes a file under the test's <c>site</c> folder.</summary>
    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, "site", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}

using System.Text.Json;
using System.Xml.Linq;

namespace IcpBadge.Cli.Tests;

/// <summary><c>verify --format sarif|junit</c>, <c>--output</c>, <c>--all-pages</c> and <c>--shard</c>.</summary>
public sealed class VerifyFormatsTests : IDisposable
{
    private const string GoodFooter = """
        <footer>
          <p>© 2024 示例科技有限公司 版权所有</p>
          <p><a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a>
          <img src="/police.png" alt=""><a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143">京公网安备11010502030143号</a></p>
        </footer>
        """;

    private static readonly string[] Levels = ["error", "warning", "note"];

    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-verify-formats-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Sarif_HasTheRequiredStructure_RulesAndResults()
    {
        MakeSite();

        var result = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("$schema").GetString()));
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("icp-badge", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        foreach (var id in new[] { "ICP001", "ICP002", "ICP003", "ICP004", "ICP005", "ICP006", "ICP007", "ICP008", "ICP009", "ICP010", "ICP011", "ICP013", "PSB001", "PSB002", "PSB003", "PSB004", "PSB005", "PSB006", "PSB007", "PSB008", "PSB009", "CPR001", "CPR002", "LIC001", "TTL001", "TTL002", "PRE001", "NET001", "NET002" })
        {
            Assert.Contains(id, ids);
        }

        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.GetProperty("fullDescription").GetProperty("text").GetString()!);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.GetProperty("help").GetProperty("text").GetString()!);
            Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
        });

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r =>
        {
            Assert.Contains(r.GetProperty("ruleId").GetString(), ids);
            Assert.Contains(r.GetProperty("level").GetString(), Levels);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            var uri = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.False(Path.IsPathRooted(uri), uri);
            Assert.EndsWith(".html", uri, StringComparison.Ordinal);
        });
        var icp006 = results.Single(r => r.GetProperty("ruleId").GetString() == "ICP006");
        Assert.Equal("error", icp006.GetProperty("level").GetString());
        Assert.Equal("京ICP备12345678号-1", icp006.GetProperty("properties").GetProperty("evidence").GetString());
        Assert.EndsWith("blog/post.html", icp006.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_UnreachableUrl_IsLocatedAtTheUrl()
    {
        var result = await CliRunner.RunAtNowAsync("verify", "https://example.cn/", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var only = Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("NET001", only.GetProperty("ruleId").GetString());
        Assert.Equal("https://example.cn/", only.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task JUnit_OneSuitePerTarget_ErrorsAreFailures_WarningsAreSystemOut()
    {
        MakeSite();
        Write("warn.html", Page(GoodFooter.Replace("https://beian.miit.gov.cn/", "http://beian.miit.gov.cn/", StringComparison.Ordinal)));

        var result = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "junit");

        Assert.Equal(1, result.ExitCode);
        var document = XDocument.Parse(result.Out);
        var root = document.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var suites = root.Elements("testsuite").ToList();
        Assert.Equal(4, suites.Count);
        Assert.All(suites, s => Assert.NotEmpty(s.Elements("testcase")));
        Assert.All(suites, s => Assert.Equal(s.Elements("testcase").Count(), (int)s.Attribute("tests")!));
        Assert.All(suites, s => Assert.Equal(s.Descendants("failure").Count(), (int)s.Attribute("failures")!));
        Assert.Empty(root.Descendants("skipped"));
        var post = suites.Single(s => ((string)s.Attribute("name")!).EndsWith("post.html", StringComparison.Ordinal));
        var failure = Assert.Single(post.Descendants("failure"));
        Assert.Equal("ICP006", (string)failure.Attribute("type")!);
        Assert.Equal("ICP006 京ICP备12345678号-1", (string)failure.Parent!.Attribute("name")!);
        var warn = suites.Single(s => ((string)s.Attribute("name")!).EndsWith("warn.html", StringComparison.Ordinal));
        Assert.Empty(warn.Descendants("failure"));
        Assert.Contains("ICP007", warn.Descendants("system-out").Single().Value, StringComparison.Ordinal);
        var index = suites.Single(s => ((string)s.Attribute("name")!).EndsWith("index.html", StringComparison.Ordinal));
        Assert.Equal("all rules", (string)Assert.Single(index.Elements("testcase")).Attribute("name")!);
        Assert.Equal(suites.Sum(s => (int)s.Attribute("failures")!), (int)root.Attribute("failures")!);
    }

    [Fact]
    public async Task Output_WritesTheReportToAFile_NothingOnStdout_ExitCodeUnchanged()
    {
        MakeSite();
        var report = Path.Combine(_folder, "out", "report.json");

        var toFile = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "json", "--output", report);
        var toStdout = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "json");

        Assert.Equal(1, toFile.ExitCode);
        Assert.Equal(string.Empty, toFile.Out);
        Assert.Equal(toStdout.Out, File.ReadAllText(report));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(report)!, "*.tmp"));
    }

    [Fact]
    public async Task Output_IntoAFolderPath_ExitsTwo()
    {
        var page = Write("index.html", Page(GoodFooter));

        var result = await CliRunner.RunAtNowAsync("verify", page, "--output", _folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Problems);
    }

    [Fact]
    public async Task AllPages_JudgesInnerPagesAsHomePages()
    {
        Write("index.html", Page(GoodFooter));
        Write("about.html", Page("<footer><p>联系我们</p></footer>"));

        var without = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "json");
        var with = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "json", "--all-pages");

        Assert.Equal(0, without.ExitCode);
        Assert.Equal(1, with.ExitCode);
        using var json = JsonDocument.Parse(with.Out);
        var about = json.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("target").GetString()!.EndsWith("about.html", StringComparison.Ordinal));
        var rules = about.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("ICP001", rules);
        Assert.Contains("PSB009", rules);
    }

    [Theory]
    [InlineData("3/2")]
    [InlineData("2/2")]
    [InlineData("0/0")]
    [InlineData("-1/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    public async Task Shard_Invalid_ExitsTwo_WithAClearMessage(string shard)
    {
        var page = Write("index.html", Page(GoodFooter));

        var result = await CliRunner.RunAtNowAsync("verify", page, "--shard", shard);

        Assert.Equal(2, result.ExitCode);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("--shard", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shard_3Of2_SaysIIs0Based()
    {
        var page = Write("index.html", Page(GoodFooter));

        var result = await CliRunner.RunAtNowAsync("verify", page, "--shard", "3/2");

        Assert.Equal("icp-badge: --shard = '3/2': I is 0-based, so it must be between 0 and 1 for 2 shard(s).", Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task Shard_MergedShards_EqualTheUnshardedRun(int count)
    {
        MakeSite();
        for (var i = 0; i < 5; i++)
        {
            Write($"p{i}/index.html", Page(i % 2 == 0 ? GoodFooter : "<footer>京ICP备1234号</footer>"));
        }

        var full = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "json", "--all-pages");
        using var fullJson = JsonDocument.Parse(full.Out);
        var expected = fullJson.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetRawText()).ToList();
        var merged = new (int Index, string Json)[expected.Count];
        int targets = 0, errors = 0, warnings = 0, exit = 0;
        for (var shard = 0; shard < count; shard++)
        {
            var result = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "json", "--all-pages", "--shard", $"{shard}/{count}");
            using var json = JsonDocument.Parse(result.Out);
            var position = 0;
            foreach (var target in json.RootElement.GetProperty("targets").EnumerateArray())
            {
                var original = shard + (position++ * count);
                merged[original] = (original, target.GetRawText());
            }

            var summary = json.RootElement.GetProperty("summary");
            targets += summary.GetProperty("targets").GetInt32();
            errors += summary.GetProperty("errors").GetInt32();
            warnings += summary.GetProperty("warnings").GetInt32();
            exit = Math.Max(exit, result.ExitCode);
        }

        Assert.Equal(expected, merged.Select(m => m.Json));
        var fullSummary = fullJson.RootElement.GetProperty("summary");
        Assert.Equal(fullSummary.GetProperty("targets").GetInt32(), targets);
        Assert.Equal(fullSummary.GetProperty("errors").GetInt32(), errors);
        Assert.Equal(fullSummary.GetProperty("warnings").GetInt32(), warnings);
        Assert.Equal(full.ExitCode, exit);
    }

    [Fact]
    public async Task Progress_OnATerminal_DoesNotTouchTheReportFile()
    {
        MakeSite();
        var report = Path.Combine(_folder, "report.json");
        var redirected = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "json");
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var console = new CliConsole(output, error, isTerminal: true);

        var exitCode = await CliApplication.RunAsync(["verify", _folder, "--format", "json", "--output", report], console, new NodaTime.Testing.FakeClock(CliRunner.Now), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal(redirected.Out, File.ReadAllText(report));
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public async Task NoTargets_ExitsTwo()
    {
        var result = await CliRunner.RunAtNowAsync("verify");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Problems);
    }

    private void MakeSite()
    {
        Write("index.html", Page(GoodFooter));
        Write("blog/post.html", Page(GoodFooter.Replace("https://beian.miit.gov.cn/", "http://www.miitbeian.gov.cn/", StringComparison.Ordinal)));
        Write("about.htm", Page("<footer><p>联系我们</p></footer>"));
    }

    private static string Page(string footer) => $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>示例网站</title></head>
        <body><h1>示例网站</h1><main><p>正文。</p></main>
        {footer}
        </body></html>
        """;

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}

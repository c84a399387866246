using System.Text.Json;

namespace IcpBadge.Cli.Tests;

/// <summary><c>icp-badge verify TARGET... [--config FILE] [--format text|json]</c> on files and folders.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private const string GoodFooter = """
        <footer>
          <p>© 2024 示例科技有限公司 版权所有</p>
          <p><a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a>
          <img src="/police.png" alt=""><a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143">京公网安备11010502030143号</a></p>
        </footer>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-verify-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Verify_CleanFile_ExitsZero()
    {
        var file = Write("index.html", Page(GoodFooter));

        var result = await CliRunner.RunAtNowAsync("verify", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no findings", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Folder_Json_HasTheSpecShape_AndExitsOne()
    {
        Write("index.html", Page(GoodFooter));
        Write("blog/post.html", Page(GoodFooter.Replace("https://beian.miit.gov.cn/", "http://www.miitbeian.gov.cn/", StringComparison.Ordinal)));
        Write("about.htm", Page("<footer><p>联系我们</p></footer>"));
        Write("notes.txt", "not a page");

        var result = await CliRunner.RunAtNowAsync("verify", _folder, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["targets", "summary"], root.EnumerateObject().Select(p => p.Name));
        var targets = root.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(3, targets.Count);
        Assert.All(targets, t => Assert.Equal(["target", "finalUrl", "status", "findings"], t.EnumerateObject().Select(p => p.Name)));
        Assert.All(targets, t => Assert.Equal("ok", t.GetProperty("status").GetString()));
        var post = targets.Single(t => t.GetProperty("target").GetString()!.EndsWith("post.html", StringComparison.Ordinal));
        var finding = Assert.Single(post.GetProperty("findings").EnumerateArray());
        Assert.Equal(["rule", "severity", "message", "messages", "evidence"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ICP006", finding.GetProperty("rule").GetString());
        Assert.Equal(finding.GetProperty("message").GetString(), finding.GetProperty("messages").GetProperty("en").GetString());
        Assert.StartsWith("ICP备案号链接", finding.GetProperty("messages").GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("京ICP备12345678号-1", finding.GetProperty("evidence").GetString());

        // about.htm is not the folder's index: presence rules do not judge it.
        var about = targets.Single(t => t.GetProperty("target").GetString()!.EndsWith("about.htm", StringComparison.Ordinal));
        Assert.Empty(about.GetProperty("findings").EnumerateArray());
        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("targets").GetInt32());
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(0, summary.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task Verify_ExplicitFile_IsAHomePage()
    {
        var file = Write("contact.html", Page("<footer><p>联系我们</p></footer>"));

        var result = await CliRunner.RunAtNowAsync("verify", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ICP001", result.Out, StringComparison.Ordinal);
        Assert.Contains("PSB009", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithConfig_RunsTheConfiguredRules()
    {
        var file = Write("index.html", Page(GoodFooter.Replace("12345678", "87654321", StringComparison.Ordinal)));
        var config = Write("icpbadge.json", """
            { "IcpBadge": { "Site": { "Name": "示例网站" }, "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2026-01-10" },
                            "Copyright": { "Holder": "示例科技有限公司" } } }
            """);

        var result = await CliRunner.RunAtNowAsync("verify", file, "--config", config, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var rules = json.RootElement.GetProperty("targets")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Equal(["ICP003"], rules);
    }

    [Fact]
    public async Task Verify_MissingTarget_ExitsTwo()
    {
        var result = await CliRunner.RunAtNowAsync("verify", Path.Combine(_folder, "nope.html"));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Problems);
    }

    [Fact]
    public async Task Verify_BadConfig_ExitsTwo()
    {
        var file = Write("index.html", Page(GoodFooter));
        var config = Write("bad.json", """{ "IcpBadge": { "Icp": { "Number": "萌ICP备12345678号" } } }""");

        var result = await CliRunner.RunAtNowAsync("verify", file, "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Problems);
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

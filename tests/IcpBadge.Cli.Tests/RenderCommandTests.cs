using System.Text.Json;

namespace IcpBadge.Cli.Tests;

/// <summary><c>icp-badge render [--config FILE] [--format html|text|markdown|json] [--template NAME|DIR]</c>.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private const string IcpLink = "<a class=\"icp-badge__icp\" href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">京ICP备20260101号-1</a>";

    private const string PoliceUrl = "https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143";

    private const string Copyright = "© 2019–2026 北京京华示例科技有限公司 版权所有";

    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-render-").FullName;

    private static string SampleConfig => Path.Combine(TempSite.SampleFolder, "icpbadge.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Render_SampleConfig_PrintsDefaultFooterHtml()
    {
        var emblem = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(TempSite.SampleFolder, TempSite.EmblemPath)));

        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.StartsWith("<footer class=\"icp-badge\" lang=\"zh-CN\" style=\"", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("</footer>\n", result.Out, StringComparison.Ordinal);
        Assert.Contains(IcpLink, result.Out, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"icp-badge__police\" href=\"{PoliceUrl}\"", result.Out, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"data:image/png;base64,{emblem}\" alt=\"公安备案图标\" width=\"20\" height=\"20\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("京公网安备11010502030143号</a>", result.Out, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"icp-badge__line icp-badge__copyright\">{Copyright}</div>", result.Out, StringComparison.Ordinal);
    }

    /// <summary><c>"Rendering": { "StrictCsp": true }</c>: the CLI uses the same renderer, so no style attribute and no data: URI.</summary>
    [Fact]
    public async Task Render_StrictCsp_WritesNoStyleAttributeAndNoDataUri()
    {
        var config = WriteConfig("""
            { "IcpBadge": { "Rendering": { "StrictCsp": true }, "Icp": { "Number": "京ICP备20260101号-1" },
                            "Police": { "Number": "京公网安备11010502030143号", "Icon": "/images/police-emblem.png" } } }
            """);

        var result = await CliRunner.RunAtNowAsync("render", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<footer class=\"icp-badge\" lang=\"zh-CN\">", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", result.Out, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/images/police-emblem.png\" alt=\"公安备案图标\" width=\"20\" height=\"20\" class=\"icp-badge__emblem\">", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_StrictCspWithAnEmblemFile_IsAConfigurationError_ExitCode2()
    {
        var config = WriteConfig("""
            { "IcpBadge": { "Rendering": { "StrictCsp": true }, "Icp": { "Number": "京ICP备20260101号-1" },
                            "Police": { "Number": "京公网安备11010502030143号", "Icon": "emblem.png" } } }
            """);

        var result = await CliRunner.RunAtNowAsync("render", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("IcpBadge:Police:Icon = 'emblem.png': ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Rendering:StrictCsp", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("粤ICP备20260101号-1")]
    [InlineData("粤ICP备20260101号")]
    public async Task Render_GuangdongNumber_ShowsTheMainNumber(string number)
    {
        var config = WriteConfig("{ \"IcpBadge\": { \"Icp\": { \"Number\": \"" + number + "\" } } }");

        var result = await CliRunner.RunAtNowAsync("render", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(">粤ICP备20260101号</a>", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("号-1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_BeijingWebsiteNumber_KeepsTheSuffix()
    {
        var config = WriteConfig("{ \"IcpBadge\": { \"Icp\": { \"Number\": \"京ICP备20260101号-2\" } } }");

        var result = await CliRunner.RunAtNowAsync("render", "--config", config, "--format", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("京ICP备20260101号-2 https://beian.miit.gov.cn/", Assert.Single(result.OutLines));
    }

    [Fact]
    public async Task Render_FormatText_OneItemALineWithoutMarkup()
    {
        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--format", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Equal(
            [Copyright, "京ICP备20260101号-1 https://beian.miit.gov.cn/", "京公网安备11010502030143号 " + PoliceUrl],
            result.OutLines);
    }

    [Fact]
    public async Task Render_FormatMarkdown_LinksAndEmblemImage()
    {
        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Equal(Copyright, result.OutLines[0]);
        Assert.Contains("[京ICP备20260101号-1](https://beian.miit.gov.cn/)", result.Out, StringComparison.Ordinal);
        Assert.Contains("![公安备案图标](data:image/png;base64,", result.Out, StringComparison.Ordinal);
        // '#' is backslash-escaped, which CommonMark allows in a link destination: it still links to PoliceUrl.
        Assert.Contains("[京公网安备11010502030143号](" + PoliceUrl.Replace("#", "\\#", StringComparison.Ordinal) + ")", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_FormatJson_ValuesAndTheSameHtml()
    {
        var html = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig);

        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("zh-CN", root.GetProperty("lang").GetString());
        Assert.Equal("京ICP备20260101号-1", root.GetProperty("icp").GetProperty("number").GetString());
        Assert.Equal("https://beian.miit.gov.cn/", root.GetProperty("icp").GetProperty("link").GetString());
        var police = root.GetProperty("police");
        Assert.Equal("京公网安备11010502030143号", police.GetProperty("number").GetString());
        Assert.Equal("11010502030143", police.GetProperty("code").GetString());
        Assert.Equal(PoliceUrl, police.GetProperty("link").GetString());
        Assert.StartsWith("data:image/png;base64,", police.GetProperty("icon").GetProperty("src").GetString(), StringComparison.Ordinal);
        Assert.Equal(Copyright, root.GetProperty("copyright").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("licence").ValueKind);
        Assert.Equal(html.Out.TrimEnd('\n'), root.GetProperty("html").GetString()!.TrimEnd('\n'));
    }

    [Fact]
    public async Task Render_FormatJsonWithLicence_HasLicenceObject()
    {
        var config = WriteConfig("""{ "IcpBadge": { "Site": { "Commercial": true }, "Icp": { "Number": "京ICP备20260101号-1" }, "License": { "Number": "京ICP证030173号" } } }""");

        var result = await CliRunner.RunAtNowAsync("render", "--config", config, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("京ICP证030173号", json.RootElement.GetProperty("licence").GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("police").ValueKind);
        Assert.Contains("京ICP证030173号", json.RootElement.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_CompactTemplate_OneLine()
    {
        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--template", "compact");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var line = Assert.Single(result.OutLines);
        Assert.StartsWith("<div class=\"icp-badge icp-badge--compact icp-badge__footer\" lang=\"zh-CN\"", line, StringComparison.Ordinal);
        Assert.Contains(IcpLink, line, StringComparison.Ordinal);
        Assert.Contains("京公网安备11010502030143号</a>", line, StringComparison.Ordinal);
        Assert.EndsWith("</div>", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UserTemplateFolder_OverridesDefaultAndIncludesBuiltInPartial()
    {
        var templates = WriteTemplate("default", "<p class=\"mine\">{{ icp.number }}|{{ copyright.text }}</p>{{ include \"police-badge\" }}\n");

        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--template", templates);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.StartsWith($"<p class=\"mine\">京ICP备20260101号-1|{Copyright}</p><a class=\"icp-badge__police\" href=\"{PoliceUrl}\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("<img src=\"data:image/png;base64,", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<footer", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UserTemplate_ValuesAreHtmlEncoded()
    {
        var config = WriteConfig("""{ "IcpBadge": { "Icp": { "Number": "京ICP备20260101号-1" }, "Copyright": { "Holder": "<script>x</script> & Co" } } }""");
        var templates = WriteTemplate("default", "<p>{{ copyright.text }}</p>\n");

        var result = await CliRunner.RunAtNowAsync("render", "--config", config, "--template", templates);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("<p>© 2026 &lt;script&gt;x&lt;/script&gt; &amp; Co 版权所有</p>", Assert.Single(result.OutLines));
    }

    [Fact]
    public async Task Render_TemplateWithTypo_Exits2WithOneLineNamingTheTemplate()
    {
        var templates = WriteTemplate("default", "<p>{{ icp.numbr }}</p>\n");

        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--template", templates);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        CliRunner.AssertNoStackTrace(result.Error);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"icp-badge: Template 'default' ({templates}) failed: ", line, StringComparison.Ordinal);
        Assert.Contains("numbr", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TemplateThatDoesNotParse_Exits2WithOneLine()
    {
        var templates = WriteTemplate("default", "<p>{{ icp.number </p>\n{{ end }}\n");

        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--template", templates);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"icp-badge: Template 'default' ({templates}) has errors: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TemplateIncludingAPath_Exits2()
    {
        File.WriteAllText(Path.Combine(_folder, "secret.scriban"), "secret");
        var templates = WriteTemplate("default", "{{ include \"../secret\" }}\n");

        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--template", templates);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("secret\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("never a path", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UnknownTemplateName_Exits2ListingBuiltIns()
    {
        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--template", "fancy");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("'fancy'", line, StringComparison.Ordinal);
        Assert.Contains("compact, default", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MissingTemplateFolder_Exits2NamingIt()
    {
        var missing = Path.Combine(_folder, "no-templates");

        var result = await CliRunner.RunAtNowAsync("render", "--config", SampleConfig, "--template", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"icp-badge: --template: the template folder {missing} does not exist."], result.ErrorLines);
    }

    [Fact]
    public async Task Render_MissingConfigFile_Exits2NamingThePath()
    {
        var missing = Path.Combine(_folder, "missing.json");

        var result = await CliRunner.RunAtNowAsync("render", "--config", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(
            [$"icp-badge: --config = '{missing}': the configuration file {missing} does not exist.", "icp-badge: the configuration has 1 problem(s); fix them and run again."],
            result.ErrorLines);
    }

    [Fact]
    public async Task Render_MalformedJson_Exits2WithOneProblemAndNoStackTrace()
    {
        var config = WriteConfig("{ \"IcpBadge\": { \"Icp\": { \"Number\": \"京ICP备");

        var result = await CliRunner.RunAtNowAsync("render", "--config", config);

        Assert.Equal(2, result.ExitCode);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.Equal(2, result.Problems.Count);
        Assert.StartsWith($"icp-badge: --config = '{config}': ", result.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_InvalidConfig_Exits2ListingEveryProblem()
    {
        var config = WriteConfig("""
            { "IcpBadge": {
                "Site": { "LaunchedOn": "yesterday" },
                "Icp": { "Number": "京ICP备2026号" },
                "Police": { "Number": "粤公网安备52990002000093号", "Icon": "javascript:alert(1)" } } }
            """);

        var result = await CliRunner.RunAtNowAsync("render", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.Equal(5, result.ErrorLines.Count);
        Assert.Contains(result.Problems, p => p.StartsWith("icp-badge: IcpBadge:Icp:Number = '京ICP备2026号': ", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("icp-badge: IcpBadge:Police:Number = '粤公网安备52990002000093号': ", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("icp-badge: IcpBadge:Police:Icon = 'javascript:alert(1)': ", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("icp-badge: IcpBadge:Site:LaunchedOn = 'yesterday': ", StringComparison.Ordinal));
        Assert.Equal("icp-badge: the configuration has 4 problem(s); fix them and run again.", result.Problems[^1]);
    }

    private string WriteConfig(string json)
    {
        var path = Path.Combine(_folder, "icpbadge-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    private string WriteTemplate(string name, string text)
    {
        var folder = Path.Combine(_folder, "templates");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".scriban"), text);
        return folder;
    }
}

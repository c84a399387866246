using System.Text.Json;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>--lang zh|en</c>, <c>ICPBADGE_LANG</c> and the POSIX locale choose the one language of text output; an invalid
/// choice is bad input; JSON is the same in both languages.
/// </summary>
public sealed class LanguageTests
{
    private const string ChineseUsage = "用法：";
    private const string EnglishUsage = "Usage:";

    [Theory]
    [InlineData("--lang", "fr")]
    [InlineData("--lang=fr", null)]
    [InlineData("--lang", "chinese")]
    public async Task Lang_Invalid_IsBadInputNamingTheValueAndTheRule(string option, string? value)
    {
        string[] args = value is null ? [option, "number", "京ICP备12345678号-1"] : [option, value, "number", "京ICP备12345678号-1"];

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("icp-badge: --lang: '", line, StringComparison.Ordinal);
        Assert.Contains("use zh or en", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvironmentVariable_Invalid_IsBadInputNamingIt()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["ICPBADGE_LANG"] = "fr", ["LANG"] = "zh_CN.UTF-8" }, "--help");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        // Told in the language the locale chooses.
        Assert.StartsWith("icp-badge: ICPBADGE_LANG：", line, StringComparison.Ordinal);
        Assert.Contains("fr", line, StringComparison.Ordinal);
        Assert.Contains("zh", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LANG", "zh_CN.UTF-8", ChineseUsage)]
    [InlineData("LANG", "en_US.UTF-8", EnglishUsage)]
    [InlineData("LANG", "C", EnglishUsage)]
    [InlineData("LC_MESSAGES", "zh_TW.UTF-8", ChineseUsage)]
    [InlineData("ICPBADGE_LANG", "zh", ChineseUsage)]
    [InlineData("ICPBADGE_LANG", "en", EnglishUsage)]
    public async Task Environment_ChoosesTheLanguage(string variable, string value, string expected)
    {
        var result = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { [variable] = value }, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoEnvironment_IsEnglish()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string>(), "--help");

        Assert.Contains(EnglishUsage, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LcAll_WinsOverLang()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["LC_ALL"] = "C", ["LANG"] = "zh_CN.UTF-8" }, "--help");

        Assert.Contains(EnglishUsage, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvironmentVariable_WinsOverLocale_AndOptionWinsOverBoth()
    {
        var environment = new Dictionary<string, string> { ["ICPBADGE_LANG"] = "en", ["LANG"] = "zh_CN.UTF-8" };

        var fromVariable = await CliRunner.RunWithEnvironmentAsync(environment, "--help");
        var fromOption = await CliRunner.RunWithEnvironmentAsync(environment, "--help", "--lang=zh");

        Assert.Contains(EnglishUsage, fromVariable.Out, StringComparison.Ordinal);
        Assert.Contains(ChineseUsage, fromOption.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Option_AfterDoubleDash_IsNotALanguageChoice()
    {
        var result = await CliRunner.RunAsync("number", "--", "--lang", "zh");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unrecognized option '--lang'.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_NumberTextAndErrorsAreChinese()
    {
        var result = await CliRunner.RunAsync("--lang", "zh", "number", "京ICP备12345678号-1", "京ICP备123号");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("✓ 京ICP备12345678号-1  有效", result.Out, StringComparison.Ordinal);
        Assert.Contains("✗ 京ICP备123号  无效", result.Out, StringComparison.Ordinal);
        Assert.Equal(["icp-badge: 2 个输入中有 1 个无效。"], result.ErrorLines);
    }

    [Fact]
    public async Task Chinese_ParseErrorPointsToHelpInChinese()
    {
        var result = await CliRunner.RunAsync("--lang", "zh", "number", "--colour", "京ICP备12345678号-1");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("运行 'icp-badge number --help' 查看用法。", result.ErrorLines[^1]);
    }

    [Fact]
    public async Task Chinese_ParserErrorsAreChinese()
    {
        var unknown = await CliRunner.RunAsync("--lang", "zh", "publish");
        var format = await CliRunner.RunAsync("--lang", "zh", "number", "京ICP备12345678号-1", "--format", "xml");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal(["icp-badge: 无法识别的命令或参数 'publish'。", "运行 'icp-badge --help' 查看用法。"], unknown.ErrorLines);
        Assert.Equal(2, format.ExitCode);
        Assert.StartsWith("icp-badge: 无法识别的值 'xml'，可选值为：", format.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("'json'", format.ErrorLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "icp-badge: Cannot parse argument 'x' for option '--warn-days' as expected type 'System.Int32'.")]
    [InlineData("zh", "icp-badge: 选项 '--warn-days' 的值 'x' 无法解析为 System.Int32 类型。")]
    public async Task WarnDays_NotANumber_IsOneParseErrorNotACrash(string language, string expected)
    {
        var result = await CliRunner.RunAsync("deadlines", "--warn-days", "x", "--lang", language);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.ErrorLines[0]);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public async Task Chinese_RulesTableHeadersAreChinese()
    {
        var result = await CliRunner.RunAsync("rules", "--lang", "zh");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("各省ICP备案与公安联网备案规定", result.Out, StringComparison.Ordinal);
        Assert.Contains("页脚备案号", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Footer number", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TextInTheChosenLanguage_JsonTheSame()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-lang-");
        try
        {
            var page = Path.Combine(folder.FullName, "index.html");
            File.WriteAllText(page, "<!doctype html><html><head><title>无页脚</title></head><body><p>没有备案号</p></body></html>");

            var zh = await CliRunner.RunAsync("verify", page, "--all-pages", "--lang", "zh");
            var en = await CliRunner.RunAsync("verify", page, "--all-pages", "--lang", "en");
            var zhJson = await CliRunner.RunAsync("verify", page, "--all-pages", "--lang", "zh", "--format", "json");
            var enJson = await CliRunner.RunAsync("verify", page, "--all-pages", "--lang", "en", "--format", "json");

            Assert.Equal(1, zh.ExitCode);
            Assert.Equal(1, en.ExitCode);
            Assert.NotEqual(en.Out, zh.Out);
            Assert.Contains("ICP001", zh.Out, StringComparison.Ordinal);
            Assert.Equal(enJson.Out, zhJson.Out);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Deadlines_TextInChinese_JsonTheSame()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-lang-");
        try
        {
            var config = Path.Combine(folder.FullName, "icpbadge.json");
            File.WriteAllText(config, """{ "IcpBadge": { "Site": { "Name": "示例网站", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2026-11-01" } } }""");

            var zh = await CliRunner.RunAsync("deadlines", "-c", config, "--today", "2026-11-24", "--lang", "zh");
            var zhJson = await CliRunner.RunAsync("deadlines", "-c", config, "--today", "2026-11-24", "--lang", "zh", "--format", "json");
            var enJson = await CliRunner.RunAsync("deadlines", "-c", config, "--today", "2026-11-24", "--lang", "en", "--format", "json");

            Assert.Equal(0, zh.ExitCode);
            Assert.Contains("即将到期", zh.Out, StringComparison.Ordinal);
            Assert.Contains("提交公安联网备案", zh.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("DueSoon", zh.Out, StringComparison.Ordinal);
            Assert.Equal(enJson.Out, zhJson.Out);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Deadlines_TerminalTableInChinese()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-lang-");
        try
        {
            var config = Path.Combine(folder.FullName, "icpbadge.json");
            File.WriteAllText(config, """{ "IcpBadge": { "Site": { "Name": "示例网站", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2026-11-01" } } }""");
            using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            var console = new CliConsole(output, error, isTerminal: true);

            var exitCode = await CliApplication.RunAsync(
                ["deadlines", "-c", config, "--today", "2026-11-24", "--lang", "zh"], console, new NodaTime.Testing.FakeClock(CliRunner.Now), CancellationToken.None);

            Assert.Equal(0, exitCode);
            var table = output.ToString();
            Assert.Contains("网站", table, StringComparison.Ordinal);
            Assert.Contains("状态", table, StringComparison.Ordinal);
            Assert.Contains("即将到期", table, StringComparison.Ordinal);
            Assert.Contains("提交公安联网备案", table, StringComparison.Ordinal);
            Assert.Contains("1 个网站", table, StringComparison.Ordinal);
            Assert.DoesNotContain("DueSoon", table, StringComparison.Ordinal);
            Assert.DoesNotContain("site(s)", table, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("number", "京ICP备12345678号-1", "京公网安备11010502030143号", "--format", "json")]
    [InlineData("rules", "粤", "--format", "json")]
    public async Task Json_IsTheSameInBothLanguages(params string[] args)
    {
        var english = await CliRunner.RunAsync([.. args, "--lang", "en"]);
        var chinese = await CliRunner.RunAsync([.. args, "--lang", "zh"]);

        Assert.Equal(0, english.ExitCode);
        using var parsed = JsonDocument.Parse(english.Out);
        Assert.Equal(english.Out, chinese.Out);
    }
}

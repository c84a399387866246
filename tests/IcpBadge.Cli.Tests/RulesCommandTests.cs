using System.Text.Json;
using System.Text.RegularExpressions;

namespace IcpBadge.Cli.Tests;

/// <summary><c>icp-badge rules [PROVINCE]</c>.</summary>
public sealed partial class RulesCommandTests
{
    /// <summary>The 31 provincial-level divisions of SPEC §1.1, in code order.</summary>
    private const string ProvinceNames =
        "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆";

    private const string ProvinceCodes =
        "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65";

    [Fact]
    public async Task Rules_NoArgument_TableOfAll31Provinces()
    {
        var result = await CliRunner.RunAsync("rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var rows = result.OutLines.Where(l => TableRow().IsMatch(l)).ToArray();
        Assert.Equal(ProvinceCodes.Split(' '), rows.Select(r => r[..2]));
        foreach (var name in ProvinceNames.Split(' '))
        {
            Assert.Contains(rows, row => row.Contains(" " + name + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Rules_NoArgument_MarksGuangdongMainNumberAndJiangsuCopyright()
    {
        var result = await CliRunner.RunAsync("rules");

        var rows = result.OutLines.Where(l => TableRow().IsMatch(l)).ToDictionary(r => r[..2]);
        Assert.Matches(@"\bmain\b", rows["44"]);
        Assert.Contains("D10", rows["44"], StringComparison.Ordinal);
        Assert.Matches(@"\bwebsite\b", rows["11"]);
        Assert.Contains("required", rows["32"], StringComparison.Ordinal);
        Assert.Contains("recommended", rows["11"], StringComparison.Ordinal);
        Assert.Contains("wa.police.sh.cn", rows["31"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("粤")]
    [InlineData("广东")]
    [InlineData("广东省")]
    [InlineData("Guangdong")]
    [InlineData("guangdong")]
    [InlineData("44")]
    [InlineData("gd")]
    [InlineData("GD")]
    public async Task Rules_GuangdongInAnyForm_ShowsMainNumberRuleAndD10(string name)
    {
        var result = await CliRunner.RunAsync("rules", name);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Equal("广东省 Guangdong (44)", result.OutLines[0]);
        Assert.StartsWith("the main number", CliRunner.Detail(result.Out, "footer number"), StringComparison.Ordinal);
        Assert.Contains("粤ICP备19015064号", CliRunner.Detail(result.Out, "footer number"), StringComparison.Ordinal);
        Assert.Contains(result.OutLines, l => l.StartsWith("D10 ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutLines, l => l.StartsWith("D6 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rules_Shanghai_ShowsSecondPolicePlatformAndD6D9()
    {
        var result = await CliRunner.RunAsync("rules", "上海");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("上海市 Shanghai (31)", result.OutLines[0]);
        Assert.Contains("wa.police.sh.cn", CliRunner.Detail(result.Out, "police platforms"), StringComparison.Ordinal);
        var d6 = Assert.Single(result.OutLines, l => l.StartsWith("D6 ", StringComparison.Ordinal));
        Assert.Contains("wa.police.sh.cn", d6, StringComparison.Ordinal);
        Assert.Single(result.OutLines, l => l.StartsWith("D9 ", StringComparison.Ordinal));
        Assert.StartsWith("the website number", CliRunner.Detail(result.Out, "footer number"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.OutLines, l => l.StartsWith("D10 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rules_Jiangsu_SaysCopyrightRequired()
    {
        var result = await CliRunner.RunAsync("rules", "江苏");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("江苏省 Jiangsu (32)", result.OutLines[0]);
        Assert.StartsWith("required:", CliRunner.Detail(result.Out, "copyright"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_Beijing_SaysCopyrightRecommendedAndWebsiteNumber()
    {
        var result = await CliRunner.RunAsync("rules", "京");

        Assert.StartsWith("recommended:", CliRunner.Detail(result.Out, "copyright"), StringComparison.Ordinal);
        Assert.StartsWith("the website number", CliRunner.Detail(result.Out, "footer number"), StringComparison.Ordinal);
        Assert.Contains("京ICP备12345678号-1", CliRunner.Detail(result.Out, "footer number"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gz", "贵州省 Guizhou (52)")]
    [InlineData("sx", "山西省 Shanxi (14)")]
    [InlineData("sn", "陕西省 Shaanxi (61)")]
    [InlineData("黔", "贵州省 Guizhou (52)")]
    [InlineData("蜀", "四川省 Sichuan (51)")]
    public async Task Rules_Lookalikes_ResolveToTheRightProvince(string name, string heading)
    {
        var result = await CliRunner.RunAsync("rules", name);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(heading, result.OutLines[0]);
        Assert.DoesNotContain("广东", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_Gz_IsGuizhouNotGuangdong()
    {
        var result = await CliRunner.RunAsync("rules", "gz");

        Assert.Contains("贵州", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("广东", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Guangdong", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesJson_NoArgument_31Entries()
    {
        var result = await CliRunner.RunAsync("rules", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var entries = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(31, entries.Length);
        Assert.Equal(ProvinceCodes.Split(' '), entries.Select(e => e.GetProperty("code").GetString()));
        Assert.Equal(ProvinceNames.Split(' '), entries.Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task RulesJson_Guangdong_OneEntryWithMainFooterAndD10()
    {
        var result = await CliRunner.RunAsync("rules", "粤", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("44", entry.GetProperty("code").GetString());
        Assert.Equal("广东", entry.GetProperty("name").GetString());
        Assert.Equal("Main", entry.GetProperty("footerNumber").GetString());
        Assert.False(entry.GetProperty("copyrightRequired").GetBoolean());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("secondPolicePlatform").ValueKind);
        Assert.Contains("D10", entry.GetProperty("obligations").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        Assert.Contains("\"name\": \"广东\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesJson_ShanghaiAndJiangsu_CarryTheirSpecialRules()
    {
        var shanghai = await CliRunner.RunAsync("rules", "sh", "-f", "json");
        var jiangsu = await CliRunner.RunAsync("rules", "js", "-f", "json");

        using var shanghaiJson = JsonDocument.Parse(shanghai.Out);
        var sh = Assert.Single(shanghaiJson.RootElement.EnumerateArray());
        Assert.Contains("wa.police.sh.cn", sh.GetProperty("secondPolicePlatform").GetString(), StringComparison.Ordinal);
        var ids = sh.GetProperty("obligations").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToArray();
        Assert.Contains("D6", ids);
        Assert.Contains("D9", ids);

        using var jiangsuJson = JsonDocument.Parse(jiangsu.Out);
        Assert.True(Assert.Single(jiangsuJson.RootElement.EnumerateArray()).GetProperty("copyrightRequired").GetBoolean());
    }

    [Fact]
    public async Task Rules_UnknownProvince_Exits2WithOneLineListingAcceptedForms()
    {
        var result = await CliRunner.RunAsync("rules", "xyz");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("icp-badge: ", line, StringComparison.Ordinal);
        Assert.Contains("'xyz'", line, StringComparison.Ordinal);
        foreach (var form in new[] { "广东", "广东省", "粤", "44", "Guangdong", "gd" })
        {
            Assert.Contains(form, line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("hk", "Hong Kong")]
    [InlineData("香港", "Hong Kong")]
    [InlineData("澳门", "Macau")]
    [InlineData("tw", "Taiwan")]
    public async Task Rules_HongKongMacauTaiwan_Exits2SayingNoIcpFiling(string name, string region)
    {
        var result = await CliRunner.RunAsync("rules", name);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(region, line, StringComparison.Ordinal);
        Assert.Contains("no MIIT ICP filing", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesJson_UnknownProvince_Exits2WithNothingOnStdout()
    {
        var result = await CliRunner.RunAsync("rules", "xyz", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Single(result.ErrorLines);
    }

    /// <summary>A row of the all-provinces table: two-digit code, then the Chinese name.</summary>
    [GeneratedRegex(@"^\d{2} +\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex TableRow();
}

using System.Text.Json;

namespace IcpBadge.Cli.Tests;

/// <summary><c>icp-badge number --format json</c>: a stable array, one object per input.</summary>
public sealed class NumberCommandJsonTests
{
    private const string PoliceLinkPrefix = "https://beian.mps.gov.cn/#/query/webSearch?code=";
    private const string MiitLink = "https://beian.miit.gov.cn/";

    [Fact]
    public async Task NumberJson_IssueAcceptanceCase_ArrayInInputOrderAndExit2()
    {
        string[] inputs = ["粤ICP备19015064号", "京ICP备12345678号-1", "粤公网安备 52990002000093号"];

        var result = await CliRunner.RunAsync(["number", "--format", "json", .. inputs]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["icp-badge: 1 of 3 input(s) invalid."], result.ErrorLines);
        using var json = JsonDocument.Parse(result.Out);
        var items = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(inputs, items.Select(i => i.GetProperty("input").GetString()));

        Assert.True(items[0].GetProperty("valid").GetBoolean());
        Assert.Equal("IcpMain", items[0].GetProperty("kind").GetString());
        Assert.Equal("44", items[0].GetProperty("province").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("main").ValueKind);

        Assert.True(items[1].GetProperty("valid").GetBoolean());
        Assert.Equal("IcpWebsite", items[1].GetProperty("kind").GetString());
        Assert.Equal("京ICP备12345678号", items[1].GetProperty("main").GetString());

        Assert.False(items[2].GetProperty("valid").GetBoolean());
        Assert.Contains("52 (贵州)", items[2].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NumberJson_EveryObject_HasExactlyTheDocumentedKeys()
    {
        var result = await CliRunner.RunAsync("number", "-f", "json", "京ICP备12345678号-1", "京公网安备11010502030143号", "B2-20233776", "不是备案号");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(4, json.RootElement.GetArrayLength());
        foreach (var item in json.RootElement.EnumerateArray())
        {
            Assert.Equal(
                ["canonical", "error", "input", "kind", "link", "main", "normalizations", "province", "valid"],
                item.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

            var province = item.GetProperty("province");
            if (province.ValueKind != JsonValueKind.Null)
            {
                Assert.Equal(
                    ["code", "icpAbbr", "name", "policeAbbr"],
                    province.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            }

            Assert.Equal(JsonValueKind.Array, item.GetProperty("normalizations").ValueKind);
        }
    }

    [Theory]
    [InlineData("粤ICP备19015064号", "IcpMain", null, MiitLink)]
    [InlineData("京ICP备12345678号-1", "IcpWebsite", "京ICP备12345678号", MiitLink)]
    [InlineData("京ICP备12345678号-2A", "IcpApp", "京ICP备12345678号", MiitLink)]
    [InlineData("京ICP备12345678号-3X", "IcpMiniProgram", "京ICP备12345678号", MiitLink)]
    [InlineData("京ICP备12345678号-4K", "IcpQuickApp", "京ICP备12345678号", MiitLink)]
    [InlineData("京ICP证030173号", "IcpLicence", null, null)]
    [InlineData("粤B2-20190762", "TelecomLicence", null, null)]
    [InlineData("京公网安备11010502030143号", "Police", null, PoliceLinkPrefix + "11010502030143")]
    public async Task NumberJson_EachKind_ReportsKindMainAndLink(string input, string kind, string? main, string? link)
    {
        var result = await CliRunner.RunAsync("number", "--format", "json", input);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.True(item.GetProperty("valid").GetBoolean());
        Assert.Equal(kind, item.GetProperty("kind").GetString());
        Assert.Equal(main, item.GetProperty("main").GetString());
        Assert.Equal(link, item.GetProperty("link").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("error").ValueKind);
        Assert.Equal(JsonValueKind.String, item.GetProperty("canonical").ValueKind);
    }

    [Fact]
    public async Task NumberJson_Province_HasCodeNameAndBothAbbreviations()
    {
        var result = await CliRunner.RunAsync("number", "--format", "json", "黔ICP备12345678号-1", "贵公网安备52010202000001号");

        using var json = JsonDocument.Parse(result.Out);
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var province = item.GetProperty("province");
            Assert.Equal("52", province.GetProperty("code").GetString());
            Assert.Equal("贵州", province.GetProperty("name").GetString());
            Assert.Equal("黔", province.GetProperty("icpAbbr").GetString());
            Assert.Equal("贵", province.GetProperty("policeAbbr").GetString());
        }
    }

    [Fact]
    public async Task NumberJson_PoliceNumberWithSpace_LinksToItsOwnDigits()
    {
        var result = await CliRunner.RunAsync("number", "--format", "json", "粤公网安备 44190002003939号");

        using var json = JsonDocument.Parse(result.Out);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("粤公网安备44190002003939号", item.GetProperty("canonical").GetString());
        Assert.Equal(PoliceLinkPrefix + "44190002003939", item.GetProperty("link").GetString());
    }

    [Fact]
    public async Task NumberJson_TelecomLicenceWithoutPrefix_HasNullProvince()
    {
        var result = await CliRunner.RunAsync("number", "--format", "json", "B2-20233776");

        using var json = JsonDocument.Parse(result.Out);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.True(item.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("province").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("link").ValueKind);
    }

    [Theory]
    [InlineData("浙 ICP 备 1200000号 -1", "浙ICP备1200000号-1", new[] { "Whitespace" })]
    [InlineData("京ICP备12345678号-1", "京ICP备12345678号-1", new string[0])]
    [InlineData("备案号：京ＩＣＰ备１２３４５６７８号－１", "京ICP备12345678号-1", new[] { "FullWidthCharacters", "LeadingLabel" })]
    public async Task NumberJson_Normalizations_ListsWhatWasNormalised(string input, string canonical, string[] normalizations)
    {
        var result = await CliRunner.RunAsync("number", "--format", "json", input);

        using var json = JsonDocument.Parse(result.Out);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(input, item.GetProperty("input").GetString());
        Assert.Equal(canonical, item.GetProperty("canonical").GetString());
        Assert.Equal(normalizations, item.GetProperty("normalizations").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task NumberJson_ChineseText_IsWrittenLiterallyNotEscaped()
    {
        var result = await CliRunner.RunAsync("number", "--format", "json", "京ICP备12345678号-1", "粤公网安备 52990002000093号");

        Assert.Contains("\"input\": \"京ICP备12345678号-1\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"北京\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("贵州", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("豫ICP备20151109-1")]
    [InlineData("京ICP备****号-1")]
    [InlineData("京ICP备12345678号-0")]
    [InlineData("萌ICP备20230001号")]
    [InlineData("粤公网安备 52990002000093号")]
    public async Task NumberJson_Invalid_HasErrorSentenceAndNullFields(string input)
    {
        var result = await CliRunner.RunAsync("number", "--format", "json", input);

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.False(item.GetProperty("valid").GetBoolean());
        var error = item.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.EndsWith(".", error, StringComparison.Ordinal);
        foreach (var name in new[] { "kind", "province", "canonical", "main", "link" })
        {
            Assert.Equal(JsonValueKind.Null, item.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public async Task NumberJson_AllValid_Exits0AndStderrEmpty()
    {
        var result = await CliRunner.RunAsync("number", "--format", "json", "粤ICP备19015064号", "京ICP备12345678号-1");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
    }
}

using System.Text;
using System.Text.Json;
using IcpBadge.Filing;
using IcpBadge.Localization;

namespace IcpBadge.Tests.Filing;

/// <summary><see cref="FilingNumberExplanation"/> and <see cref="FilingNumberJsonWriter"/>: what <c>icp-badge number</c> says about a number.</summary>
public sealed class FilingNumberExplanationTests
{
    [Fact]
    public void For_WebsiteNumber_ExplainsKindProvinceMainLinkAndFooter()
    {
        var explanation = FilingNumberExplanation.For("京ICP备12345678号-1");

        Assert.True(explanation.Valid);
        Assert.Null(explanation.Error);
        Assert.Equal(FilingNumberKind.IcpWebsite, explanation.Kind);
        Assert.Equal("京ICP备12345678号", explanation.Main);
        Assert.Equal(
            [
                new("kind", "ICP website number (网站备案号)"),
                new("province", "北京 Beijing (11): ICP 京, police 京"),
                new("canonical", "京ICP备12345678号-1"),
                new("main", "京ICP备12345678号"),
                new("link", "https://beian.miit.gov.cn/"),
                new("footer", "北京 sites show the website number (…号-n), not the bare main number"),
            ],
            explanation.Details(Language.En));
    }

    [Fact]
    public void For_GuangdongMainNumber_SaysTheFooterShowsTheMainNumber()
    {
        var explanation = FilingNumberExplanation.For("粤ICP备19015064号");

        Assert.Null(explanation.Main);
        Assert.Equal("广东 sites show the main number (粤ICP备19015064号)", explanation.FooterHint);
    }

    [Fact]
    public void For_Licence_HasNoLinkAndNoFooterHint()
    {
        var explanation = FilingNumberExplanation.For("粤B2-20190762");

        Assert.Equal(FilingNumberKind.TelecomLicence, explanation.Kind);
        Assert.Null(explanation.Link);
        Assert.Null(explanation.FooterHint);
        Assert.Contains(new ExplanationLine("link", "none (licences have no canonical link)"), explanation.Details(Language.En));
    }

    [Fact]
    public void For_NormalisedInput_NamesWhatWasTidied()
    {
        var explanation = FilingNumberExplanation.For("京ICP备 12345678号-1");

        Assert.Contains(FilingNormalization.Whitespace, explanation.Normalizations);
        Assert.Contains(new ExplanationLine("normalised", "spaces removed"), explanation.Details(Language.En));
    }

    [Fact]
    public void For_InvalidInput_HasOnlyTheError()
    {
        var explanation = FilingNumberExplanation.For("粤公网安备 52990002000093号");

        Assert.False(explanation.Valid);
        Assert.Null(explanation.Kind);
        Assert.Null(explanation.Province);
        var line = Assert.Single(explanation.Details(Language.En));
        Assert.Equal("error", line.Label);
        Assert.Contains("does not match division code 52 (贵州)", line.Value, StringComparison.Ordinal);
        var chinese = Assert.Single(explanation.Details(Language.Zh));
        Assert.Equal("错误", chinese.Label);
        Assert.StartsWith("公安备案号的省份简称与第", chinese.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonWriter_WritesOneObjectPerInputWithEveryKey()
    {
        using var output = new MemoryStream();
        string[] inputs = ["京公网安备11010502030143号", "萌ICP备20230001号"];
        FilingNumberJsonWriter.Write(output, inputs.Select(FilingNumberExplanation.For));

        using var document = JsonDocument.Parse(output.ToArray());
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        string[] keys = ["input", "valid", "kind", "province", "canonical", "main", "link", "normalizations", "error"];
        Assert.All(items, item => Assert.Equal(keys, item.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("Police", items[0].GetProperty("kind").GetString());
        Assert.Equal("京", items[0].GetProperty("province").GetProperty("policeAbbr").GetString());
        Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143", items[0].GetProperty("link").GetString());
        Assert.False(items[1].GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("province").ValueKind);
        Assert.NotNull(items[1].GetProperty("error").GetString());

        // Chinese is written as itself, indented, with no newline after the array.
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("\"input\": \"京公网安备11010502030143号\"", text, StringComparison.Ordinal);
        Assert.EndsWith("]", text, StringComparison.Ordinal);
    }
}

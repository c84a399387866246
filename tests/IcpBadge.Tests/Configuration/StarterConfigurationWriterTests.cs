using System.Text;
using IcpBadge.Configuration;
using IcpBadge.Tests.Support;

namespace IcpBadge.Tests.Configuration;

/// <summary><see cref="StarterConfigurationWriter"/>: a starter icpbadge.json that the configuration binder reads back.</summary>
public sealed class StarterConfigurationWriterTests
{
    [Fact]
    public void Write_GivenFields_ReadBackThroughTheBinder()
    {
        var options = new IcpBadgeOptions();
        options.Site.Name = "示例站点";
        options.Site.LaunchedOn = "2026-01-02";
        options.Icp.Number = "京ICP备12345678号-1";
        options.Police.Number = "京公网安备11010502030143号";
        options.Copyright.Holder = "示例科技有限公司";
        options.Copyright.Since = 2019;

        var text = Write(options);
        var profile = TestProfiles.Valid(text);

        Assert.Equal("示例站点", profile.Name);
        Assert.Equal("京ICP备12345678号-1", profile.IcpNumber.ToString());
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DatesStillToFillIn_AreNullsSoTheyAreEasyToFind()
    {
        var options = new IcpBadgeOptions();
        options.Icp.Number = "京ICP备12345678号-1";

        var text = Write(options);

        Assert.Contains("\"ApprovedOn\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"SubmittedOn\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"Commercial\": false", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Since\"", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"IcpBadge\": {\n    \"Site\": {", text, StringComparison.Ordinal);
    }

    private static string Write(IcpBadgeOptions options)
    {
        using var output = new MemoryStream();
        StarterConfigurationWriter.Write(output, options);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}

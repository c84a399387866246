using IcpBadge.Rendering;
using IcpBadge.Tests.Support;
using NodaTime;

namespace IcpBadge.Tests.Rendering;

/// <summary><c>Rendering.StrictCsp</c>: no <c>style</c> attribute and no <c>data:</c> URI in any HTML template; without it, the bytes are as before.</summary>
public sealed class StrictCspRenderingTests
{
    private const string Site = """
        { "IcpBadge": {
            "Rendering": { "StrictCsp": STRICT },
            "Icp": { "Number": "京ICP备12345678号-1" },
            "Police": { "Number": "京公网安备11010502030143号", "Icon": "/images/police-emblem.png" },
            "License": { "Number": "京ICP证030173号" },
            "Copyright": { "Holder": "示例科技有限公司", "Since": 2019 } } }
        """;

    [Theory]
    [InlineData(TemplateNames.Default)]
    [InlineData(TemplateNames.Compact)]
    [InlineData(TemplateNames.IcpLink)]
    [InlineData(TemplateNames.PoliceBadge)]
    public void StrictCsp_WritesNoStyleAttributeAndNoDataUri_AndClassesInstead(string template)
    {
        var strict = Render(template, strict: true);
        var relaxed = Render(template, strict: false);

        Assert.DoesNotContain("style=", strict, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", strict, StringComparison.OrdinalIgnoreCase);
        if (template != TemplateNames.IcpLink)
        {
            Assert.Contains("style=", relaxed, StringComparison.Ordinal);
        }

        if (template != TemplateNames.IcpLink)
        {
            Assert.Contains("<img src=\"/images/police-emblem.png\" alt=\"公安备案图标\" width=\"20\" height=\"20\" class=\"icp-badge__emblem\">", strict, StringComparison.Ordinal);
        }

        // Only the style attributes differ: removing them from the relaxed footer gives the strict one.
        var withoutStyles = System.Text.RegularExpressions.Regex.Replace(relaxed, " style=\"[^\"]*\"", string.Empty);
        Assert.Equal(withoutStyles, strict.Replace(" class=\"icp-badge__emblem\"", string.Empty, StringComparison.Ordinal));
    }

    private static string Render(string template, bool strict)
    {
        var profile = TestProfiles.Valid(Site.Replace("STRICT", strict ? "true" : "false", StringComparison.Ordinal));
        return new FooterRenderer(EmbeddedTemplateSource.Instance, TestProfiles.ChinaNoon(new LocalDate(2026, 11, 24))).Render(profile, template);
    }
}

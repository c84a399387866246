using IcpBadge.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace IcpBadge.BrowserTests;

/// <summary>The <c>/component</c> page, whose footer comes from the <c>&lt;IcpFooter /&gt;</c> Razor component.</summary>
[Collection(SampleSiteBrowserDefinition.Name)]
public sealed class ComponentPageTests(SampleSiteBrowserFixture fixture)
{
    [BrowserFact]
    public async Task Footer_IsTheSameMarkupAsTheTagHelperFooter()
    {
        var tagHelperFooter = await FooterHtmlAsync("/");
        var componentFooter = await FooterHtmlAsync("/component");

        Assert.Contains(fixture.Settings.IcpNumber, componentFooter, StringComparison.Ordinal);
        Assert.Equal(tagHelperFooter, componentFooter);
    }

    private async Task<string> FooterHtmlAsync(string path)
    {
        await using var session = await fixture.OpenAsync(path);
        var footer = session.Page.Locator("footer.icp-badge");
        Assert.Equal(1, await footer.CountAsync());
        await Assertions.Expect(footer).ToBeVisibleAsync();
        return await footer.EvaluateAsync<string>("footer => footer.outerHTML");
    }
}

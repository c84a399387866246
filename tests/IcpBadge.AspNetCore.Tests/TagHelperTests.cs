using IcpBadge.AspNetCore.TagHelpers;
using IcpBadge.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.AspNetCore.Tests;

public sealed class TagHelperTests : IDisposable
{
    private readonly DirectoryInfo _folder = TestSites.CreateFolder();
    private readonly ServiceProvider _services;

    public TagHelperTests()
    {
        _services = new ServiceCollection().AddTestIcpBadge(_folder.FullName).BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Delete(recursive: true);
    }

    private IcpBadgeFooter Footer => _services.GetRequiredService<IcpBadgeFooter>();

    [Fact]
    public async Task IcpBadge_ReplacesElementWithDefaultFooter()
    {
        var output = await RunAsync(new IcpBadgeTagHelper(Footer), "icp-badge");

        Assert.Null(output.TagName);
        var html = output.Content.GetContent();
        Assert.StartsWith("<footer class=\"icp-badge\" lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains(">京ICP备12345678号-1</a>", html, StringComparison.Ordinal);
        Assert.Contains("© 2019–2026 示例科技有限公司 版权所有", html, StringComparison.Ordinal);
        Assert.Equal(Footer.Render(), html);
    }

    [Fact]
    public async Task IcpBadge_TemplateAttribute_PicksTemplate()
    {
        var output = await RunAsync(new IcpBadgeTagHelper(Footer) { Template = "compact" }, "icp-badge");

        Assert.StartsWith("<div class=\"icp-badge icp-badge--compact icp-badge__footer\"", output.Content.GetContent(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IcpLink_RendersOnlyTheLink()
    {
        var output = await RunAsync(new IcpLinkTagHelper(Footer), "icp-link");

        Assert.Equal(
            "<a class=\"icp-badge__icp\" href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">京ICP备12345678号-1</a>",
            output.Content.GetContent());
    }

    [Fact]
    public async Task PoliceBadge_PutsEmblemInsideLinkBeforeNumber()
    {
        var html = (await RunAsync(new IcpPoliceBadgeTagHelper(Footer), "icp-police-badge")).Content.GetContent();

        Assert.StartsWith("<a class=\"icp-badge__police\" href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\"", html, StringComparison.Ordinal);
        Assert.Matches("^<a [^>]*><img src=\"data:image/png;base64,[^\"]+\" alt=\"公安备案图标\" width=\"20\" height=\"20\"[^>]*>京公网安备11010502030143号</a>$", html);
    }

    [Fact]
    public async Task TagHelper_OnAHostWithItsOwnNumber_ShowsThatNumber()
    {
        var viewContext = new ViewContext { HttpContext = new DefaultHttpContext() };
        viewContext.HttpContext.Request.Host = new HostString("shop.example.cn");

        var output = await RunAsync(new IcpLinkTagHelper(Footer) { ViewContext = viewContext }, "icp-link");

        Assert.Contains(">京ICP备12345678号-2</a>", output.Content.GetContent(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagHelper_EveryRequest_WritesTheSameCachedString()
    {
        var first = (await RunAsync(new IcpBadgeTagHelper(Footer), "icp-badge")).Content.GetContent();
        var second = (await RunAsync(new IcpBadgeTagHelper(Footer), "icp-badge")).Content.GetContent();

        Assert.Same(Footer.Render(), Footer.Render());
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("my.text")]
    public async Task IcpBadge_NonHtmlTemplate_IsRefusedRatherThanWrittenUnencoded(string template)
    {
        var exception = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync(new IcpBadgeTagHelper(Footer) { Template = template }, "icp-badge"));

        Assert.Contains("not an HTML template", exception.Message, StringComparison.Ordinal);
    }

    private static async Task<TagHelperOutput> RunAsync(TagHelper tagHelper, string tagName)
    {
        var context = new TagHelperContext(tagName, [], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(tagName, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = TagMode.SelfClosing,
        };
        await tagHelper.ProcessAsync(context, output);
        return output;
    }
}

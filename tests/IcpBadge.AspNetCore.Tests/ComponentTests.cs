using Bunit;
using IcpBadge.AspNetCore.Components;
using IcpBadge.AspNetCore.Tests.Support;

namespace IcpBadge.AspNetCore.Tests;

public sealed class ComponentTests : BunitContext
{
    private readonly DirectoryInfo _folder = TestSites.CreateFolder();

    public ComponentTests()
    {
        Services.AddTestIcpBadge(_folder.FullName);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _folder.Delete(recursive: true);
    }

    [Fact]
    public void IcpFooter_RendersTheFooterMarkupUnchanged()
    {
        var cut = Render<IcpFooter>();

        Assert.Equal(Services.GetService<IcpBadgeFooter>()!.Render(), cut.Markup);
        Assert.Equal("京ICP备12345678号-1", cut.Find("a.icp-badge__icp").TextContent);
        Assert.Equal("zh-CN", cut.Find("footer.icp-badge").GetAttribute("lang"));
    }

    [Fact]
    public void IcpFooter_CompactTemplate()
    {
        var cut = Render<IcpFooter>(p => p.Add(c => c.Template, "compact"));

        Assert.NotNull(cut.Find("div.icp-badge--compact"));
    }

    [Fact]
    public void IcpFilingLink_HostParameter_PicksTheDomainsNumber()
    {
        var cut = Render<IcpFilingLink>(p => p.Add(c => c.Host, "shop.example.cn"));

        cut.MarkupMatches("""<a class="icp-badge__icp" href="https://beian.miit.gov.cn/" target="_blank" rel="noopener noreferrer">京ICP备12345678号-2</a>""");
    }

    [Fact]
    public void PoliceFilingLink_HasEmblemAndCode()
    {
        var cut = Render<PoliceFilingLink>();

        var link = cut.Find("a.icp-badge__police");
        Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143", link.GetAttribute("href"));
        Assert.Equal("IMG", link.FirstElementChild?.TagName);
        Assert.Equal("公安备案图标", link.FirstElementChild?.GetAttribute("alt"));
    }
}

using System.Globalization;
using System.Text.Encodings.Web;
using Bunit;
using IcpBadge.AspNetCore.Components;
using IcpBadge.AspNetCore.TagHelpers;
using IcpBadge.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.AspNetCore.Tests;

/// <summary>
/// A page's attributes (<c>class</c>, <c>id</c>, <c>style</c>, <c>data-*</c>, <c>aria-*</c>) reach the footer's wrapper
/// element through the tag helpers and the components alike; <c>host</c>/<c>Host</c> and <c>template</c>/<c>Template</c>
/// choose the number and the template; <c>UnlistedHosts: Hide</c> renders nothing on an unlisted host.
/// </summary>
public sealed class WrapperAttributeTests : IDisposable
{
    private const string DefaultStyle = "display:block;clear:both;box-sizing:border-box;width:100%;margin:0;padding:12px 0;text-align:center;font-size:14px;line-height:1.8";

    private readonly DirectoryInfo _folder = TestSites.CreateFolder();

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task IcpBadge_KeepsClassIdStyleDataAndAriaOnTheWrapper_AndDropsOtherAttributes()
    {
        using var services = Services();

        var html = await RunAsync(
            new IcpBadgeTagHelper(Footer(services)),
            "icp-badge",
            new TagHelperAttribute("class", new HtmlString("site-footer dark")),
            new TagHelperAttribute("id", "footer"),
            new TagHelperAttribute("style", "color:#333;"),
            new TagHelperAttribute("data-track", "footer & links"),
            new TagHelperAttribute("aria-label", new HtmlString("备案信息")),
            new TagHelperAttribute("onclick", "alert(1)"),
            new TagHelperAttribute("hidden"));

        Assert.StartsWith(
            $"<footer class=\"icp-badge site-footer dark\" lang=\"zh-CN\" style=\"{DefaultStyle};color:#333\" id=\"footer\" data-track=\"footer &amp; links\" aria-label=\"备案信息\">",
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", html, StringComparison.Ordinal);
        Assert.EndsWith("</footer>\n", html, StringComparison.Ordinal);
        var plain = Footer(services).Render();
        Assert.Equal(plain[plain.IndexOf('>', StringComparison.Ordinal)..], html[html.IndexOf('>', StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task IcpLinkAndPoliceBadge_PutTheAttributesOnTheirLink()
    {
        using var services = Services();

        var link = await RunAsync(new IcpLinkTagHelper(Footer(services)), "icp-link", new TagHelperAttribute("class", "nav-link"), new TagHelperAttribute("data-x", "1"));
        var police = await RunAsync(new IcpPoliceBadgeTagHelper(Footer(services)), "icp-police-badge", new TagHelperAttribute("class", "nav-link"), new TagHelperAttribute("id", "psb"));

        Assert.Equal("<a class=\"icp-badge__icp nav-link\" href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\" data-x=\"1\">京ICP备12345678号-1</a>", link);
        Assert.StartsWith("<a class=\"icp-badge__police nav-link\" href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\" target=\"_blank\" rel=\"noopener noreferrer\" id=\"psb\"><img ", police, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAttributeValue_CannotBreakOutOfTheTag()
    {
        using var services = Services();

        var html = await RunAsync(new IcpLinkTagHelper(Footer(services)), "icp-link", new TagHelperAttribute("class", "\"><script>alert(1)</script>"), new TagHelperAttribute("data-x", "' onmouseover='x"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.StartsWith("<a class=\"icp-badge__icp &quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("data-x=\"&#x27; onmouseover=&#x27;x\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostAttribute_ShowsThatDomainsNumber_AndTemplateAttributePicksTheTemplate()
    {
        using var services = Services();

        var link = await RunAsync(new IcpLinkTagHelper(Footer(services)) { Host = "shop.example.cn" }, "icp-link");
        var compact = await RunAsync(new IcpBadgeTagHelper(Footer(services)) { Template = "compact", Host = "www.shop.example.cn" }, "icp-badge", new TagHelperAttribute("class", "x"));
        var linkAsPolice = await RunAsync(new IcpLinkTagHelper(Footer(services)) { Template = "police-badge" }, "icp-link");

        Assert.Contains(">京ICP备12345678号-2</a>", link, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"icp-badge icp-badge--compact icp-badge__footer x\"", compact, StringComparison.Ordinal);
        Assert.Contains(">京ICP备12345678号-2</a>", compact, StringComparison.Ordinal);
        Assert.StartsWith("<a class=\"icp-badge__police\"", linkAsPolice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example.com", null, "")]
    [InlineData("example.com", "example.cn", "京ICP备12345678号-1")]
    [InlineData("example.cn", null, "京ICP备12345678号-1")]
    [InlineData("www.shop.example.cn", null, "京ICP备12345678号-2")]
    [InlineData("localhost", null, "京ICP备12345678号-1")]
    [InlineData("127.0.0.1", null, "京ICP备12345678号-1")]
    [InlineData("[::1]", null, "京ICP备12345678号-1")]
    [InlineData("example.cn", "example.com", "")]
    public async Task UnlistedHostsHide_RendersNothingOnAnUnlistedHost(string requestHost, string? hostAttribute, string expectedNumber)
    {
        using var services = Services(o => o.Site.UnlistedHosts = "Hide");
        var viewContext = new ViewContext { HttpContext = new DefaultHttpContext() };
        viewContext.HttpContext.Request.Host = new HostString(requestHost);

        foreach (var tagHelper in new FooterTagHelperBase[] { new IcpBadgeTagHelper(Footer(services)), new IcpLinkTagHelper(Footer(services)), new IcpPoliceBadgeTagHelper(Footer(services)) })
        {
            tagHelper.ViewContext = viewContext;
            tagHelper.Host = hostAttribute;
            var html = await RunAsync(tagHelper, "icp-badge", new TagHelperAttribute("class", "x"));

            if (expectedNumber.Length == 0)
            {
                Assert.Equal(string.Empty, html);
            }
            else if (tagHelper is not IcpPoliceBadgeTagHelper)
            {
                Assert.Contains($">{expectedNumber}</a>", html, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("京公网安备11010502030143号", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void TheSameAttributes_WriteTheSameCachedString()
    {
        using var services = Services();
        var footer = Footer(services);
        WrapperAttribute[] attributes = [new("class", "a"), new("data-n", "1")];

        var first = footer.Render("default", null, null, attributes);
        var second = footer.Render("default", null, null, [new("class", "a"), new("data-n", "1")]);
        var other = footer.Render("default", null, null, [new("class", "a"), new("data-n", "2")]);

        Assert.Same(first, second);
        Assert.Contains("data-n=\"2\"", other, StringComparison.Ordinal);
        Assert.Same(footer.Render(), footer.Render("default", null, null, []));
    }

    [Fact]
    public async Task ManyAttributes_AllKeptInOrder_AndAnInvalidDataNameDropped()
    {
        // More than the tag helper keeps on the stack (eight): the rest must not be lost.
        using var services = Services();
        var attributes = Enumerable.Range(0, 12).Select(i => new TagHelperAttribute($"data-n{i}", new HtmlString(i.ToString(CultureInfo.InvariantCulture)))).ToList();
        attributes.Insert(5, new TagHelperAttribute("data-a\"b", "x"));

        var html = await RunAsync(new IcpLinkTagHelper(Footer(services)), "icp-link", [.. attributes]);

        var expected = string.Concat(Enumerable.Range(0, 12).Select(i => $" data-n{i}=\"{i}\""));
        Assert.Contains("rel=\"noopener noreferrer\"" + expected + ">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-a", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AlternatingAttributeSets_EachFindItsOwnCachedString()
    {
        using var services = Services();
        var footer = Footer(services);

        var a = footer.Render("default", null, null, [new("id", "a")]);
        var b = footer.Render("default", null, null, [new("id", "b")]);

        Assert.Same(a, footer.Render("default", null, null, [new("id", "a")]));
        Assert.Same(b, footer.Render("default", null, null, [new("id", "b")]));
        Assert.Same(a, footer.Render("default", null, null, [new("id", "a")]));
        Assert.Contains(" id=\"b\"", b, StringComparison.Ordinal);
    }

    [Fact]
    public void LiteralAttributes_AsRazorCompilesThem_WriteTheSameCachedString_AndAChangedValueIsSeen()
    {
        // Razor compiles class="site-footer" into one static TagHelperAttribute used on every request.
        using var services = Services();
        var footer = Footer(services);
        var literal = new TagHelperAttribute("class", new HtmlString("site-footer"));
        var id = new TagHelperAttribute("data-n", "1");

        string Render(params TagHelperAttribute[] attributes) => footer.RenderForElement("default", null, null, [.. attributes]);
        var first = Render(literal, id);
        var second = Render(literal, id);
        var changed = Render(literal, new TagHelperAttribute("data-n", "2"));
        var minimized = Render(literal, new TagHelperAttribute("data-n"));
        var again = Render(literal, id);

        Assert.Same(first, second);
        Assert.Same(first, again);
        Assert.Contains(" data-n=\"1\"", first, StringComparison.Ordinal);
        Assert.Contains(" data-n=\"2\"", changed, StringComparison.Ordinal);
        Assert.Contains(" data-n>", minimized, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMutableValue_ThatChangesBetweenRequests_IsReadAgain()
    {
        // The same IHtmlContent object with other content on the next request: it must not be matched by reference.
        using var services = Services();
        var footer = Footer(services);
        var value = new HtmlContentBuilder().Append("a");
        var attribute = new TagHelperAttribute("data-v", value);

        var first = await RunAsync(new IcpBadgeTagHelper(footer), "icp-badge", attribute);
        value.Clear().Append("b");
        var second = await RunAsync(new IcpBadgeTagHelper(footer), "icp-badge", attribute);

        Assert.Contains(" data-v=\"a\"", first, StringComparison.Ordinal);
        Assert.Contains(" data-v=\"b\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttributesOnAHiddenHost_RenderNothing()
    {
        using var services = Services(o => o.Site.UnlistedHosts = "Hide");
        var tagHelper = new IcpBadgeTagHelper(Footer(services)) { Host = "example.com" };

        Assert.Equal(string.Empty, await RunAsync(tagHelper, "icp-badge", new TagHelperAttribute("class", new HtmlString("x"))));
    }

    [Fact]
    public void Components_CaptureUnmatchedAttributesOntoTheWrapper_AsTheTagHelpersDo()
    {
        using var bunit = new BunitContext();
        bunit.Services.AddTestIcpBadge(_folder.FullName);

        var footer = bunit.Render<IcpFooter>(p => p
            .AddUnmatched("class", "site-footer dark")
            .AddUnmatched("id", "footer")
            .AddUnmatched("style", "color:#333;")
            .AddUnmatched("data-track", "footer & links")
            .AddUnmatched("aria-label", "备案信息")
            .AddUnmatched("hidden", true)
            .AddUnmatched("inert", false));
        var link = bunit.Render<IcpFilingLink>(p => p.Add(c => c.Host, "shop.example.cn").AddUnmatched("class", "nav-link"));
        var police = bunit.Render<PoliceFilingLink>(p => p.AddUnmatched("id", "psb"));
        var compact = bunit.Render<IcpFooter>(p => p.Add(c => c.Template, "compact").AddUnmatched("class", "x"));

        Assert.StartsWith(
            $"<footer class=\"icp-badge site-footer dark\" lang=\"zh-CN\" style=\"{DefaultStyle};color:#333\" id=\"footer\" data-track=\"footer &amp; links\" aria-label=\"{HtmlEncoder.Default.Encode("备案信息")}\" hidden>",
            footer.Markup,
            StringComparison.Ordinal);
        Assert.DoesNotContain("inert", footer.Markup, StringComparison.Ordinal);
        Assert.Equal("<a class=\"icp-badge__icp nav-link\" href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">京ICP备12345678号-2</a>", link.Markup);
        Assert.StartsWith("<a class=\"icp-badge__police\" href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\" target=\"_blank\" rel=\"noopener noreferrer\" id=\"psb\">", police.Markup, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"icp-badge icp-badge--compact icp-badge__footer x\"", compact.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagHelperAndComponent_WithTheSameAttributesAndHost_WriteTheSameBytes()
    {
        using var services = Services();
        using var bunit = new BunitContext();
        bunit.Services.AddTestIcpBadge(_folder.FullName);

        var fromTagHelper = await RunAsync(
            new IcpBadgeTagHelper(Footer(services)) { Host = "shop.example.cn", Template = "compact" },
            "icp-badge",
            new TagHelperAttribute("class", "site-footer"),
            new TagHelperAttribute("id", "f"),
            new TagHelperAttribute("data-x", "a&b"));
        var fromComponent = bunit.Render<IcpFooter>(p => p
            .Add(c => c.Host, "shop.example.cn")
            .Add(c => c.Template, "compact")
            .AddUnmatched("class", "site-footer")
            .AddUnmatched("id", "f")
            .AddUnmatched("data-x", "a&b")).Markup;

        Assert.Equal(fromTagHelper, fromComponent);
    }

    [Theory]
    [InlineData("example.com", "")]
    [InlineData("example.cn", "京ICP备12345678号-1")]
    [InlineData("localhost", "京ICP备12345678号-1")]
    public void Components_UnlistedHostsHide_RenderNothingOnAnUnlistedHost(string host, string expectedNumber)
    {
        using var bunit = new BunitContext();
        bunit.Services.AddTestIcpBadge(_folder.FullName, o => o.Site.UnlistedHosts = "Hide");

        var footer = bunit.Render<IcpFooter>(p => p.Add(c => c.Host, host).AddUnmatched("class", "x"));
        var link = bunit.Render<IcpFilingLink>(p => p.Add(c => c.Host, host));
        var police = bunit.Render<PoliceFilingLink>(p => p.Add(c => c.Host, host));

        if (expectedNumber.Length == 0)
        {
            Assert.Equal(string.Empty, footer.Markup);
            Assert.Equal(string.Empty, link.Markup);
            Assert.Equal(string.Empty, police.Markup);
        }
        else
        {
            Assert.Contains(expectedNumber, footer.Markup, StringComparison.Ordinal);
            Assert.Contains(expectedNumber, link.Markup, StringComparison.Ordinal);
            Assert.Contains("京公网安备11010502030143号", police.Markup, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://localhost/", true)]
    [InlineData("https://www.example.cn/", true)]
    [InlineData("https://example.com/", false)]
    public void Components_WithoutARequest_TakeTheHostFromThePageAddress(string baseUri, bool shows)
    {
        using var bunit = new BunitContext();
        bunit.Services.AddTestIcpBadge(_folder.FullName, o => o.Site.UnlistedHosts = "Hide");
        bunit.Services.AddSingleton<Microsoft.AspNetCore.Components.NavigationManager>(new FixedNavigationManager(baseUri));

        var markup = bunit.Render<IcpFilingLink>().Markup;

        Assert.Equal(shows, markup.Contains("京ICP备12345678号-1", StringComparison.Ordinal));
    }

    /// <summary>A page address as interactive rendering has it, with no request behind it.</summary>
    private sealed class FixedNavigationManager : Microsoft.AspNetCore.Components.NavigationManager
    {
        public FixedNavigationManager(string baseUri) => Initialize(baseUri, baseUri);
    }

    private ServiceProvider Services(Action<IcpBadgeOptions>? also = null) =>
        new ServiceCollection().AddTestIcpBadge(_folder.FullName, also).BuildServiceProvider();

    private static IcpBadgeFooter Footer(ServiceProvider services) => services.GetRequiredService<IcpBadgeFooter>();

    private static async Task<string> RunAsync(TagHelper tagHelper, string tagName, params TagHelperAttribute[] attributes)
    {
        var context = new TagHelperContext(tagName, [.. attributes], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(tagName, [.. attributes], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = TagMode.SelfClosing,
        };
        await tagHelper.ProcessAsync(context, output);
        Assert.Null(output.TagName);
        Assert.Empty(output.Attributes);
        return output.Content.GetContent();
    }
}

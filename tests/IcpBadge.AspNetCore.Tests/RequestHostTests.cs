using IcpBadge.AspNetCore;
using IcpBadge.AspNetCore.TagHelpers;
using IcpBadge.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace IcpBadge.AspNetCore.Tests;

/// <summary>
/// The request path reads the host only when a domain has a number of its own; either way the footer is exactly what
/// <see cref="IcpBadgeFooter.Render(string, string?)"/> gives for that host.
/// </summary>
public sealed class RequestHostTests
{
    private static readonly string[] Hosts =
        ["example.cn", "www.example.cn", "EXAMPLE.COM.CN", "www.example.com.cn", "example.com.cn:8443", "unknown.example", "[::1]:5000", "xn--fsq092h.xn--fiqs8s", ""];

    private static readonly string[] Templates =
        [TemplateNames.Default, TemplateNames.Compact, TemplateNames.IcpLink, TemplateNames.PoliceBadge];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RequestRender_EveryHostAndTemplate_MatchesRenderForThatHost(bool perHostNumbers)
    {
        using var services = CreateServices(perHostNumbers);
        var footer = services.GetRequiredService<IcpBadgeFooter>();

        foreach (var host in Hosts)
        {
            var context = new DefaultHttpContext();
            context.Request.Host = new HostString(host);
            foreach (var template in Templates)
            {
                Assert.Equal(footer.Render(template, context.Request.Host.Host), footer.Render(template, host: null, context));
            }
        }
    }

    [Fact]
    public void RequestHost_AnyHostHeader_IsWhatRequestHostGives()
    {
        string[] headers =
        [
            "example.cn", "WWW.Example.CN", "example.cn:8443", "example.cn:", "[::1]", "[::1]:5000", "::1", "127.0.0.1",
            "127.0.0.1:80", "xn--fsq092h.xn--fiqs8s", "XN--FSQ092H.XN--FIQS8S", "www.xn--fsq092h.xn--fiqs8s:443",
            "示例.中国", "example.cn,other.cn", "ex ample.cn", "example.cn.", "-", ".", "a", "",
        ];
        var random = new Random(20261124);
        const string alphabet = "abcXN-.:[]0 示,_";
        var generated = Enumerable.Range(0, 2000)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]));

        foreach (var header in headers.Concat(generated))
        {
            var context = new DefaultHttpContext();
            context.Request.Headers.Host = header;

            Assert.Equal(context.Request.Host.Host, IcpBadgeFooter.RequestHost(context.Request));
        }

        var missing = new DefaultHttpContext();
        Assert.Equal(missing.Request.Host.Host, IcpBadgeFooter.RequestHost(missing.Request));
    }

    [Theory]
    [InlineData("example.com.cn", "京ICP备12345678号-2")]
    [InlineData("www.example.com.cn:8443", "京ICP备12345678号-2")]
    [InlineData("www.example.cn", "京ICP备12345678号-1")]
    public void TagHelper_DomainWithItsOwnNumber_ShowsTheHostsNumber(string host, string expected)
    {
        using var services = CreateServices(perHostNumbers: true);
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        var tagHelper = new IcpBadgeTagHelper(services.GetRequiredService<IcpBadgeFooter>()) { ViewContext = new ViewContext { HttpContext = context } };
        var output = new TagHelperOutput("icp-badge", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));

        tagHelper.Process(new TagHelperContext("icp-badge", [], new Dictionary<object, object>(), "id"), output);

        Assert.Contains(expected, output.Content.GetContent(), StringComparison.Ordinal);
    }

    [Fact]
    public void RequestRender_ExplicitHost_WinsOverTheRequest()
    {
        using var services = CreateServices(perHostNumbers: true);
        var footer = services.GetRequiredService<IcpBadgeFooter>();
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString("www.example.cn");

        Assert.Contains("京ICP备12345678号-2", footer.Render(TemplateNames.IcpLink, "example.com.cn", context), StringComparison.Ordinal);
    }

    private static ServiceProvider CreateServices(bool perHostNumbers)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment());
        services.AddIcpBadge(o =>
        {
            o.Site.Domains.Add(new() { Host = "example.cn" });
            o.Site.Domains.Add(new() { Host = "example.com.cn", IcpNumber = perHostNumbers ? "京ICP备12345678号-2" : null });
            o.Icp.Number = "京ICP备12345678号-1";
            o.Police.Number = "京公网安备11010502030143号";
            o.Copyright.Holder = "示例科技有限公司";
            o.Copyright.Since = 2019;
        });
        return services.BuildServiceProvider();
    }

    private sealed class TestHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "IcpBadge.AspNetCore.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

using AngleSharp.Html.Parser;
using IcpBadge.BlazorSample;
using Microsoft.AspNetCore.Builder;

namespace IcpBadge.AspNetCore.Tests;

/// <summary>
/// The Blazor Web App sample (<c>sample-site/IcpBadge.BlazorSample</c>) on Kestrel, 127.0.0.1: the footer in the
/// layout with static server rendering, and on an interactive server page (prerendered), with the attributes the page
/// gives and the request's host choosing the number; <c>UnlistedHosts: Hide</c> hides it on an unlisted host.
/// </summary>
public sealed class BlazorWebAppTests
{
    private static readonly string ContentRoot = Path.Combine(FindRoot(), "sample-site", "IcpBadge.BlazorSample");

    [Fact]
    public async Task StaticServerRendering_LayoutFooter_WithItsAttributes_AndTheRequestsHost()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient();

        var home = await GetAsync(client, app, "/", host: null);
        var shop = await GetAsync(client, app, "/", host: "shop.example.cn");

        var footer = home.QuerySelector("footer#layout-footer")!;
        Assert.Equal("icp-badge site-footer", footer.GetAttribute("class"));
        Assert.Equal("zh-CN", footer.GetAttribute("lang"));
        Assert.Equal("京ICP备12345678号-1", footer.QuerySelector("a.icp-badge__icp")!.TextContent);
        Assert.Equal("/images/police-emblem.png", footer.QuerySelector("a.icp-badge__police img")!.GetAttribute("src"));
        Assert.Equal("body", home.QuerySelector("a.icp-badge__icp[data-place]")!.GetAttribute("data-place"));
        Assert.Equal("京ICP备12345678号-2", shop.QuerySelector("footer#layout-footer a.icp-badge__icp")!.TextContent);
    }

    [Fact]
    public async Task InteractiveServerRendering_PrerendersTheFooter_WithItsTemplateAndAttributes()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient();

        var page = await GetAsync(client, app, "/interactive", host: "shop.example.cn");

        var footer = page.QuerySelector("div.interactive-footer")!;
        Assert.Equal("icp-badge icp-badge--compact icp-badge__footer interactive-footer", footer.GetAttribute("class"));
        Assert.Equal("0", footer.GetAttribute("data-count"));
        Assert.Equal("京ICP备12345678号-2", footer.QuerySelector("a.icp-badge__icp")!.TextContent);
        Assert.Contains("<!--Blazor:", await client.GetStringAsync(new Uri(new Uri(app.Urls.Single()), "/interactive")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/interactive")]
    public async Task UnlistedHostsHide_NoFooterOnAnUnlistedHost_ButOnListedAndLoopbackHosts(string path)
    {
        await using var app = await StartAsync("--IcpBadge:Site:UnlistedHosts=Hide");
        using var client = new HttpClient();

        var overseas = await GetAsync(client, app, path, host: "example.com");
        var listed = await GetAsync(client, app, path, host: "www.example.cn");
        var loopback = await GetAsync(client, app, path, host: null);

        Assert.Empty(overseas.QuerySelectorAll(".icp-badge"));
        Assert.Equal("示例网站", overseas.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(listed.QuerySelectorAll(".icp-badge"));
        Assert.NotEmpty(loopback.QuerySelectorAll(".icp-badge"));
    }

    private static async Task<WebApplication> StartAsync(params string[] more)
    {
        var app = BlazorSampleApp.Build(["--urls", "http://127.0.0.1:0", "--contentRoot", ContentRoot, "--environment", "Production", .. more]);
        await app.StartAsync();
        return app;
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(HttpClient client, WebApplication app, string path, string? host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(app.Urls.Single()), path));
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IcpBadge.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("IcpBadge.sln not found above " + AppContext.BaseDirectory);
    }
}

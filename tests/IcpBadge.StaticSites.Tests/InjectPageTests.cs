using System.Text;
using IcpBadge.Configuration;

namespace IcpBadge.StaticSites.Tests;

/// <summary>
/// <see cref="SiteInjector.InjectPage"/>, the in-memory form the MSBuild integration uses: the same bytes as a run over
/// the folder, nothing written; and <see cref="InjectionOptions.Host"/> choosing a domain's own number.
/// </summary>
public sealed class InjectPageTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("news-gbk.html")]
    [InlineData("about/index.html")]
    public void InjectPage_SamplePage_SameBytesAsRunOverTheFolder(string page)
    {
        using var site = SampleSite.Create();
        var injector = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock });
        var before = site.Snapshot();

        var injected = injector.InjectPage(SampleSite.Original(page), page);

        Assert.Equal(before, site.Snapshot());
        Assert.Equal((page, PageOutcome.Changed), (injected.Result.Path, injected.Result.Outcome));
        injector.Run(site.Site);
        Assert.Equal(site.Read(page), injected.Content);
    }

    [Fact]
    public void InjectPage_AlreadyInjected_UnchangedAndTheSameArray()
    {
        using var site = SampleSite.Create(withPages: false);
        var injector = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock });
        var once = injector.InjectPage("<html><body><p>Hi</p></body></html>"u8.ToArray(), "/docs\\page.html").Content;

        var twice = injector.InjectPage(once, "docs/page.html");

        Assert.Equal((PageOutcome.Unchanged, "docs/page.html"), (twice.Result.Outcome, twice.Result.Path));
        Assert.Same(once, twice.Content);
    }

    [Fact]
    public void InjectPage_Utf16Page_SkippedWithReasonAndBytesKept()
    {
        using var site = SampleSite.Create(withPages: false);
        var page = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body></body></html>")).ToArray();

        var injected = new SiteInjector(site.Profile).InjectPage(page, "utf16.html");

        Assert.Equal(PageOutcome.Skipped, injected.Result.Outcome);
        Assert.NotNull(injected.Result.Reason);
        Assert.Same(page, injected.Content);
    }

    [Fact]
    public void Host_DomainWithItsOwnNumber_FooterShowsThatNumber()
    {
        var options = new IcpBadgeOptions();
        options.Site.Name = "示例";
        options.Site.Domains.Add(new DomainOptions { Host = "example.cn" });
        options.Site.Domains.Add(new DomainOptions { Host = "example.net.cn", IcpNumber = "京ICP备12345678号-2" });
        options.Icp.Number = "京ICP备12345678号-1";
        var result = SiteProfile.Create(options);
        Assert.True(result.Success, string.Join("; ", result.Problems));
        var profile = result.Profile;
        var page = "<html><body></body></html>"u8.ToArray();

        var own = Encoding.UTF8.GetString(new SiteInjector(profile, new InjectionOptions { Host = "www.example.net.cn" }).InjectPage(page, "a.html").Content);
        var site = Encoding.UTF8.GetString(new SiteInjector(profile).InjectPage(page, "a.html").Content);

        Assert.Contains(">京ICP备12345678号-2</a>", own, StringComparison.Ordinal);
        Assert.Contains(">京ICP备12345678号-1</a>", site, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example.com", PageOutcome.Skipped)]
    [InlineData("www.example.cn", PageOutcome.Changed)]
    [InlineData("127.0.0.1", PageOutcome.Changed)]
    [InlineData(null, PageOutcome.Changed)]
    public void Host_UnlistedHostsHide_OnlyListedLoopbackOrNoHostGetAFooter(string? host, PageOutcome expected)
    {
        var options = new IcpBadgeOptions();
        options.Site.Name = "示例";
        options.Site.UnlistedHosts = "Hide";
        options.Site.Domains.Add(new DomainOptions { Host = "example.cn" });
        options.Icp.Number = "京ICP备12345678号-1";
        var profile = SiteProfile.Create(options).Profile!;
        var page = "<html><body></body></html>"u8.ToArray();

        var injected = new SiteInjector(profile, new InjectionOptions { Host = host }).InjectPage(page, "index.html");

        Assert.Equal(expected, injected.Result.Outcome);
        if (expected == PageOutcome.Skipped)
        {
            Assert.Same(page, injected.Content);
            Assert.Contains("Site:UnlistedHosts", injected.Result.Reason!.En, StringComparison.Ordinal);
        }
    }
}

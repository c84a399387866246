using IcpBadge.Configuration;
using IcpBadge.Provinces;
using IcpBadge.Rendering;
using IcpBadge.Verification.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Verification.Tests;

/// <summary>What IcpBadge renders must verify clean: every province, with and without the configuration.</summary>
public sealed class RoundTripTests
{
    private static readonly FakeClock Clock = new(Fixture.Today.At(new LocalTime(12, 0)).InZoneStrictly(ChinaTime.Zone).ToInstant());

    public static TheoryData<int, string> Provinces()
    {
        var data = new TheoryData<int, string>();
        foreach (var province in ProvinceCatalog.All)
        {
            foreach (var template in new[] { TemplateNames.Default, TemplateNames.Compact })
            {
                data.Add(province.Code, template);
            }
        }

        return data;
    }

    [Fact]
    public void Provinces_AreAll31()
    {
        Assert.Equal(31, ProvinceCatalog.All.Count);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void RenderedFooter_VerifiesClean_WithAndWithoutConfiguration(int code, string template)
    {
        var province = ProvinceCatalog.FromCode(code)!;
        var profile = Profile(province, icon: true);
        // The compact variant has no footer element or class: it is in the footer area by position only (the last
        // quarter of the visible text), so it is checked on a page with a realistic amount of content.
        var content = template == TemplateNames.Compact ? 12 : 1;
        var html = HomePage(profile, new FooterRenderer(EmbeddedTemplateSource.Instance, Clock).Render(profile, template), content);

        foreach (var config in new[] { profile, null })
        {
            var findings = Fixture.Inspect(html, home: true, config);
            var defects = findings.Where(f => f.Severity != FindingSeverity.Info).ToList();
            Assert.True(defects.Count == 0, $"{province} ({template}, config={config is not null}):{Environment.NewLine}{Fixture.Describe(findings)}{Environment.NewLine}{html}");
        }
    }

    [Fact]
    public void RenderedFooter_WithoutEmblem_IsAnIncompleteBadge()
    {
        var profile = Profile(ProvinceCatalog.FromCode(11)!, icon: false);
        var html = HomePage(profile, new FooterRenderer(EmbeddedTemplateSource.Instance, Clock).Render(profile));

        Assert.Equal("PSB006:Error", Fixture.Summary(Fixture.Inspect(html, home: true, profile)));
        Assert.Equal("PSB006:Warning", Fixture.Summary(Fixture.Inspect(html, home: true)));
    }

    [Fact]
    public void RenderedFooter_ForADomainWithItsOwnNumber_VerifiesClean()
    {
        var profile = Fixture.Config(o => o.Site.Domains.Add(new DomainOptions { Host = "example.com.cn", IcpNumber = "京ICP备12345678号-2" }));
        var html = HomePage(profile, new FooterRenderer(EmbeddedTemplateSource.Instance, Clock).Render(profile, TemplateNames.Default, "example.com.cn"));

        Assert.Equal(string.Empty, Fixture.Summary(Fixture.Inspect(html, home: true, profile, host: "example.com.cn")));
        Assert.Equal("ICP003:Error", Fixture.Summary(Fixture.Inspect(html, home: true, profile, host: "example.cn")));
    }

    private static SiteProfile Profile(Province province, bool icon)
    {
        var options = new IcpBadgeOptions();
        options.Site.Name = province.Name + "示例网站";
        options.Icp.Number = $"{province.IcpAbbreviation}ICP备2024012345号-1";
        options.Icp.ApprovedOn = "2026-01-10";
        options.Police.Number = $"{province.PoliceAbbreviation}公网安备{province.CodeText}010502000123号";
        options.Police.ApprovedOn = "2026-02-01";
        options.Police.DisplayedOn = "2026-02-10";
        options.Police.Icon = icon ? "https://example.cn/police.png" : null;
        options.Copyright.Holder = province.Name + "示例科技有限公司";
        options.Copyright.Since = 2019;
        var result = SiteProfile.Create(options, IcpBadgeOptions.SectionName, AppContext.BaseDirectory);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Problems));
        return result.Profile;
    }

    private static string HomePage(SiteProfile profile, string footer, int paragraphs = 1) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>{profile.Name} - 首页</title></head>
        <body>
        <h1>{profile.Name}</h1>
        <main>{string.Concat(Enumerable.Repeat("<p>欢迎访问。这里是网站的正文内容，介绍产品、服务和联系方式。</p>", paragraphs))}</main>
        {footer}
        </body>
        </html>
        """;
}

using IcpBadge.Rendering;
using IcpBadge.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Tests.Rendering;

public sealed class FooterRendererTests
{
    private const string BeijingSite = """
        { "IcpBadge": {
            "Icp": { "Number": "京ICP备12345678号-1" },
            "Police": { "Number": "京公网安备11010502030143号" },
            "Copyright": { "Holder": "示例科技有限公司", "Since": 2019 },
            "Site": { "Domains": [ "example.cn", { "Host": "example.com.cn", "IcpNumber": "京ICP备12345678号-2" } ] } } }
        """;

    [Fact]
    public void Render_SameProfileTwice_ReturnsTheCachedString()
    {
        var profile = TestProfiles.Valid(BeijingSite);
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, TestProfiles.ChinaNoon(new LocalDate(2026, 11, 24)));

        var first = renderer.Render(profile);
        var second = renderer.Render(profile);

        Assert.Same(first, second);
    }

    [Fact]
    public void Render_NewProfile_RendersAgain()
    {
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, TestProfiles.ChinaNoon(new LocalDate(2026, 11, 24)));
        var before = renderer.Render(TestProfiles.Valid(BeijingSite));

        var after = renderer.Render(TestProfiles.Valid(BeijingSite.Replace("号-1", "号-7", StringComparison.Ordinal)));

        Assert.Contains("京ICP备12345678号-1", before, StringComparison.Ordinal);
        Assert.Contains("京ICP备12345678号-7", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AcrossMidnightOfNewYearInChina_UpdatesCopyrightYear()
    {
        // 2026-12-31 23:59:59 in China is 15:59:59 UTC: still 2026 there, whatever the machine's zone.
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 31, 15, 59, 59));
        var profile = TestProfiles.Valid(BeijingSite);
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, clock);

        var lastSecond = renderer.Render(profile);
        clock.Advance(Duration.FromSeconds(1));
        var firstSecond = renderer.Render(profile);

        Assert.Contains("© 2019–2026 示例科技有限公司 版权所有", lastSecond, StringComparison.Ordinal);
        Assert.Contains("© 2019–2027 示例科技有限公司 版权所有", firstSecond, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ClockMovedBack_DoesNotServeNextYearsFooter()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 1, 4, 0));
        var profile = TestProfiles.Valid(BeijingSite);
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, clock);
        _ = renderer.Render(profile);

        clock.Reset(Instant.FromUtc(2026, 6, 1, 4, 0));

        Assert.Contains("2019–2026", renderer.Render(profile), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example.com.cn", "京ICP备12345678号-2")]
    [InlineData("www.example.com.cn", "京ICP备12345678号-2")]
    [InlineData("EXAMPLE.COM.CN", "京ICP备12345678号-2")]
    [InlineData("example.cn", "京ICP备12345678号-1")]
    [InlineData("unknown.example", "京ICP备12345678号-1")]
    public void Render_ForHost_ShowsTheHostsOwnNumber(string host, string expected)
    {
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, TestProfiles.ChinaNoon(new LocalDate(2026, 11, 24)));

        var html = renderer.Render(TestProfiles.Valid(BeijingSite), TemplateNames.IcpLink, host);

        Assert.Contains(">" + expected + "</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyHostHeaders_ShareOneCachedStringPerNumber()
    {
        var profile = TestProfiles.Valid(BeijingSite);
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, TestProfiles.ChinaNoon(new LocalDate(2026, 11, 24)));
        var site = renderer.Render(profile);
        var own = renderer.Render(profile, host: "example.com.cn");

        for (var i = 0; i < 100; i++)
        {
            Assert.Same(site, renderer.Render(profile, host: $"h{i}.attacker.example"));
            Assert.Same(site, renderer.Render(profile, host: "WWW.EXAMPLE.CN"));
            Assert.Same(own, renderer.Render(profile, host: "www.Example.com.cn"));
        }
    }

    [Fact]
    public void Render_TemplateNameBuiltAtRunTime_UsesTheCachedString()
    {
        var profile = TestProfiles.Valid(BeijingSite);
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, TestProfiles.ChinaNoon(new LocalDate(2026, 11, 24)));
        var first = renderer.Render(profile, TemplateNames.Compact);

        var second = renderer.Render(profile, new string(TemplateNames.Compact.ToCharArray()));

        Assert.Same(first, second);
    }

    [Fact]
    public void Render_SystemClock_ReturnsTheCachedStringWithThisYear()
    {
        var profile = TestProfiles.Valid(BeijingSite);
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, SystemClock.Instance);
        var year = SystemClock.Instance.GetCurrentInstant().InZone(ChinaTime.Zone).Year;

        var first = renderer.Render(profile);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Same(first, renderer.Render(profile));
        }

        Assert.Contains($"2019–{year}", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AlternatingProfiles_EachRendersItsOwnNumber()
    {
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, TestProfiles.ChinaNoon(new LocalDate(2026, 11, 24)));
        var one = TestProfiles.Valid(BeijingSite);
        var seven = TestProfiles.Valid(BeijingSite.Replace("号-1", "号-7", StringComparison.Ordinal));

        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("京ICP备12345678号-1", renderer.Render(one), StringComparison.Ordinal);
            Assert.Contains("京ICP备12345678号-7", renderer.Render(seven), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_UnknownTemplate_ThrowsWithTheAvailableNames()
    {
        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, SystemClock.Instance);

        var exception = Assert.Throws<FooterTemplateException>(() => renderer.Render(TestProfiles.Valid(BeijingSite), "fancy"));

        Assert.Contains("'fancy'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("compact", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedTemplates_AreTheFilesInTemplatesFolder()
    {
        Assert.Equal(
            ["compact", "default", "icp-link", "markdown", "police-badge", "text"],
            EmbeddedTemplateSource.Names);
    }
}

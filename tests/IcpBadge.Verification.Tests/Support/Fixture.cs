using IcpBadge.Configuration;
using NodaTime;

namespace IcpBadge.Verification.Tests.Support;

/// <summary>Fixture pages and the configurations they are checked against.</summary>
internal static class Fixture
{
    /// <summary>The day the fixtures are judged on (China date).</summary>
    public static readonly LocalDate Today = new(2026, 12, 1);

    /// <summary>Noon of <see cref="Today"/> in China, for code that takes a clock.</summary>
    public static readonly IClock Clock = new NodaTime.Testing.FakeClock(Today.At(new LocalTime(12, 0)).InZoneStrictly(ChinaTime.Zone).ToInstant());

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The Beijing site every fixture shows, with every date in the past.</summary>
    public static SiteProfile Config(Action<IcpBadgeOptions>? change = null)
    {
        var options = new IcpBadgeOptions();
        options.Site.Name = "示例网站";
        options.Site.Domains.Add(new DomainOptions { Host = "example.cn" });
        options.Icp.Number = "京ICP备12345678号-1";
        options.Icp.ApprovedOn = "2026-01-10";
        options.Police.Number = "京公网安备11010502030143号";
        options.Police.ApprovedOn = "2026-02-01";
        options.Police.DisplayedOn = "2026-02-10";
        options.Police.Icon = "https://example.cn/police.png";
        options.Copyright.Holder = "示例科技有限公司";
        options.Copyright.Aliases.Add("示例科技");
        change?.Invoke(options);
        var result = SiteProfile.Create(options, IcpBadgeOptions.SectionName, AppContext.BaseDirectory);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Problems));
        return result.Profile;
    }

    public static IReadOnlyList<InspectionFinding> Inspect(string html, bool home = true, SiteProfile? config = null, string? host = "example.cn") =>
        new PageInspector().Inspect(html, new PageContext { IsHomePage = home, Host = host, Profile = config, Today = Today });

    /// <summary><c>RULE:Severity</c> for every finding, sorted, comma-separated; empty for a clean page.</summary>
    public static string Summary(IEnumerable<InspectionFinding> findings) =>
        string.Join(",", findings.Select(f => $"{f.Rule}:{f.Severity}").Order(StringComparer.Ordinal));

    public static string Describe(IEnumerable<InspectionFinding> findings) =>
        string.Join(Environment.NewLine, findings.Select(f => "  " + f));
}

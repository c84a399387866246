using System.Text;
using IcpBadge.Configuration;
using IcpBadge.Verification.Fetching;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Audits.Tests.Support;

/// <summary>Inventories pointing at a <see cref="PortfolioServer"/>, a fake clock, and a fetcher that retries without waiting.</summary>
internal static class AuditFixture
{
    public static FakeClock Clock(int day) => new(Instant.FromUtc(2026, 12, day, 2, 0));

    public static PageFetcher Fetcher()
    {
        var options = new PageFetchOptions { AllowPrivateNetworks = true, RetryDelay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(15) };
        return new PageFetcher(new HttpClient(PageFetcher.CreateHandler(options)), options);
    }

    /// <summary>A site of the good page's configuration (so the good page has no finding) whose only home page is <paramref name="home"/>.</summary>
    public static string Site(string id, Uri home) => $$"""
        { "Site": { "Id": "{{id}}", "Name": "示例网站", "HomeUrls": [ "{{home.AbsoluteUri}}" ] },
          "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2025-12-01" },
          "Police": { "Number": "京公网安备11010502030143号" },
          "Copyright": { "Holder": "示例科技有限公司" } }
        """;

    public static string Inventory(params string[] sites) => $$"""{ "Sites": [ {{string.Join(",\n", sites)}} ] }""";

    public static List<SiteProfile> Profiles(string inventory)
    {
        var results = SiteInventory.WithUniqueIds(SiteInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(inventory)))).ToList();
        Assert.All(results, r => Assert.True(r.Success, string.Join("; ", r.Problems)));
        return [.. results.Select(r => r.Profile!)];
    }
}

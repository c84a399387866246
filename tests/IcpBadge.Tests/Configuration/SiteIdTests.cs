using System.Text;
using IcpBadge.Configuration;

namespace IcpBadge.Tests.Configuration;

/// <summary><c>Site:Id</c> and <c>Site:HomeUrls</c>: the id's defaults, the URL checks, and one id per site in an inventory.</summary>
public sealed class SiteIdTests
{
    [Theory]
    [InlineData("""{ "Site": { "Id": " shili ", "Name": "甲", "Domains": [ "example.cn" ] }, "Icp": { "Number": "京ICP备12345678号-1" } }""", "shili")]
    [InlineData("""{ "Site": { "Name": "甲", "Domains": [ "example.cn", "example.com.cn" ] }, "Icp": { "Number": "京ICP备12345678号-1" } }""", "example.cn")]
    [InlineData("""{ "Site": { "Name": " 甲站 " }, "Icp": { "Number": "京ICP备12345678号-1" } }""", "甲站")]
    [InlineData("""{ "Icp": { "Number": "京ICP备12345678号-1" } }""", "京ICP备12345678号-1")]
    public void TheId_IsSiteId_ElseTheFirstDomain_ElseTheName_ElseTheIcpNumber(string site, string id)
    {
        var profile = Assert.Single(Read($$"""{ "Sites": [ {{site}} ] }""")).Profile;

        Assert.NotNull(profile);
        Assert.Equal(id, profile.Id);
    }

    [Fact]
    public void HomeUrls_AreAbsoluteHttpUrls_AndEveryOtherValueIsAProblemNamingItsIndex()
    {
        var result = Assert.Single(Read("""
            { "Sites": [ { "Site": { "Name": "甲", "HomeUrls": [ "https://example.cn/zh/", "example.cn", "ftp://example.cn/", "https://user:pw@example.cn/" ] },
                           "Icp": { "Number": "京ICP备12345678号-1" } } ] }
            """));

        Assert.False(result.Success);
        Assert.Equal(
            ["[site 0 \"甲\"] Sites:0:Site:HomeUrls:1", "[site 0 \"甲\"] Sites:0:Site:HomeUrls:2", "[site 0 \"甲\"] Sites:0:Site:HomeUrls:3"],
            result.Problems.Select(p => p.Path));
        Assert.Contains("absolute http or https URL", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSitesWithOneId_TheSecondIsAProblemNamingBoth()
    {
        var sites = SiteInventory.WithUniqueIds(Read("""
            { "Sites": [ { "Site": { "Name": "甲", "Domains": [ "example.cn" ] }, "Icp": { "Number": "京ICP备12345678号-1" } },
                         { "Site": { "Name": "乙", "Id": "other" }, "Icp": { "Number": "京ICP备12345678号-2" } },
                         { "Site": { "Name": "丙", "Id": "EXAMPLE.cn" }, "Icp": { "Number": "京ICP备12345678号-3" } } ] }
            """)).ToList();

        Assert.Equal([true, true, false], sites.Select(s => s.Success));
        var problem = Assert.Single(sites[2].Problems);
        Assert.Equal("[site 2 \"丙\"] Sites:2:Site:Id = 'EXAMPLE.cn': [site 0 \"甲\"] already has this id: give each site its own Site:Id.", problem.ToString());
    }

    private static List<SiteProfileResult> Read(string json) =>
        [.. SiteInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Path.GetTempPath())];
}

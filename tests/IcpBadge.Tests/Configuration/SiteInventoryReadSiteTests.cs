using System.Text;
using IcpBadge.Configuration;

namespace IcpBadge.Tests.Configuration;

/// <summary><see cref="SiteInventory.ReadSite"/>: one site object read as <see cref="SiteInventory.Read"/> reads each site, problems under the path given.</summary>
public sealed class SiteInventoryReadSiteTests
{
    private const string Site = """
        { "site": { "Name": "甲站", "Domains": [ "example.cn", { "Host": "shop.example.cn", "IcpNumber": "京ICP备12345678号-2" } ], "LaunchedOn": "2026-11-01" },
          "Icp": { "Number": "京ICP备12345678号-1" }, "Copyright": { "Since": "2019" } }
        """;

    [Fact]
    public void ASite_ReadsAsTheSameSiteOfAnInventory()
    {
        var alone = SiteInventory.ReadSite(Encoding.UTF8.GetBytes(Site), "row");
        var inInventory = Assert.Single(SiteInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes($$"""{ "Sites": [ {{Site}} ] }"""))));

        Assert.True(alone.Success);
        Assert.Equal(inInventory.Profile!.Domains, alone.Profile!.Domains);
        Assert.Equal(inInventory.Profile.LaunchedOn, alone.Profile.LaunchedOn);
        Assert.Equal(2019, alone.Profile.CopyrightSince);
    }

    [Fact]
    public void ProblemsAndWrongTypes_AreProblemsUnderThePathGiven()
    {
        var invalid = SiteInventory.ReadSite("""{ "Icp": { "Number": "京ICP备1234号-1" } }"""u8, "row");
        var wrongType = SiteInventory.ReadSite("""{ "Copyright": { "Since": "MMXIX" } }"""u8, "row");

        Assert.Equal("row:Icp:Number", Assert.Single(invalid.Problems).Path);
        var problem = Assert.Single(wrongType.Problems);
        Assert.Equal("row:Copyright:Since: must be a year such as 2019.", problem.ToString());
        Assert.Throws<InventoryFormatException>(() => SiteInventory.ReadSite(""u8, "row"));
    }
}

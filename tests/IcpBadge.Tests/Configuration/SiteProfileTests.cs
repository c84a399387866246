using IcpBadge.Configuration;
using IcpBadge.Rules;
using IcpBadge.Tests.Support;
using NodaTime;

namespace IcpBadge.Tests.Configuration;

public sealed class SiteProfileTests
{
    [Fact]
    public void Create_FullSpecExample_BindsEveryField()
    {
        var profile = TestProfiles.Valid("""
            { "IcpBadge": {
                "Site": { "Name": "示例网站", "SubjectType": "Unit",
                          "Domains": ["example.cn", { "Host": "example.com.cn", "IcpNumber": "京ICP备12345678号-2" }],
                          "Province": "北京", "LaunchedOn": "2026-11-01", "ConnectedOn": null, "EndsOn": null, "Commercial": false },
                "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2026-10-20", "Display": "Auto", "DisplayedOn": "2026-11-01", "CancelledOn": null },
                "License": { "Number": "京ICP证123456号" },
                "Police": { "Number": "京公网安备11010502030143号", "Province": null, "SubmittedOn": "2026-11-10", "ApprovedOn": "2026-11-20",
                            "DisplayedOn": null, "ShanghaiSubmittedOn": null, "NoticeOn": null, "ExplanationOn": null, "RevokedOn": null },
                "Copyright": { "Holder": "示例科技有限公司", "Aliases": ["示例科技"], "Since": 2019 },
                "Changes": [ { "Filing": "Icp", "EffectiveOn": "2027-03-01", "FiledOn": null },
                             { "Filing": "Police", "EffectiveOn": "2026-12-15", "FiledOn": "2026-12-01" } ],
                "HolidaysFile": null } }
            """);

        Assert.Equal("示例网站", profile.Name);
        Assert.Equal(SubjectType.Unit, profile.SubjectType);
        Assert.Equal(["example.cn", "example.com.cn"], profile.Domains.Select(d => d.Host));
        Assert.Equal("京ICP备12345678号-2", profile.Domains[1].IcpNumber.ToString());
        Assert.Equal(11, profile.Province.Code);
        Assert.Equal(new LocalDate(2026, 11, 1), profile.LaunchedOn);
        Assert.Null(profile.ConnectedOn);
        Assert.Equal(new LocalDate(2026, 10, 20), profile.IcpApprovedOn);
        Assert.Equal(IcpDisplay.Auto, profile.IcpDisplay);
        Assert.Equal("京ICP证123456号", profile.LicenseNumber?.ToString());
        Assert.Equal("11010502030143", profile.PoliceNumber?.Digits);
        Assert.Equal(11, profile.PoliceProvince.Code);
        Assert.Equal(new LocalDate(2026, 11, 20), profile.PoliceApprovedOn);
        Assert.Equal(["示例科技"], profile.CopyrightAliases);
        Assert.Equal(2019, profile.CopyrightSince);
        Assert.Equal(
            [new FilingChange(FilingKind.Icp, new LocalDate(2027, 3, 1), null), new FilingChange(FilingKind.Police, new LocalDate(2026, 12, 15), new LocalDate(2026, 12, 1))],
            profile.Changes);
    }

    [Fact]
    public void Create_WrongPolicePrefix_NamesTheFieldValueAndRule()
    {
        var result = TestProfiles.FromJson("""{ "IcpBadge": { "Icp": { "Number": "粤ICP备19015064号" }, "Police": { "Number": "粤公网安备52990002000093号" } } }""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IcpBadge:Police:Number", problem.Path);
        Assert.Equal("粤公网安备52990002000093号", problem.Value);
        Assert.Contains("贵州", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("IcpBadge:Police:Number = '粤公网安备52990002000093号': ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MissingIcpNumber_IsTheOnlyRequiredField()
    {
        var result = TestProfiles.FromJson("""{ "IcpBadge": { } }""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IcpBadge:Icp:Number", problem.Path);
        Assert.Null(problem.Value);
    }

    [Fact]
    public void Create_SiteProvinceDisagreeingWithNumber_IsAProblem()
    {
        var result = TestProfiles.FromJson("""{ "IcpBadge": { "Site": { "Province": "上海" }, "Icp": { "Number": "京ICP备12345678号-1" } } }""");

        Assert.Equal("IcpBadge:Site:Province", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Create_PoliceProvince_DefaultsToPoliceNumberThenSite()
    {
        var withPolice = TestProfiles.Valid("""{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Number": "沪公网安备31011302003783号" } } }""");
        var withoutPolice = TestProfiles.Valid("""{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" } } }""");
        var explicitProvince = TestProfiles.Valid("""{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Province": "sh" } } }""");

        Assert.Equal(31, withPolice.PoliceProvince.Code);
        Assert.Equal(11, withoutPolice.PoliceProvince.Code);
        Assert.Equal(31, explicitProvince.PoliceProvince.Code);
    }

    [Fact]
    public void Create_CommercialWithoutLicence_IsAProblem()
    {
        var result = TestProfiles.FromJson("""{ "IcpBadge": { "Site": { "Commercial": true }, "Icp": { "Number": "京ICP备12345678号-1" } } }""");

        Assert.Equal("IcpBadge:License:Number", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Create_DomainNumberOfAnotherSubject_IsAProblem()
    {
        var result = TestProfiles.FromJson("""
            { "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" },
                            "Site": { "Domains": [ { "Host": "b.cn", "IcpNumber": "京ICP备87654321号-1" }, "not a host", "ok.cn" ] } } }
            """);

        Assert.Equal(["IcpBadge:Site:Domains:0:IcpNumber", "IcpBadge:Site:Domains:1:Host"], result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Create_GuangdongWebsiteNumber_FooterShowsMain()
    {
        var profile = TestProfiles.Valid("""{ "IcpBadge": { "Icp": { "Number": "粤ICP备19015064号-1" } } }""");

        Assert.Equal("粤ICP备19015064号", profile.FooterIcpNumber.ToString());
        Assert.Equal("粤ICP备19015064号-1", profile.IcpNumber.ToString());
    }

    [Fact]
    public void Create_BadChange_ReportsEachField()
    {
        var result = TestProfiles.FromJson("""{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" }, "Changes": [ { "Filing": "Dns", "EffectiveOn": "" } ] } }""");

        Assert.Equal(["IcpBadge:Changes:0:Filing", "IcpBadge:Changes:0:EffectiveOn"], result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Create_InInventory_UsesTheGivenPathPrefix()
    {
        var options = new IcpBadgeOptions();
        options.Icp.Number = "京ICP备12345678号";

        var result = SiteProfile.Create(options, "Sites:3");

        Assert.Equal("Sites:3:Icp:Number", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Create_IconFile_IsInlinedWithAspectRatio()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-icon-");
        try
        {
            // A 62x67 PNG header, like the platform's current emblem.
            byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 62, 0, 0, 0, 67, 8, 6, 0, 0, 0];
            File.WriteAllBytes(Path.Combine(folder.FullName, "emblem.png"), header);

            var profile = TestProfiles.Valid("""{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Icon": "emblem.png" } } }""", folder.FullName);

            Assert.NotNull(profile.PoliceIcon);
            Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", profile.PoliceIcon.Source, StringComparison.Ordinal);
            Assert.Equal((19, 20), (profile.PoliceIcon.Width, profile.PoliceIcon.Height));
            Assert.True(profile.PoliceIcon.IsInlined);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("https://cdn.example.cn/emblem.png", "https://cdn.example.cn/emblem.png")]
    [InlineData("/images/emblem.png", "/images/emblem.png")]
    public void Create_IconUrl_IsUsedAsIs(string icon, string expected)
    {
        var profile = TestProfiles.Valid($$"""{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Icon": "{{icon}}" } } }""");

        Assert.Equal(expected, profile.PoliceIcon?.Source);
        Assert.False(profile.PoliceIcon?.IsInlined);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("vbscript:x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("no-such-file.png")]
    [InlineData("//evil.example/emblem.png")]
    public void Create_UnsafeOrMissingIcon_IsAProblem(string icon)
    {
        var result = TestProfiles.FromJson($$"""{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Icon": "{{icon}}" } } }""");

        Assert.Equal("IcpBadge:Police:Icon", Assert.Single(result.Problems).Path);
    }
}

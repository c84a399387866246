using IcpBadge.Configuration;
using IcpBadge.Tests.Support;

namespace IcpBadge.Tests.Configuration;

/// <summary><c>Site.UnlistedHosts</c> (which hosts show the footer) and <c>Rendering.StrictCsp</c> (the emblem must be a URL).</summary>
public sealed class UnlistedHostsAndStrictCspTests : IDisposable
{
    private const string Hide = """
        { "IcpBadge": { "Site": { "Domains": [ "example.cn", { "Host": "example.com.cn", "IcpNumber": "京ICP备12345678号-2" } ], "UnlistedHosts": "Hide" },
                        "Icp": { "Number": "京ICP备12345678号-1" } } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-strict-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void UnlistedHosts_DefaultsToShow_AndShowsOnEveryHost()
    {
        var profile = TestProfiles.Valid("""{ "IcpBadge": { "Site": { "Domains": [ "example.cn" ] }, "Icp": { "Number": "京ICP备12345678号-1" } } }""");

        Assert.Equal(UnlistedHosts.Show, profile.UnlistedHosts);
        Assert.True(profile.ShowsFooterOn("example.com"));
        Assert.True(profile.ShowsFooterOn("example.cn"));
        Assert.True(profile.ShowsFooterOn(null));
    }

    [Theory]
    [InlineData("example.cn", true)]
    [InlineData("www.example.cn", true)]
    [InlineData("EXAMPLE.CN", true)]
    [InlineData("example.cn.", true)]
    [InlineData("example.com.cn", true)]
    [InlineData("www.example.com.cn", true)]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.45.6.7", true)]
    [InlineData("::1", true)]
    [InlineData("[::1]", true)]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("example.com", false)]
    [InlineData("www.example.com", false)]
    [InlineData("cdn.example.cn", false)]
    [InlineData("example.cn.evil.com", false)]
    [InlineData("localhost.example.com", false)]
    [InlineData("128.0.0.1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("[::2]", false)]
    public void UnlistedHostsHide_ShowsOnListedAndLoopbackHostsOnly(string? host, bool shows)
    {
        var profile = TestProfiles.Valid(Hide);

        Assert.Equal(UnlistedHosts.Hide, profile.UnlistedHosts);
        Assert.Equal(shows, profile.ShowsFooterOn(host));
    }

    [Fact]
    public void UnlistedHosts_AnUnknownValue_NamesTheFieldAndTheChoices()
    {
        var result = TestProfiles.FromJson("""{ "IcpBadge": { "Site": { "UnlistedHosts": "Overseas" }, "Icp": { "Number": "京ICP备12345678号-1" } } }""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IcpBadge:Site:UnlistedHosts = 'Overseas': must be one of Show, Hide.", problem.ToString());
    }

    [Fact]
    public void StrictCsp_DefaultsToOff_AndAnEmblemFileIsInlined()
    {
        File.WriteAllBytes(Path.Combine(_folder, "emblem.gif"), "GIF89a\u0014\0\u0014\0"u8.ToArray());
        var profile = TestProfiles.Valid("""{ "IcpBadge": { "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Icon": "emblem.gif" } } }""", _folder);

        Assert.False(profile.StrictCsp);
        Assert.StartsWith("data:image/gif;base64,", profile.PoliceIcon!.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/images/police-emblem.png")]
    [InlineData("https://example.cn/police-emblem.png")]
    [InlineData("http://example.cn/police-emblem.png")]
    public void StrictCsp_AnEmblemUrl_IsUsedAsItIs(string icon)
    {
        var profile = TestProfiles.Valid($$"""{ "IcpBadge": { "Rendering": { "StrictCsp": true }, "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Icon": "{{icon}}" } } }""", _folder);

        Assert.True(profile.StrictCsp);
        Assert.Equal(icon, profile.PoliceIcon!.Source);
        Assert.False(profile.PoliceIcon.IsInlined);
    }

    [Theory]
    [InlineData("emblem.gif")]
    [InlineData("assets/missing.png")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    public void StrictCsp_AnEmblemFileOrDataUri_IsAConfigurationError_ThatSaysToGiveAUrl(string icon)
    {
        File.WriteAllBytes(Path.Combine(_folder, "emblem.gif"), "GIF89a\u0014\0\u0014\0"u8.ToArray());

        var result = TestProfiles.FromJson($$"""{ "IcpBadge": { "Rendering": { "StrictCsp": true }, "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Icon": "{{icon}}" } } }""", _folder);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IcpBadge:Police:Icon", problem.Path);
        Assert.Contains("copy the image into the site and give its URL", problem.Text.En, StringComparison.Ordinal);
        Assert.Contains("请把图片复制到网站中", problem.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void StrictCsp_AnAbsoluteFilePath_IsAFilePathNotASiteRelativeUrl()
    {
        var file = Path.Combine(_folder, "emblem.gif");
        File.WriteAllBytes(file, "GIF89a\u0014\0\u0014\0"u8.ToArray());

        var result = TestProfiles.FromJson($$"""{ "IcpBadge": { "Rendering": { "StrictCsp": true }, "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Icon": "{{file.Replace("\\", "\\\\", StringComparison.Ordinal)}}" } } }""", _folder);

        Assert.Equal("IcpBadge:Police:Icon", Assert.Single(result.Problems).Path);
    }
}

using IcpBadge.Configuration;
using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests;

/// <summary>One fixture page per rule, failing and passing; each case states exactly which findings it expects.</summary>
public sealed class FixtureTests
{
    private static readonly Dictionary<string, Func<SiteProfile?>> Configs = new(StringComparer.Ordinal)
    {
        ["none"] = () => null,
        ["config"] = () => Fixture.Config(),
        ["police-recent"] = () => Fixture.Config(o =>
        {
            o.Police.ApprovedOn = "2026-11-20";
            o.Police.DisplayedOn = null;
        }),
        ["no-police"] = () => Fixture.Config(o =>
        {
            o.Police.Number = null;
            o.Police.ApprovedOn = null;
            o.Police.DisplayedOn = null;
            o.Police.Icon = null;
        }),
        ["commercial"] = () => Fixture.Config(o =>
        {
            o.Site.Commercial = true;
            o.License.Number = "京B2-20090059";
        }),
        ["icp-not-approved"] = () => Fixture.Config(o => o.Icp.ApprovedOn = null),
        ["icp-approved-later"] = () => Fixture.Config(o => o.Icp.ApprovedOn = "2027-01-04"),
        ["guangdong-website"] = () => Fixture.Config(o =>
        {
            o.Icp.Number = "粤ICP备19015064号-1";
            o.Icp.Display = "Website";
        }),
        ["other-police"] = () => Fixture.Config(o => o.Police.Number = "京公网安备11010502030999号"),
    };

    public static TheoryData<string, bool, string, string> Cases => new()
    {
        // Passing pages: no findings at all, with and without the configuration.
        { "pass-beijing.html", true, "none", "" },
        { "pass-beijing.html", true, "config", "" },
        { "pass-label-emblem-after.html", true, "none", "" },
        { "pass-emblem-inside-link.html", true, "config", "" },
        { "pass-sichuan-alias.html", true, "none", "" },
        { "pass-sichuan-chuan-icp.html", true, "none", "" },
        { "pass-guizhou-alias.html", true, "none", "" },
        { "pass-guizhou-gui-icp.html", true, "none", "" },
        { "pass-guangdong-main.html", true, "none", "" },
        { "pass-app-beside-website.html", true, "none", "" },
        { "pass-app-beside-website.html", true, "config", "" },
        { "inner-no-numbers.html", false, "none", "" },
        { "inner-no-numbers.html", false, "config", "" },

        // ICP001 / ICP002
        { "icp001-none.html", true, "none", "ICP001:Error" },
        { "icp001-none.html", false, "none", "" },
        { "icp001-licence-only.html", true, "none", "ICP001:Error" },
        { "icp002-meng-only.html", true, "none", "ICP001:Error,ICP002:Info" },
        { "icp002-meng-beside-real.html", true, "none", "ICP002:Info" },
        { "icp002-missing-hao.html", true, "none", "ICP002:Error" },
        { "icp002-placeholder.html", true, "none", "ICP002:Error" },

        // ICP003 / ICP004 (one finding per number)
        { "icp003-other-number.html", true, "config", "ICP003:Error" },
        { "icp003-other-number.html", true, "none", "" },
        { "icp004-guangdong-website.html", true, "none", "ICP004:Error" },
        { "icp004-guangdong-website.html", true, "guangdong-website", "" },
        { "icp004-beijing-main.html", true, "none", "ICP004:Error" },
        { "icp004-beijing-main.html", true, "config", "ICP004:Error" },
        { "pass-guangdong-main.html", true, "guangdong-website", "ICP004:Error,PSB007:Error" },

        // ICP005 / ICP006 / ICP007 (one finding per number)
        { "icp005-javascript.html", true, "none", "ICP005:Error" },
        { "icp005-empty-href.html", true, "none", "ICP005:Error" },
        { "icp005-hash.html", true, "none", "ICP005:Error" },
        { "icp005-adjacent.html", true, "none", "ICP005:Warning" },
        { "icp005-unlinked.html", true, "none", "ICP005:Error" },
        { "icp006-miitbeian.html", true, "none", "ICP006:Error" },
        { "icp006-miibeian.html", true, "none", "ICP006:Error" },
        { "icp006-www-beian-miit.html", true, "none", "ICP006:Error" },
        { "icp006-miit-homepage.html", true, "none", "ICP006:Error" },
        { "icp006-police-host.html", true, "none", "ICP006:Error" },
        { "icp007-http.html", true, "none", "ICP007:Warning" },
        { "icp007-provincial.html", true, "none", "ICP007:Warning" },

        // ICP008 – ICP013
        { "icp008-spaces.html", true, "none", "ICP008:Warning" },
        { "icp008-fullwidth.html", true, "none", "ICP008:Warning" },
        { "icp008-unusual-serial.html", true, "none", "ICP008:Warning" },
        { "icp009-header.html", true, "none", "ICP009:Error" },
        { "icp009-header.html", false, "none", "ICP009:Warning" },
        { "icp010-hidden.html", true, "none", "ICP010:Warning" },
        { "icp010-hidden-attribute.html", true, "none", "ICP010:Warning" },
        { "icp011-app-only.html", true, "none", "ICP011:Error" },
        { "icp011-app-only.html", false, "none", "ICP011:Error" },
        { "icp013-two-numbers.html", true, "none", "ICP013:Warning" },
        { "icp013-two-numbers.html", false, "none", "" },
        { "icp013-two-numbers.html", true, "config", "ICP003:Error,ICP013:Warning" },

        // Police badge
        { "psb009-none.html", true, "config", "PSB001:Error" },
        { "psb009-none.html", true, "police-recent", "" },
        { "psb009-none.html", true, "no-police", "" },
        { "psb009-none.html", true, "none", "PSB009:Warning" },
        { "psb009-none.html", false, "none", "" },
        { "psb002-malformed.html", true, "none", "PSB002:Error" },
        { "psb002-legacy.html", true, "none", "PSB002:Warning" },
        { "psb002-no-prefix.html", true, "none", "PSB002:Error" },
        { "psb003-mismatch.html", true, "none", "PSB003:Error" },
        { "psb004-not-linked.html", true, "none", "PSB004:Error" },
        { "psb004-code-mismatch.html", true, "none", "PSB004:Error" },
        { "psb004-javascript.html", true, "none", "PSB004:Error" },
        { "psb004-wrong-host.html", true, "none", "PSB004:Error" },
        { "psb004-legacy-code-mismatch.html", true, "none", "PSB004:Error" },
        { "psb005-legacy-link.html", true, "none", "PSB005:Warning" },
        { "psb005-no-code.html", true, "none", "PSB005:Warning" },
        { "psb006-old-snippet.html", true, "none", "PSB005:Warning,PSB006:Warning" },
        { "psb006-old-snippet.html", true, "config", "PSB005:Warning,PSB006:Error" },
        { "psb006-old-snippet.html", true, "police-recent", "PSB005:Warning,PSB006:Warning" },
        { "psb006-emblem-far.html", true, "none", "PSB006:Warning" },
        { "pass-beijing.html", true, "guangdong-website", "ICP003:Error" },
        { "pass-beijing.html", true, "other-police", "PSB007:Error" },
        { "psb008-header.html", true, "none", "PSB008:Warning" },

        // Copyright, licence, title, pre-approval
        { "cpr001-none.html", true, "none", "CPR001:Warning" },
        { "cpr001-none.html", false, "none", "" },
        { "cpr001-jiangsu.html", true, "none", "CPR001:Error" },
        { "cpr002-other-holder.html", true, "config", "CPR002:Warning" },
        { "cpr002-other-holder.html", true, "none", "" },
        { "cpr002-alias.html", true, "config", "" },
        { "pass-beijing.html", true, "commercial", "LIC001:Error" },
        { "lic001-with-licence.html", true, "commercial", "" },
        { "ttl001-wrong-title.html", true, "config", "TTL001:Error" },
        { "ttl001-wrong-title.html", true, "none", "" },
        { "ttl001-wrong-title.html", false, "config", "" },
        { "ttl002-no-heading.html", true, "config", "TTL002:Warning" },
        { "ttl002-logo.html", true, "config", "" },
        { "pass-beijing.html", true, "icp-not-approved", "PRE001:Error" },
        { "pass-beijing.html", true, "icp-approved-later", "PRE001:Error" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_ReportsExactlyTheExpectedFindings(string fixture, bool home, string config, string expected)
    {
        var findings = Fixture.Inspect(Fixture.Read(fixture), home, Configs[config]());

        Assert.True(expected == Fixture.Summary(findings), $"{fixture} (home={home}, config={config}): expected [{expected}], got:{Environment.NewLine}{Fixture.Describe(findings)}");
    }

    /// <summary>The configuration a case names.</summary>
    internal static SiteProfile? Configuration(string name) => Configs[name]();

    [Fact]
    public void EveryFixtureFile_IsUsedByACase()
    {
        var used = Cases.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.html").Select(Path.GetFileName);

        var unused = files.Where(f => !used.Contains(f!)).ToList();
        Assert.True(unused.Count == 0, "Fixtures without a case: " + string.Join(", ", unused));
    }
}

using IcpBadge.Provinces;

namespace IcpBadge.Rules;

/// <summary>The filing obligations D1–D10 of SPEC §1.6. Days are calendar days in China time, start day excluded.</summary>
public static class ObligationCatalog
{
    private static readonly ObligationDefinition[] Definitions =
    [
        new("D1", "ICP number shown on the site", "launch day", "Site.LaunchedOn set", "000:3742"),
        new("D2", "Police filing submitted", "launch + 30 days", "Site.LaunchedOn set", "000:425, 003:314, 004:1254"),
        new("D3", "Police badge shown (number + emblem + link)", "police approval + 30 days", "Police.ApprovedOn set", "000:1934, 003:3872"),
        new("D4", "Police record updated after a change of details", "change + 30 days", "a Changes entry with Filing: Police", "000:2383"),
        new("D5", "ICP filing change submitted before the change takes effect", "change - 30 days", "a Changes entry with Filing: Icp", "000:3746, 001:776"),
        new("D6", "Also filed on 上海互联网安全综合服务网 (wa.police.sh.cn)", "launch + 30 days", "police filing in Shanghai and Site.LaunchedOn set", "001:136", r => r.HasSecondPolicePlatform),
        new("D7", "ICP filing cancelled when the service ends", "end day", "Site.EndsOn set", "000:3748"),
        new("D8", "Police record revoked after the service ends", "end + 5 working days", "Site.EndsOn set and a police filing exists", "000:2384"),
        new("D9", "Written explanation after a police notice if still not filed", "notice + 30 days", "police filing in Shanghai and Police.NoticeOn set", "001:136", r => r.HasSecondPolicePlatform),
        new("D10", "Site live with its footer number after ICP approval (commitment letter)", "ICP approval + 1 month", "Guangdong ICP number and Icp.ApprovedOn set", "003:2364, 003:2403", r => r.RequiresLiveSiteAfterIcpApproval),
    ];

    /// <summary>All ten obligations, D1 to D10.</summary>
    public static IReadOnlyList<ObligationDefinition> All => Definitions;

    /// <summary>The obligations that can apply to a site filed in <paramref name="province"/>.</summary>
    public static IReadOnlyList<ObligationDefinition> For(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return ProvinceRules.For(province).Obligations;
    }
}

namespace IcpBadge.Verification;

/// <summary>
/// The verifier's rule catalog: every rule once, with the severities it can report. Inspection emits findings only
/// through these rules; the SARIF and JUnit reports and docs/verification.md are checked against <see cref="All"/>.
/// </summary>
public static class VerificationRules
{
    /// <summary>Where each rule is explained with a failing snippet and the fix.</summary>
    public const string HelpUri = "https://github.com/icpbadge/icpbadge/blob/main/docs/verification.md";

    private static readonly FindingSeverity[] ErrorOnly = [FindingSeverity.Error];
    private static readonly FindingSeverity[] WarningOnly = [FindingSeverity.Warning];
    private static readonly FindingSeverity[] ErrorOrWarning = [FindingSeverity.Error, FindingSeverity.Warning];
    private static readonly FindingSeverity[] ErrorOrInfo = [FindingSeverity.Error, FindingSeverity.Info];
    private static readonly FindingSeverity[] ErrorWarningOrInfo = [FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info];

    /// <summary>ICP001: The home page shows no ICP filing number (licence numbers and lookalikes such as 萌ICP备 do not count).</summary>
    public static readonly VerificationRule Icp001 = new("ICP001", ErrorOnly);

    /// <summary>ICP002: ICP-like text with a province character is malformed (missing 号, serial length, bad -n, placeholder); a non-province character before ICP备 is a lookalike (info).</summary>
    public static readonly VerificationRule Icp002 = new("ICP002", ErrorOrInfo);

    /// <summary>ICP003: A different ICP number than the one configured for this host.</summary>
    public static readonly VerificationRule Icp003 = new("ICP003", ErrorOnly, needsConfiguration: true);

    /// <summary>ICP004: Wrong form for the province: a Guangdong number with -n, or another province's bare main number.</summary>
    public static readonly VerificationRule Icp004 = new("ICP004", ErrorOnly);

    /// <summary>ICP005: The ICP number is not linked to the MIIT system (error), or a MIIT link sits next to it without wrapping it (warning).</summary>
    public static readonly VerificationRule Icp005 = new("ICP005", ErrorOrWarning);

    /// <summary>ICP006: The ICP number's link goes to a dead or wrong host; it must go to https://beian.miit.gov.cn/.</summary>
    public static readonly VerificationRule Icp006 = new("ICP006", ErrorOnly);

    /// <summary>ICP007: The ICP number's link uses http:// or a provincial host.</summary>
    public static readonly VerificationRule Icp007 = new("ICP007", WarningOnly);

    /// <summary>ICP008: The ICP number is displayed in non-canonical form (spaces, full-width characters) or with an unusual serial length.</summary>
    public static readonly VerificationRule Icp008 = new("ICP008", WarningOnly);

    /// <summary>ICP009: The ICP number is outside the footer area (error on a home page in the first half of the body, warning otherwise).</summary>
    public static readonly VerificationRule Icp009 = new("ICP009", ErrorOrWarning);

    /// <summary>ICP010: The ICP number is hidden by markup (hidden, display:none, visibility:hidden).</summary>
    public static readonly VerificationRule Icp010 = new("ICP010", WarningOnly);

    /// <summary>ICP011: Every ICP number in the footer is an APP/mini-program/quick-app number; the website's own number is missing.</summary>
    public static readonly VerificationRule Icp011 = new("ICP011", ErrorOnly);

    /// <summary>ICP013: Two different ICP filing numbers in the home page's footer area.</summary>
    public static readonly VerificationRule Icp013 = new("ICP013", WarningOnly);

    /// <summary>PSB001: The police filing is approved and the display deadline (D3) has passed, but the home page shows no police number.</summary>
    public static readonly VerificationRule Psb001 = new("PSB001", ErrorOnly, needsConfiguration: true);

    /// <summary>PSB002: Police-like text is malformed (error), or a legacy pre-2016 number (warning).</summary>
    public static readonly VerificationRule Psb002 = new("PSB002", ErrorWarningOrInfo);

    /// <summary>PSB003: The police prefix does not match the province of its division code.</summary>
    public static readonly VerificationRule Psb003 = new("PSB003", ErrorOnly);

    /// <summary>PSB004: The police number is not linked, its link is #/empty/javascript:, goes to another host, or its code differs from the displayed digits.</summary>
    public static readonly VerificationRule Psb004 = new("PSB004", ErrorOnly);

    /// <summary>PSB005: A legacy www.beian.gov.cn recordcode link, or a beian.mps.gov.cn link without code.</summary>
    public static readonly VerificationRule Psb005 = new("PSB005", WarningOnly);

    /// <summary>PSB006: No emblem image with the police number (error when D3 is past due, warning otherwise).</summary>
    public static readonly VerificationRule Psb006 = new("PSB006", ErrorOrWarning);

    /// <summary>PSB007: A different police number than configured.</summary>
    public static readonly VerificationRule Psb007 = new("PSB007", ErrorOnly, needsConfiguration: true);

    /// <summary>PSB008: The police number is outside the footer area.</summary>
    public static readonly VerificationRule Psb008 = new("PSB008", WarningOnly);

    /// <summary>PSB009: Without a configuration: the home page shows no police number (due 30 days after approval).</summary>
    public static readonly VerificationRule Psb009 = new("PSB009", WarningOnly);

    /// <summary>CPR001: No copyright line in the home page's footer area (error for Jiangsu, warning otherwise).</summary>
    public static readonly VerificationRule Cpr001 = new("CPR001", ErrorOrWarning);

    /// <summary>CPR002: The copyright line does not name the configured holder or an alias (error for Jiangsu, warning otherwise).</summary>
    public static readonly VerificationRule Cpr002 = new("CPR002", ErrorOrWarning, needsConfiguration: true);

    /// <summary>LIC001: A commercial site's home page does not show its operating licence number.</summary>
    public static readonly VerificationRule Lic001 = new("LIC001", ErrorOnly, needsConfiguration: true);

    /// <summary>TTL001: The home page's &lt;title&gt; does not contain the filed site name.</summary>
    public static readonly VerificationRule Ttl001 = new("TTL001", ErrorOnly, needsConfiguration: true);

    /// <summary>TTL002: The home page's visible heading or logo text does not contain the filed site name.</summary>
    public static readonly VerificationRule Ttl002 = new("TTL002", WarningOnly, needsConfiguration: true);

    /// <summary>PRE001: The site answers while its ICP filing is not approved yet.</summary>
    public static readonly VerificationRule Pre001 = new("PRE001", ErrorOnly, needsConfiguration: true);

    /// <summary>NET001: The target could not be read: unreachable, non-2xx, not HTML, too large, too many redirects or too slow.</summary>
    public static readonly VerificationRule Net001 = new("NET001", ErrorOnly);

    /// <summary>NET002: The page is a hosting provider's block page for an unfiled or not-connected site.</summary>
    public static readonly VerificationRule Net002 = new("NET002", ErrorOnly);

    /// <summary>Every rule, in the order the documentation lists them.</summary>
    public static IReadOnlyList<VerificationRule> All { get; } =
    [
        Icp001,
        Icp002,
        Icp003,
        Icp004,
        Icp005,
        Icp006,
        Icp007,
        Icp008,
        Icp009,
        Icp010,
        Icp011,
        Icp013,
        Psb001,
        Psb002,
        Psb003,
        Psb004,
        Psb005,
        Psb006,
        Psb007,
        Psb008,
        Psb009,
        Cpr001,
        Cpr002,
        Lic001,
        Ttl001,
        Ttl002,
        Pre001,
        Net001,
        Net002,
    ];

    /// <summary>The rule with <paramref name="id"/> (ordinal, as written in reports), or null for an id this version does not know.</summary>
    public static VerificationRule? Find(string id)
    {
        foreach (var rule in All)
        {
            if (string.Equals(rule.Id, id, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        return null;
    }
}

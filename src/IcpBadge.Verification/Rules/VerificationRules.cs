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
    public static readonly VerificationRule Icp001 = new("ICP001", ErrorOnly, "首页未展示ICP备案号（经营许可证号及“萌ICP备”等仿冒文字不计）。", "The home page shows no ICP filing number (licence numbers and lookalikes such as 萌ICP备 do not count).");

    /// <summary>ICP002: ICP-like text with a province character is malformed (missing 号, serial length, bad -n, placeholder); a non-province character before ICP备 is a lookalike (info).</summary>
    public static readonly VerificationRule Icp002 = new("ICP002", ErrorOrInfo, "带省份简称的ICP备案文字格式错误（缺“号”、序号位数、-n 错误、占位符）；非省份字符开头（如“萌ICP备”）为仿冒文字（提示）。", "ICP-like text with a province character is malformed (missing 号, serial length, bad -n, placeholder); a non-province character before ICP备 is a lookalike (info).");

    /// <summary>ICP003: A different ICP number than the one configured for this host.</summary>
    public static readonly VerificationRule Icp003 = new("ICP003", ErrorOnly, "展示的ICP备案号与该域名配置的备案号不同。", "A different ICP number than the one configured for this host.", needsConfiguration: true);

    /// <summary>ICP004: Wrong form for the province: a Guangdong number with -n, or another province's bare main number.</summary>
    public static readonly VerificationRule Icp004 = new("ICP004", ErrorOnly, "备案号形式不符合省份要求：广东展示了 -n，或其他省份只展示了主体备案号。", "Wrong form for the province: a Guangdong number with -n, or another province's bare main number.");

    /// <summary>ICP005: The ICP number is not linked to the MIIT system (error), or a MIIT link sits next to it without wrapping it (warning).</summary>
    public static readonly VerificationRule Icp005 = new("ICP005", ErrorOrWarning, "ICP备案号未链接到工信部备案系统（错误），或链接在旁边但未包住备案号（警告）。", "The ICP number is not linked to the MIIT system (error), or a MIIT link sits next to it without wrapping it (warning).");

    /// <summary>ICP006: The ICP number's link goes to a dead or wrong host; it must go to https://beian.miit.gov.cn/.</summary>
    public static readonly VerificationRule Icp006 = new("ICP006", ErrorOnly, "ICP备案号链接指向失效或错误的地址，应为 https://beian.miit.gov.cn/。", "The ICP number's link goes to a dead or wrong host; it must go to https://beian.miit.gov.cn/.");

    /// <summary>ICP007: The ICP number's link uses http:// or a provincial host.</summary>
    public static readonly VerificationRule Icp007 = new("ICP007", WarningOnly, "ICP备案号链接使用 http:// 或省级地址。", "The ICP number's link uses http:// or a provincial host.");

    /// <summary>ICP008: The ICP number is displayed in non-canonical form (spaces, full-width characters) or with an unusual serial length.</summary>
    public static readonly VerificationRule Icp008 = new("ICP008", WarningOnly, "ICP备案号展示形式不规范（含空格、全角字符）或序号位数异常。", "The ICP number is displayed in non-canonical form (spaces, full-width characters) or with an unusual serial length.");

    /// <summary>ICP009: The ICP number is outside the footer area (error on a home page in the first half of the body, warning otherwise).</summary>
    public static readonly VerificationRule Icp009 = new("ICP009", ErrorOrWarning, "ICP备案号不在页脚区域（首页且位于正文前半部分为错误，否则为警告）。", "The ICP number is outside the footer area (error on a home page in the first half of the body, warning otherwise).");

    /// <summary>ICP010: The ICP number is hidden by markup (hidden, display:none, visibility:hidden).</summary>
    public static readonly VerificationRule Icp010 = new("ICP010", WarningOnly, "ICP备案号被隐藏（hidden、display:none、visibility:hidden）。", "The ICP number is hidden by markup (hidden, display:none, visibility:hidden).");

    /// <summary>ICP011: Every ICP number in the footer is an APP/mini-program/quick-app number; the website's own number is missing.</summary>
    public static readonly VerificationRule Icp011 = new("ICP011", ErrorOnly, "页脚中的ICP备案号均为APP/小程序/快应用备案号，缺少网站备案号。", "Every ICP number in the footer is an APP/mini-program/quick-app number; the website's own number is missing.");

    /// <summary>ICP013: Two different ICP filing numbers in the home page's footer area.</summary>
    public static readonly VerificationRule Icp013 = new("ICP013", WarningOnly, "首页页脚区域出现两个不同的ICP备案号。", "Two different ICP filing numbers in the home page's footer area.");

    /// <summary>PSB001: The police filing is approved and the display deadline (D3) has passed, but the home page shows no police number.</summary>
    public static readonly VerificationRule Psb001 = new("PSB001", ErrorOnly, "公安联网备案已通过且展示期限（D3）已过，首页未展示公安备案号。", "The police filing is approved and the display deadline (D3) has passed, but the home page shows no police number.", needsConfiguration: true);

    /// <summary>PSB002: Police-like text is malformed (error), or a legacy pre-2016 number (warning).</summary>
    public static readonly VerificationRule Psb002 = new("PSB002", ErrorWarningOrInfo, "公安备案文字格式错误（错误），或为2016年前的旧编号（警告）。", "Police-like text is malformed (error), or a legacy pre-2016 number (warning).");

    /// <summary>PSB003: The police prefix does not match the province of its division code.</summary>
    public static readonly VerificationRule Psb003 = new("PSB003", ErrorOnly, "公安备案号的省份简称与行政区划代码不符。", "The police prefix does not match the province of its division code.");

    /// <summary>PSB004: The police number is not linked, its link is #/empty/javascript:, goes to another host, or its code differs from the displayed digits.</summary>
    public static readonly VerificationRule Psb004 = new("PSB004", ErrorOnly, "公安备案号未加链接，或链接为 #/空/javascript:，或指向其他地址，或链接中的 code 与展示的数字不符。", "The police number is not linked, its link is #/empty/javascript:, goes to another host, or its code differs from the displayed digits.");

    /// <summary>PSB005: A legacy www.beian.gov.cn recordcode link, or a beian.mps.gov.cn link without code.</summary>
    public static readonly VerificationRule Psb005 = new("PSB005", WarningOnly, "使用旧版 www.beian.gov.cn recordcode 链接，或 beian.mps.gov.cn 链接缺少 code。", "A legacy www.beian.gov.cn recordcode link, or a beian.mps.gov.cn link without code.");

    /// <summary>PSB006: No emblem image with the police number (error when D3 is past due, warning otherwise).</summary>
    public static readonly VerificationRule Psb006 = new("PSB006", ErrorOrWarning, "公安备案号旁没有公安备案图标（D3 已过为错误，否则为警告）。", "No emblem image with the police number (error when D3 is past due, warning otherwise).");

    /// <summary>PSB007: A different police number than configured.</summary>
    public static readonly VerificationRule Psb007 = new("PSB007", ErrorOnly, "公安备案号与配置不同。", "A different police number than configured.", needsConfiguration: true);

    /// <summary>PSB008: The police number is outside the footer area.</summary>
    public static readonly VerificationRule Psb008 = new("PSB008", WarningOnly, "公安备案号不在页脚区域。", "The police number is outside the footer area.");

    /// <summary>PSB009: Without a configuration: the home page shows no police number (due 30 days after approval).</summary>
    public static readonly VerificationRule Psb009 = new("PSB009", WarningOnly, "未提供配置时：首页未展示公安备案号（应在备案通过后30日内展示）。", "Without a configuration: the home page shows no police number (due 30 days after approval).");

    /// <summary>CPR001: No copyright line in the home page's footer area (error for Jiangsu, warning otherwise).</summary>
    public static readonly VerificationRule Cpr001 = new("CPR001", ErrorOrWarning, "首页页脚区域没有版权信息（江苏为错误，其他省份为警告）。", "No copyright line in the home page's footer area (error for Jiangsu, warning otherwise).");

    /// <summary>CPR002: The copyright line does not name the configured holder or an alias (error for Jiangsu, warning otherwise).</summary>
    public static readonly VerificationRule Cpr002 = new("CPR002", ErrorOrWarning, "版权信息未写明配置的版权所有者或其别名（江苏为错误，其他省份为警告）。", "The copyright line does not name the configured holder or an alias (error for Jiangsu, warning otherwise).", needsConfiguration: true);

    /// <summary>LIC001: A commercial site's home page does not show its operating licence number.</summary>
    public static readonly VerificationRule Lic001 = new("LIC001", ErrorOnly, "经营性网站首页未展示经营许可证编号。", "A commercial site's home page does not show its operating licence number.", needsConfiguration: true);

    /// <summary>TTL001: The home page's &lt;title&gt; does not contain the filed site name.</summary>
    public static readonly VerificationRule Ttl001 = new("TTL001", ErrorOnly, "首页 <title> 未包含备案的网站名称。", "The home page's <title> does not contain the filed site name.", needsConfiguration: true);

    /// <summary>TTL002: The home page's visible heading or logo text does not contain the filed site name.</summary>
    public static readonly VerificationRule Ttl002 = new("TTL002", WarningOnly, "首页可见标题或标志文字未包含备案的网站名称。", "The home page's visible heading or logo text does not contain the filed site name.", needsConfiguration: true);

    /// <summary>PRE001: The site answers while its ICP filing is not approved yet.</summary>
    public static readonly VerificationRule Pre001 = new("PRE001", ErrorOnly, "ICP备案尚未通过，网站已开通访问。", "The site answers while its ICP filing is not approved yet.", needsConfiguration: true);

    /// <summary>NET001: The target could not be read: unreachable, non-2xx, not HTML, too large, too many redirects or too slow.</summary>
    public static readonly VerificationRule Net001 = new("NET001", ErrorOnly, "无法读取目标：无法访问、非2xx状态、非HTML、过大、重定向过多或超时。", "The target could not be read: unreachable, non-2xx, not HTML, too large, too many redirects or too slow.");

    /// <summary>NET002: The page is a hosting provider's block page for an unfiled or not-connected site.</summary>
    public static readonly VerificationRule Net002 = new("NET002", ErrorOnly, "页面为云服务商针对未备案或未接入网站的拦截页。", "The page is a hosting provider's block page for an unfiled or not-connected site.");

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

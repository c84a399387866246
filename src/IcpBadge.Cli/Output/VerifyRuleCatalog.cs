namespace IcpBadge.Cli.Output;

/// <summary>Every rule id the verifier reports (SPEC §6), with its description in English and Chinese.</summary>
internal static class VerifyRuleCatalog
{
    public const string HelpUri = "https://github.com/icpbadge/icpbadge/blob/main/docs/verification.md";

    public static IReadOnlyList<VerifyRule> Rules { get; } =
    [
        new("ICP001", "error", "The home page shows no ICP filing number (licence numbers and lookalikes such as 萌ICP备 do not count).", "首页未展示ICP备案号（经营许可证号及“萌ICP备”等仿冒文字不计）。"),
        new("ICP002", "error", "ICP-like text with a province character is malformed (missing 号, serial length, bad -n, placeholder); a non-province character before ICP备 is a lookalike (info).", "带省份简称的ICP备案文字格式错误（缺“号”、序号位数、-n 错误、占位符）；非省份字符开头（如“萌ICP备”）为仿冒文字（提示）。"),
        new("ICP003", "error", "A different ICP number than the one configured for this host.", "展示的ICP备案号与该域名配置的备案号不同。", true),
        new("ICP004", "error", "Wrong form for the province: a Guangdong number with -n, or another province's bare main number.", "备案号形式不符合省份要求：广东展示了 -n，或其他省份只展示了主体备案号。"),
        new("ICP005", "error", "The ICP number is not linked to the MIIT system (error), or a MIIT link sits next to it without wrapping it (warning).", "ICP备案号未链接到工信部备案系统（错误），或链接在旁边但未包住备案号（警告）。"),
        new("ICP006", "error", "The ICP number's link goes to a dead or wrong host; it must go to https://beian.miit.gov.cn/.", "ICP备案号链接指向失效或错误的地址，应为 https://beian.miit.gov.cn/。"),
        new("ICP007", "warning", "The ICP number's link uses http:// or a provincial host.", "ICP备案号链接使用 http:// 或省级地址。"),
        new("ICP008", "warning", "The ICP number is displayed in non-canonical form (spaces, full-width characters) or with an unusual serial length.", "ICP备案号展示形式不规范（含空格、全角字符）或序号位数异常。"),
        new("ICP009", "error", "The ICP number is outside the footer area (error on a home page in the first half of the body, warning otherwise).", "ICP备案号不在页脚区域（首页且位于正文前半部分为错误，否则为警告）。"),
        new("ICP010", "warning", "The ICP number is hidden by markup (hidden, display:none, visibility:hidden).", "ICP备案号被隐藏（hidden、display:none、visibility:hidden）。"),
        new("ICP011", "error", "Every ICP number in the footer is an APP/mini-program/quick-app number; the website's own number is missing.", "页脚中的ICP备案号均为APP/小程序/快应用备案号，缺少网站备案号。"),
        new("ICP013", "warning", "Two different ICP filing numbers in the home page's footer area.", "首页页脚区域出现两个不同的ICP备案号。"),
        new("PSB001", "error", "The police filing is approved and the display deadline (D3) has passed, but the home page shows no police number.", "公安联网备案已通过且展示期限（D3）已过，首页未展示公安备案号。", true),
        new("PSB002", "error", "Police-like text is malformed (error), or a legacy pre-2016 number (warning).", "公安备案文字格式错误（错误），或为2016年前的旧编号（警告）。"),
        new("PSB003", "error", "The police prefix does not match the province of its division code.", "公安备案号的省份简称与行政区划代码不符。"),
        new("PSB004", "error", "The police number is not linked, its link is #/empty/javascript:, goes to another host, or its code differs from the displayed digits.", "公安备案号未加链接，或链接为 #/空/javascript:，或指向其他地址，或链接中的 code 与展示的数字不符。"),
        new("PSB005", "warning", "A legacy www.beian.gov.cn recordcode link, or a beian.mps.gov.cn link without code.", "使用旧版 www.beian.gov.cn recordcode 链接，或 beian.mps.gov.cn 链接缺少 code。"),
        new("PSB006", "error", "No emblem image with the police number (error when D3 is past due, warning otherwise).", "公安备案号旁没有公安备案图标（D3 已过为错误，否则为警告）。"),
        new("PSB007", "error", "A different police number than configured.", "公安备案号与配置不同。", true),
        new("PSB008", "warning", "The police number is outside the footer area.", "公安备案号不在页脚区域。"),
        new("PSB009", "warning", "Without a configuration: the home page shows no police number (due 30 days after approval).", "未提供配置时：首页未展示公安备案号（应在备案通过后30日内展示）。"),
        new("CPR001", "error", "No copyright line in the home page's footer area (error for Jiangsu, warning otherwise).", "首页页脚区域没有版权信息（江苏为错误，其他省份为警告）。"),
        new("CPR002", "error", "The copyright line does not name the configured holder or an alias (error for Jiangsu, warning otherwise).", "版权信息未写明配置的版权所有者或其别名（江苏为错误，其他省份为警告）。", true),
        new("LIC001", "error", "A commercial site's home page does not show its operating licence number.", "经营性网站首页未展示经营许可证编号。", true),
        new("TTL001", "error", "The home page's <title> does not contain the filed site name.", "首页 <title> 未包含备案的网站名称。", true),
        new("TTL002", "warning", "The home page's visible heading or logo text does not contain the filed site name.", "首页可见标题或标志文字未包含备案的网站名称。", true),
        new("PRE001", "error", "The site answers while its ICP filing is not approved yet.", "ICP备案尚未通过，网站已开通访问。", true),
        new("NET001", "error", "The target could not be read: unreachable, non-2xx, not HTML, too large, too many redirects or too slow.", "无法读取目标：无法访问、非2xx状态、非HTML、过大、重定向过多或超时。"),
        new("NET002", "error", "The page is a hosting provider's block page for an unfiled or not-connected site.", "页面为云服务商针对未备案或未接入网站的拦截页。"),
    ];

    /// <summary>The rule with <paramref name="id"/>, or a generic description for an id this build does not know.</summary>
    public static VerifyRule Find(string id) =>
        Rules.FirstOrDefault(r => r.Id == id) ?? new VerifyRule(id, "warning", id, id);
}

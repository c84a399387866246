namespace IcpBadge.Rules;

/// <summary>
/// A province's rules in words (what <c>icp-badge rules</c> prints): the detail lines of one province and the
/// cells of the all-provinces table. The obligations are <see cref="ProvinceRules.Obligations"/> as they are.
/// </summary>
/// <example>
/// <code>
/// var rules = ProvinceRules.For(ProvinceCatalog.Lookup("上海").Province);
/// foreach (var line in ProvinceRulesDescription.Details(rules)) { Console.WriteLine($"{line.Label}: {line.Value}"); }
/// </code>
/// </example>
public static class ProvinceRulesDescription
{
    /// <summary>
    /// The lines <c>abbreviations</c>, <c>MIIT host</c>, <c>footer number</c>, <c>copyright</c>, <c>police badge</c>,
    /// <c>police platforms</c> and <c>licence</c>, with the sources of the rules (e.g. <c>003:1041-1042</c>).
    /// </summary>
    public static IReadOnlyList<ExplanationLine> Details(ProvinceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var p = rules.Province;
        return
        [
            new("abbreviations", $"ICP {Abbreviations(p.IcpAbbreviations)}, police {Abbreviations(p.PoliceAbbreviations)}"),
            new("MIIT host", $"{p.MiitProvincialHost} (footers link https://beian.miit.gov.cn/ instead)"),
            new("footer number", rules.FooterNumber == IcpDisplay.Main
                ? $"the main number, e.g. {p.IcpAbbreviation}ICP备19015064号 without -n (003:1041-1042); Icp.Display overrides per site"
                : $"the website number, e.g. {p.IcpAbbreviation}ICP备12345678号-1, never the bare main number (003:1041-1042); Icp.Display overrides per site"),
            new("copyright", rules.CopyrightRequired
                ? "required: ©<years> <filed organisation> 版权所有 (003:3855-3857)"
                : "recommended: ©<years> <holder> 版权所有 (required in Jiangsu; vendor lists ask for it everywhere)"),
            new("police badge", "emblem + number linked to https://beian.mps.gov.cn/#/query/webSearch?code=<14 digits>, within 30 days of approval"),
            new("police platforms", rules.SecondPolicePlatform is null
                ? "全国互联网安全管理服务平台 (beian.mps.gov.cn)"
                : "全国互联网安全管理服务平台 (beian.mps.gov.cn) and " + rules.SecondPolicePlatform),
            new("licence", "commercial (经营性) sites also show their 经营许可证 number"),
        ];
    }

    /// <summary>A province's abbreviations, the current one first: <c>粤</c>, or <c>黔 (also 贵)</c> when it has others.</summary>
    public static string Abbreviations(string characters)
    {
        ArgumentException.ThrowIfNullOrEmpty(characters);
        return characters.Length == 1 ? characters : $"{characters[0]} (also {string.Join(", ", characters[1..].ToCharArray())})";
    }

    /// <summary>What a province asks beyond the national rules, in a few words (the table's last column); empty when nothing.</summary>
    public static string Extra(ProvinceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.HasSecondPolicePlatform ? "D6/D9: also file on wa.police.sh.cn"
            : rules.RequiresLiveSiteAfterIcpApproval ? "D10: live within 1 month of ICP approval"
            : string.Empty;
    }
}

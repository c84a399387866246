using IcpBadge.Localization;

namespace IcpBadge.Rules;

/// <summary>
/// A province's rules in words (what <c>icp-badge rules</c> prints), in one language: the detail lines of one province
/// and the cells of the all-provinces table. The obligations are <see cref="ProvinceRules.Obligations"/> as they are.
/// </summary>
/// <example>
/// <code>
/// var rules = ProvinceRules.For(ProvinceCatalog.Lookup("上海").Province);
/// foreach (var line in ProvinceRulesDescription.Details(rules, Language.Zh)) { Console.WriteLine($"{line.Label}: {line.Value}"); }
/// </code>
/// </example>
public static class ProvinceRulesDescription
{
    /// <summary>
    /// The lines abbreviations, MIIT host, footer number, copyright, police badge, police platforms and licence
    /// (简称, 工信部备案系统, 底部备案号, 版权, 公安备案标识, 公安备案平台, 许可证), labels and values in <paramref name="language"/>.
    /// </summary>
    public static IReadOnlyList<ExplanationLine> Details(ProvinceRules rules, Language language)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var p = rules.Province;
        var text = CoreText.Resources;
        ExplanationLine Line(string label, LocalizedText value) => new(text.Get("Rules.Label." + label).In(language), value.In(language));
        return
        [
            Line("Abbreviations", text.Format("Rules.Abbreviations", Abbreviations(p.IcpAbbreviations, language), Abbreviations(p.PoliceAbbreviations, language))),
            Line("MiitHost", text.Format("Rules.MiitHost", p.MiitProvincialHost)),
            Line("FooterNumber", text.Format(rules.FooterNumber == IcpDisplay.Main ? "Rules.FooterNumber.Main" : "Rules.FooterNumber.Website", p.IcpAbbreviation)),
            Line("Copyright", text.Get(rules.CopyrightRequired ? "Rules.Copyright.Required" : "Rules.Copyright.Recommended")),
            Line("PoliceBadge", text.Get("Rules.PoliceBadge")),
            Line("PolicePlatforms", rules.SecondPolicePlatform is null
                ? text.Get("Rules.PolicePlatforms.National")
                : text.Format("Rules.PolicePlatforms.WithSecond", rules.SecondPolicePlatform)),
            Line("Licence", text.Get("Rules.Licence")),
        ];
    }

    /// <summary>A province's abbreviations, the current one first: <c>粤</c>, or <c>黔 (also 贵)</c> / <c>黔（也作贵）</c> when it has others.</summary>
    public static string Abbreviations(string characters, Language language)
    {
        ArgumentException.ThrowIfNullOrEmpty(characters);
        if (characters.Length == 1)
        {
            return characters;
        }

        var others = string.Join(CoreText.Resources.Get("Explanation.ListSeparator").In(language), characters[1..].ToCharArray());
        return CoreText.Resources.Format("Rules.AbbreviationWithOthers", characters[0], others).In(language);
    }

    /// <summary>What a province asks beyond the national rules, in a few words (the table's last column); empty when nothing.</summary>
    public static string Extra(ProvinceRules rules, Language language)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.HasSecondPolicePlatform ? CoreText.Resources.Get("Rules.Extra.SecondPlatform").In(language)
            : rules.RequiresLiveSiteAfterIcpApproval ? CoreText.Resources.Get("Rules.Extra.LiveAfterApproval").In(language)
            : string.Empty;
    }
}

using IcpBadge.Provinces;
using IcpBadge.Rules;
using Spectre.Console;

namespace IcpBadge.Cli.Output;

/// <summary>Writes <c>icp-badge rules</c>: one province in detail, or all 31 as a table.</summary>
internal static class RulesTextWriter
{
    public static void WriteOne(IAnsiConsole console, ProvinceRules rules)
    {
        var p = rules.Province;
        console.MarkupLineInterpolated($"[bold]{p.FullName}[/] {p.EnglishName} ({p.CodeText})");
        var lines = new DetailLines(console, 18);
        lines.Add("abbreviations", $"ICP {Abbreviations(p.IcpAbbreviations)}, police {Abbreviations(p.PoliceAbbreviations)}");
        lines.Add("MIIT host", $"{p.MiitProvincialHost} (footers link https://beian.miit.gov.cn/ instead)");
        lines.Add("footer number", FooterNumber(rules));
        lines.Add("copyright", rules.CopyrightRequired
            ? "required: ©<years> <filed organisation> 版权所有 (003:3855-3857)"
            : "recommended: ©<years> <holder> 版权所有 (required in Jiangsu; vendor lists ask for it everywhere)");
        lines.Add("police badge", "emblem + number linked to https://beian.mps.gov.cn/#/query/webSearch?code=<14 digits>, within 30 days of approval");
        lines.Add("police platforms", rules.SecondPolicePlatform is null
            ? "全国互联网安全管理服务平台 (beian.mps.gov.cn)"
            : "全国互联网安全管理服务平台 (beian.mps.gov.cn) and " + rules.SecondPolicePlatform);
        lines.Add("licence", "commercial (经营性) sites also show their 经营许可证 number");
        console.WriteLine();

        var table = new Table().Border(TableBorder.Simple).Title("Deadlines (calendar days in China time, start day excluded)");
        table.AddColumns("Id", "Obligation", "Due", "Applies when", "Source");
        foreach (var obligation in rules.Obligations)
        {
            table.AddRow(
                Markup.Escape(obligation.Id),
                Markup.Escape(obligation.Title),
                Markup.Escape(obligation.Due),
                Markup.Escape(obligation.AppliesWhen),
                Markup.Escape(obligation.Source));
        }

        console.Write(table);
    }

    public static void WriteAll(IAnsiConsole console, IEnumerable<ProvinceRules> all)
    {
        var table = new Table().Border(TableBorder.Simple).Title("ICP and police filing rules by province");
        table.AddColumns("Code", "Province", "ICP", "Police", "MIIT host", "Footer number", "Copyright", "Extra");
        foreach (var rules in all)
        {
            var p = rules.Province;
            table.AddRow(
                p.CodeText,
                Markup.Escape($"{p.Name} {p.EnglishName}"),
                Markup.Escape(Abbreviations(p.IcpAbbreviations)),
                Markup.Escape(Abbreviations(p.PoliceAbbreviations)),
                p.MiitHostCode,
                rules.FooterNumber == IcpDisplay.Main ? "[yellow]main[/]" : "website",
                rules.CopyrightRequired ? "[yellow]required[/]" : "recommended",
                Markup.Escape(Extra(rules)));
        }

        console.Write(table);
        console.WriteLine("Run 'icp-badge rules <province>' for one province's details and deadlines.");
    }

    private static string Abbreviations(string characters) =>
        characters.Length == 1 ? characters : $"{characters[0]} (also {string.Join(", ", characters[1..].ToCharArray())})";

    private static string FooterNumber(ProvinceRules rules) =>
        rules.FooterNumber == IcpDisplay.Main
            ? $"the main number, e.g. {rules.Province.IcpAbbreviation}ICP备19015064号 without -n (003:1041-1042); Icp.Display overrides per site"
            : $"the website number, e.g. {rules.Province.IcpAbbreviation}ICP备12345678号-1, never the bare main number (003:1041-1042); Icp.Display overrides per site";

    private static string Extra(ProvinceRules rules) =>
        rules.HasSecondPolicePlatform ? "D6/D9: also file on wa.police.sh.cn"
        : rules.RequiresLiveSiteAfterIcpApproval ? "D10: live within 1 month of ICP approval"
        : string.Empty;
}

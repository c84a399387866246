using IcpBadge.Localization;
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
        foreach (var line in ProvinceRulesDescription.Details(rules, Language.En))
        {
            lines.Add(line.Label, line.Value);
        }

        console.WriteLine();

        var table = new Table().Border(TableBorder.Simple).Title("Deadlines (calendar days in China time, start day excluded)");
        table.AddColumns("Id", "Obligation", "Due", "Applies when", "Source");
        foreach (var obligation in rules.Obligations)
        {
            table.AddRow(
                Markup.Escape(obligation.Id),
                Markup.Escape(obligation.Title.En),
                Markup.Escape(obligation.Due.En),
                Markup.Escape(obligation.AppliesWhen.En),
                Markup.Escape(obligation.Source.En));
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
                Markup.Escape(ProvinceRulesDescription.Abbreviations(p.IcpAbbreviations, Language.En)),
                Markup.Escape(ProvinceRulesDescription.Abbreviations(p.PoliceAbbreviations, Language.En)),
                p.MiitHostCode,
                rules.FooterNumber == IcpDisplay.Main ? "[yellow]main[/]" : "website",
                rules.CopyrightRequired ? "[yellow]required[/]" : "recommended",
                Markup.Escape(ProvinceRulesDescription.Extra(rules, Language.En)));
        }

        console.Write(table);
        console.WriteLine("Run 'icp-badge rules <province>' for one province's details and deadlines.");
    }
}

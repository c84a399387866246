using IcpBadge.Localization;
using IcpBadge.Rules;
using Spectre.Console;

namespace IcpBadge.Cli.Output;

/// <summary>Writes <c>icp-badge rules</c>: one province in detail, or all 31 as a table.</summary>
internal static class RulesTextWriter
{
    public static void WriteOne(IAnsiConsole console, ProvinceRules rules, CliText text)
    {
        var p = rules.Province;
        console.MarkupLineInterpolated($"[bold]{p.FullName}[/] {p.EnglishName} ({p.CodeText})");
        var lines = new DetailLines(console, 18);
        foreach (var line in ProvinceRulesDescription.Details(rules, text.Language))
        {
            lines.Add(line.Label, line.Value);
        }

        console.WriteLine();

        var table = new Table().Border(TableBorder.Simple).Title(text["Rules.DeadlinesTitle"]);
        table.AddColumns(
            text["Rules.Column.Id"], text["Rules.Column.Obligation"], text["Rules.Column.Due"], text["Rules.Column.AppliesWhen"], text["Rules.Column.Source"]);
        foreach (var obligation in rules.Obligations)
        {
            table.AddRow(
                Markup.Escape(obligation.Id),
                Markup.Escape(text.Of(obligation.Title)),
                Markup.Escape(text.Of(obligation.Due)),
                Markup.Escape(text.Of(obligation.AppliesWhen)),
                Markup.Escape(text.Of(obligation.Source)));
        }

        console.Write(table);
    }

    public static void WriteAll(IAnsiConsole console, IEnumerable<ProvinceRules> all, CliText text)
    {
        var table = new Table().Border(TableBorder.Simple).Title(text["Rules.AllTitle"]);
        table.AddColumns(
            text["Rules.Column.Code"], text["Rules.Column.Province"], text["Rules.Column.Icp"], text["Rules.Column.Police"],
            text["Rules.Column.MiitHost"], text["Rules.Column.FooterNumber"], text["Rules.Column.Copyright"], text["Rules.Column.Extra"]);
        foreach (var rules in all)
        {
            var p = rules.Province;
            table.AddRow(
                p.CodeText,
                Markup.Escape($"{p.Name} {p.EnglishName}"),
                Markup.Escape(ProvinceRulesDescription.Abbreviations(p.IcpAbbreviations, text.Language)),
                Markup.Escape(ProvinceRulesDescription.Abbreviations(p.PoliceAbbreviations, text.Language)),
                p.MiitHostCode,
                rules.FooterNumber == IcpDisplay.Main ? $"[yellow]{text["Rules.FooterMain"]}[/]" : text["Rules.FooterWebsite"],
                rules.CopyrightRequired ? $"[yellow]{text["Rules.CopyrightRequired"]}[/]" : text["Rules.CopyrightRecommended"],
                Markup.Escape(ProvinceRulesDescription.Extra(rules, text.Language)));
        }

        console.Write(table);
        console.WriteLine(text["Rules.OneProvinceHint"]);
    }
}

using IcpBadge.Filing;
using IcpBadge.Rules;
using Spectre.Console;

namespace IcpBadge.Cli.Output;

/// <summary>Writes <c>icp-badge number</c>'s human-readable explanation: one block per input.</summary>
internal static class NumberTextWriter
{
    public static void Write(IAnsiConsole console, IReadOnlyList<NumberExplanation> explanations)
    {
        for (var i = 0; i < explanations.Count; i++)
        {
            if (i > 0)
            {
                console.WriteLine();
            }

            WriteOne(console, explanations[i]);
        }
    }

    private static void WriteOne(IAnsiConsole console, NumberExplanation item)
    {
        var lines = new DetailLines(console);
        if (!item.Valid)
        {
            console.MarkupLineInterpolated($"[red]✗ {item.Input}[/]  invalid");
            lines.Add("error", item.Error ?? string.Empty);
            return;
        }

        console.MarkupLineInterpolated($"[green]✓ {item.Input}[/]  valid");
        lines.Add("kind", Describe(item.Kind!.Value));
        if (item.Province is { } province)
        {
            lines.Add(
                "province",
                $"{province.Name} {province.EnglishName} ({province.CodeText}): ICP {province.IcpAbbreviation}, police {province.PoliceAbbreviation}");
        }

        lines.Add("canonical", item.Canonical!);
        if (item.Main is not null)
        {
            lines.Add("main", item.Main);
        }

        lines.Add("link", item.Link?.AbsoluteUri ?? "none (licences have no canonical link)");
        if (FooterHint(item) is { } hint)
        {
            lines.Add("footer", hint);
        }

        if (item.Normalizations.Count > 0)
        {
            lines.Add("normalised", string.Join(", ", item.Normalizations.Select(Describe)));
        }

        if (item.HasUnusualSerialLength)
        {
            lines.Add("note", "unusual serial length (7, 8 or 10 digits are normal)");
        }

    }

    private static string? FooterHint(NumberExplanation item)
    {
        if (item.Province is null || item.Kind is not (FilingNumberKind.IcpMain or FilingNumberKind.IcpWebsite or FilingNumberKind.IcpApp or FilingNumberKind.IcpMiniProgram or FilingNumberKind.IcpQuickApp))
        {
            return null;
        }

        if (item.Kind is FilingNumberKind.IcpApp or FilingNumberKind.IcpMiniProgram or FilingNumberKind.IcpQuickApp)
        {
            return "never a website's footer number";
        }

        var rule = FooterNumberRule.DefaultFor(item.Province);
        return rule == IcpDisplay.Main
            ? $"{item.Province.Name} sites show the main number ({item.Main ?? item.Canonical})"
            : $"{item.Province.Name} sites show the website number (…号-n), not the bare main number";
    }

    private static string Describe(FilingNumberKind kind) => kind switch
    {
        FilingNumberKind.IcpMain => "ICP main number (主体备案号)",
        FilingNumberKind.IcpWebsite => "ICP website number (网站备案号)",
        FilingNumberKind.IcpApp => "ICP APP number (APP备案号)",
        FilingNumberKind.IcpMiniProgram => "ICP mini-program number (小程序备案号)",
        FilingNumberKind.IcpQuickApp => "ICP quick-app number (快应用备案号)",
        FilingNumberKind.IcpLicence => "ICP operating licence (ICP经营许可证)",
        FilingNumberKind.TelecomLicence => "value-added telecom licence (增值电信业务经营许可证)",
        _ => "police filing number (公安联网备案号)",
    };

    private static string Describe(FilingNormalization normalization) => normalization switch
    {
        FilingNormalization.FullWidthCharacters => "full-width characters",
        FilingNormalization.Whitespace => "spaces removed",
        FilingNormalization.LeadingLabel => "label removed",
        FilingNormalization.LowercaseLetters => "lower-case letters",
        _ => "dash read as hyphen",
    };
}

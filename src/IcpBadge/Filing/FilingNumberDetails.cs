namespace IcpBadge.Filing;

/// <summary>The words <see cref="FilingNumberExplanation.Details"/> uses: kinds and normalisations in English with their Chinese names.</summary>
internal static class FilingNumberDetails
{
    public static IReadOnlyList<ExplanationLine> For(FilingNumberExplanation item)
    {
        if (!item.Valid)
        {
            return [new("error", item.Error ?? string.Empty)];
        }

        var lines = new List<ExplanationLine> { new("kind", Describe(item.Kind!.Value)) };
        if (item.Province is { } province)
        {
            lines.Add(new(
                "province",
                $"{province.Name} {province.EnglishName} ({province.CodeText}): ICP {province.IcpAbbreviation}, police {province.PoliceAbbreviation}"));
        }

        lines.Add(new("canonical", item.Canonical!));
        if (item.Main is not null)
        {
            lines.Add(new("main", item.Main));
        }

        lines.Add(new("link", item.Link?.AbsoluteUri ?? "none (licences have no canonical link)"));
        if (item.FooterHint is { } hint)
        {
            lines.Add(new("footer", hint));
        }

        if (item.Normalizations.Count > 0)
        {
            lines.Add(new("normalised", string.Join(", ", item.Normalizations.Select(Describe))));
        }

        if (item.HasUnusualSerialLength)
        {
            lines.Add(new("note", "unusual serial length (7, 8 or 10 digits are normal)"));
        }

        return lines;
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

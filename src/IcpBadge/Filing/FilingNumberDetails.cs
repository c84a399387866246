using IcpBadge.Localization;

namespace IcpBadge.Filing;

/// <summary>The lines <see cref="FilingNumberExplanation.Details"/> gives: labels, kinds and normalisations in one language.</summary>
internal static class FilingNumberDetails
{
    public static IReadOnlyList<ExplanationLine> For(FilingNumberExplanation item, Language language)
    {
        var text = CoreText.Resources;
        ExplanationLine Line(string label, string value) => new(text.Get("Explanation.Label." + label).In(language), value);
        if (!item.Valid)
        {
            return [Line("Error", item.ErrorText?.In(language) ?? string.Empty)];
        }

        var lines = new List<ExplanationLine> { Line("Kind", text.Get("Explanation.Kind." + item.Kind!.Value).In(language)) };
        if (item.Province is { } province)
        {
            lines.Add(Line(
                "Province",
                text.Format("Explanation.Province", province.Name, province.EnglishName, province.CodeText, province.IcpAbbreviation, province.PoliceAbbreviation).In(language)));
        }

        lines.Add(Line("Canonical", item.Canonical!));
        if (item.Main is not null)
        {
            lines.Add(Line("Main", item.Main));
        }

        lines.Add(Line("Link", item.Link?.AbsoluteUri ?? text.Get("Explanation.NoLink").In(language)));
        if (item.FooterHintText is { } hint)
        {
            lines.Add(Line("Footer", hint.In(language)));
        }

        if (item.Normalizations.Count > 0)
        {
            lines.Add(Line(
                "Normalised",
                string.Join(text.Get("Explanation.ListSeparator").In(language), item.Normalizations.Select(n => text.Get("Explanation.Normalization." + n).In(language)))));
        }

        if (item.HasUnusualSerialLength)
        {
            lines.Add(Line("Note", text.Get("Explanation.UnusualSerial").In(language)));
        }

        return lines;
    }
}

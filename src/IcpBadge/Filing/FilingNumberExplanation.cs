using IcpBadge.Localization;
using IcpBadge.Provinces;
using IcpBadge.Rules;

namespace IcpBadge.Filing;

/// <summary>
/// What can be said about one piece of text that should be a filing or licence number (what <c>icp-badge number</c>
/// prints): whether it parses, its kind, province, canonical form, main number and link, how it was normalised, and
/// which number a website's footer shows in that province. <see cref="Details"/> gives it as labelled lines in one language.
/// </summary>
/// <example>
/// <code>
/// var explanation = FilingNumberExplanation.For("京ICP备12345678号-1");
/// foreach (var line in explanation.Details(Language.Zh)) { Console.WriteLine($"{line.Label}: {line.Value}"); }
/// </code>
/// </example>
public sealed class FilingNumberExplanation
{
    private FilingNumberExplanation(string input, FilingParseResult<FilingNumber> result)
    {
        Input = input;
        Normalizations = result.Normalizations;
        if (!result.TryGetValue(out var number))
        {
            ErrorText = result.Error!.Text;
            return;
        }

        var icp = number as IcpFilingNumber;
        Kind = number.Kind;
        Province = number.Province;
        Canonical = number.ToString();
        Main = icp is { IsMain: false } ? icp.Main.ToString() : null;
        Link = number.Link;
        HasUnusualSerialLength = icp?.HasUnusualSerialLength ?? false;
    }

    /// <summary>The text as given.</summary>
    public string Input { get; }

    /// <summary>Whether <see cref="Input"/> is a valid number of any kind; when false, <see cref="Error"/> says why.</summary>
    public bool Valid => ErrorText is null;

    /// <summary>What kind of number it is; null when invalid.</summary>
    public FilingNumberKind? Kind { get; }

    /// <summary>The province the number was issued in; null when invalid.</summary>
    public Province? Province { get; }

    /// <summary>The number written the one correct way, e.g. <c>京ICP备12345678号-1</c>; null when invalid.</summary>
    public string? Canonical { get; }

    /// <summary>For an ICP website, APP, mini-program or quick-app number, its main (主体) number; otherwise null.</summary>
    public string? Main { get; }

    /// <summary>Where the number links to in a footer; null when invalid and for licences, which have no canonical link.</summary>
    public Uri? Link { get; }

    /// <summary>What was tidied before parsing (full-width characters, spaces, a leading label, ...), in the order found.</summary>
    public IReadOnlyList<FilingNormalization> Normalizations { get; }

    /// <summary>Why the input is not a valid number, as one sentence in English; null when valid.</summary>
    public string? Error => ErrorText?.En;

    /// <summary>Why the input is not a valid number, as one sentence in both languages; null when valid.</summary>
    public LocalizedText? ErrorText { get; }

    /// <summary>Whether an ICP number's serial has a length other than the usual 7, 8 or 10 digits.</summary>
    public bool HasUnusualSerialLength { get; }

    /// <summary>
    /// Which number a website's footer shows, for a valid ICP number: the main or the website number, as the
    /// province's <see cref="FooterNumberRule"/> says; never an APP, mini-program or quick-app number. Null otherwise.
    /// In English; <see cref="FooterHintText"/> has both languages.
    /// </summary>
    public string? FooterHint => FooterHintText?.En;

    /// <summary>The <see cref="FooterHint"/> in both languages.</summary>
    public LocalizedText? FooterHintText
    {
        get
        {
            if (Province is null || Kind is not (FilingNumberKind.IcpMain or FilingNumberKind.IcpWebsite or FilingNumberKind.IcpApp or FilingNumberKind.IcpMiniProgram or FilingNumberKind.IcpQuickApp))
            {
                return null;
            }

            if (Kind is FilingNumberKind.IcpApp or FilingNumberKind.IcpMiniProgram or FilingNumberKind.IcpQuickApp)
            {
                return CoreText.Resources.Get("Explanation.Footer.AppLike");
            }

            return FooterNumberRule.DefaultFor(Province) == IcpDisplay.Main
                ? CoreText.Resources.Format("Explanation.Footer.Main", Province.Name, Main ?? Canonical)
                : CoreText.Resources.Format("Explanation.Footer.Website", Province.Name);
        }
    }

    /// <summary>
    /// The explanation as labelled lines in <paramref name="language"/>, in the order <c>icp-badge number</c> prints
    /// them: <c>error</c> (错误) alone when invalid; otherwise <c>kind</c>, <c>province</c>, <c>canonical</c>,
    /// <c>main</c>, <c>link</c>, <c>footer</c>, <c>normalised</c> and <c>note</c>, each only when it has something to say.
    /// </summary>
    public IReadOnlyList<ExplanationLine> Details(Language language) => FilingNumberDetails.For(this, language);

    /// <summary>Parses <paramref name="input"/> as any kind of number (<see cref="FilingNumber.ParseAny"/>) and explains the result.</summary>
    public static FilingNumberExplanation For(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new FilingNumberExplanation(input, FilingNumber.ParseAny(input));
    }
}

using System.Text;
using System.Text.RegularExpressions;
using IcpBadge.Localization;

namespace IcpBadge.StaticSites;

/// <summary>
/// Finds ICP and police filing numbers a page already shows outside its own block — a theme's footer, say, which with
/// the injected one would show every number twice — and words the warning, naming the theme option to turn off for the
/// generators it recognises. A light scan of the page's text (comments removed), not the verifier's: it only has to
/// notice that a number is there.
/// </summary>
internal static partial class ExistingNumbers
{
    /// <summary>The warning for <paramref name="page"/> without the bytes <c>[start, end)</c> (its block), or null.</summary>
    public static LocalizedText? Warn(ReadOnlySpan<byte> page, int start, int end, Encoding encoding)
    {
        var outside = encoding.GetString(page[..start]) + encoding.GetString(page[end..]);
        var text = Comment().Replace(outside, " ");
        var numbers = Number().Matches(text).Select(m => Whitespace().Replace(m.Value, string.Empty)).Distinct(StringComparer.Ordinal).Take(4).ToList();
        if (numbers.Count == 0)
        {
            return null;
        }

        var generator = Recognise(outside);
        var hint = StaticSitesText.Get("Numbers.Hint." + generator);
        return new LocalizedText(
            StaticSitesText.Format("Numbers.Outside", string.Join("、", numbers), hint.Zh).Zh,
            StaticSitesText.Format("Numbers.Outside", string.Join(", ", numbers), hint.En).En);
    }

    /// <summary>The generator and theme, from the generator meta tag and the marks the themes leave.</summary>
    public static SiteGenerator Recognise(string page)
    {
        var generator = GeneratorMeta().Match(page) is { Success: true } meta ? meta.Groups["name"].Value : string.Empty;
        bool Has(string mark) => page.Contains(mark, StringComparison.OrdinalIgnoreCase);
        if (generator.StartsWith("VitePress", StringComparison.OrdinalIgnoreCase) || Has("class=\"VPFooter"))
        {
            return SiteGenerator.VitePress;
        }

        if (generator.StartsWith("Hugo", StringComparison.OrdinalIgnoreCase))
        {
            return Has("papermod") ? SiteGenerator.HugoPaperMod : SiteGenerator.Hugo;
        }

        if (generator.StartsWith("Hexo", StringComparison.OrdinalIgnoreCase) || Has("hexo-theme-"))
        {
            return Has("hexo-theme-butterfly") || Has("footer_custom_text") ? SiteGenerator.HexoButterfly
                : Has("hexo-theme-fluid") || Has("id=\"fluid-configs\"") ? SiteGenerator.HexoFluid
                : Has("hexo-theme-next") || Has("theme-next") ? SiteGenerator.HexoNext
                : SiteGenerator.Hexo;
        }

        return SiteGenerator.Unknown;
    }

    // 京ICP备12345678号-1, 京ICP证123456号, 京公网安备 11010502030143号: a province character, the kind, the digits.
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}\s*(?:[Ii][Cc][Pp]\s*[备证]\s*[0-9]{4,}(?:\s*号)?(?:\s*-\s*[0-9]+)?|公网安备\s*[0-9]{10,}(?:\s*号)?)")]
    private static partial Regex Number();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<meta\s+name=[""']?generator[""']?\s+content=[""'](?<name>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex GeneratorMeta();
}

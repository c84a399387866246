using IcpBadge.Filing;
using IcpBadge.Provinces;

namespace IcpBadge.Rules;

/// <summary>
/// Decides which ICP number a website's footer shows: Guangdong (粤) sites show the main number, every other province
/// the website number (003:1041-1042), unless <see cref="IcpDisplay"/> overrides it per site.
/// </summary>
/// <remarks>The rule follows the province of the ICP number (the 管局 that issued it), not where the company operates.</remarks>
public static class FooterNumberRule
{
    /// <summary>The rule a province applies when the display is <see cref="IcpDisplay.Auto"/>.</summary>
    public static IcpDisplay DefaultFor(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return ProvinceRules.For(province).FooterNumber;
    }

    /// <summary>Resolves <see cref="IcpDisplay.Auto"/> to the province's rule; other values stay as they are.</summary>
    public static IcpDisplay Resolve(IcpDisplay display, Province province) =>
        display == IcpDisplay.Auto ? DefaultFor(province) : display;

    /// <summary>Chooses the footer number from the number a site was filed under.</summary>
    /// <param name="filed">The configured number: normally the website number; a main number is enough when the effective display is Main.</param>
    /// <param name="display">The site's display setting.</param>
    public static FooterNumberChoice Choose(IcpFilingNumber filed, IcpDisplay display)
    {
        ArgumentNullException.ThrowIfNull(filed);
        var effective = Resolve(display, filed.Province);
        if (filed.IsAppLike)
        {
            return FooterNumberChoice.Failed(
                effective,
                $"{filed} is {FilingNumberParser.Describe(filed.Kind)}, never a website's footer number: give the website number (-n without a letter).");
        }

        if (effective == IcpDisplay.Main)
        {
            return FooterNumberChoice.Chosen(filed.Main, effective);
        }

        if (filed.IsMain)
        {
            var why = display == IcpDisplay.Auto
                ? $"{filed.Province.Name} sites show the website number"
                : "Display is Website";
            return FooterNumberChoice.Failed(
                effective,
                $"{filed} is a main number, but {why}: give the website number ({filed.Abbreviation}ICP备{filed.Serial}号-n), or set Display to Main.");
        }

        return FooterNumberChoice.Chosen(filed, effective);
    }
}

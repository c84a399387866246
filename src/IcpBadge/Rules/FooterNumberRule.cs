using IcpBadge.Filing;
using IcpBadge.Localization;
using IcpBadge.Provinces;

namespace IcpBadge.Rules;

/// <summary>
/// Decides which ICP number a website's footer shows: Guangdong (粤) sites show the main number, every other province
/// the website number (the Guangdong communications administration's filing guide), unless <see cref="IcpDisplay"/> overrides it per site.
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
                CoreText.Resources.Format("FooterNumber.AppLike", filed, CoreText.Resources.Get($"FilingKind.{filed.Kind}.Article")));
        }

        if (effective == IcpDisplay.Main)
        {
            return FooterNumberChoice.Chosen(filed.Main, effective);
        }

        if (filed.IsMain)
        {
            return FooterNumberChoice.Failed(
                effective,
                display == IcpDisplay.Auto
                    ? CoreText.Resources.Format("FooterNumber.MainNumberAuto", filed, filed.Province.Name, filed.Abbreviation, filed.Serial)
                    : CoreText.Resources.Format("FooterNumber.MainNumberWebsite", filed, filed.Abbreviation, filed.Serial));
        }

        return FooterNumberChoice.Chosen(filed, effective);
    }
}

using System.Globalization;
using IcpBadge.Configuration;
using IcpBadge.Filing;

namespace IcpBadge.Rendering;

/// <summary>Builds the <see cref="FooterModel"/> for a site, a year and a host, explicitly and field by field.</summary>
public static class FooterModelFactory
{
    /// <summary>Builds the model.</summary>
    /// <param name="profile">The validated site.</param>
    /// <param name="year">The current year in China time (the copyright line ends with it).</param>
    /// <param name="host">The host the page is served on, for a domain with its own number; null for the site's number.</param>
    public static FooterModel Create(SiteProfile profile, int year, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var icp = profile.FooterIcpNumberFor(host);
        var police = profile.PoliceNumber;
        var icon = police is null ? null : profile.PoliceIcon;
        var years = CopyrightYears(profile.CopyrightSince, year);
        var licence = profile.LicenseNumber;
        return new FooterModel
        {
            SiteName = profile.Name,
            IcpNumber = icp.ToString(),
            IcpLink = icp.Link.AbsoluteUri,
            PoliceNumber = police?.ToString(),
            PoliceCode = police?.Digits,
            PoliceLink = police?.Link.AbsoluteUri,
            IconSource = icon?.Source,
            IconWidth = icon?.Width ?? 0,
            IconHeight = icon?.Height ?? 0,
            CopyrightHolder = profile.CopyrightHolder,
            CopyrightYears = profile.CopyrightHolder is null ? null : years,
            CopyrightText = profile.CopyrightHolder is null ? null : $"© {years} {profile.CopyrightHolder} 版权所有",
            Year = year,
            LicenceNumber = licence?.ToString(),
            LicenceLabel = licence is null ? null : licence.Kind == FilingNumberKind.TelecomLicence ? "增值电信业务经营许可证：" : "经营许可证：",
            LicenceLink = licence is null ? null : FilingLinks.Miit.AbsoluteUri,
            StrictCsp = profile.StrictCsp,
        };
    }

    private static string CopyrightYears(int? since, int year) =>
        since is null || since >= year
            ? year.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{since}–{year}");
}

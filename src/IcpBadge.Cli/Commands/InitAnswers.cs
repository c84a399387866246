using IcpBadge.Configuration;
using IcpBadge.Filing;
using IcpBadge.Provinces;
using IcpBadge.Rules;
using NodaTime.Text;

namespace IcpBadge.Cli.Commands;

/// <summary>The values <c>init</c> collects, from options or prompts.</summary>
internal sealed record InitAnswers(
    string? Province, string? IcpNumber, string? PoliceNumber, string? PoliceApprovedOn, string? SiteName, string? Holder, string? LaunchedOn, string? Emblem)
{
    public IcpBadgeOptions ToOptions()
    {
        var options = new IcpBadgeOptions();
        options.Site.Name = Blank(SiteName);
        options.Site.LaunchedOn = Blank(LaunchedOn);
        options.Site.Province = Blank(Province);
        options.Icp.Number = Canonical<IcpFilingNumber>(IcpNumber);
        options.Icp.Display = nameof(IcpDisplay.Auto);
        options.Police.Number = Canonical<PoliceFilingNumber>(PoliceNumber);
        options.Police.ApprovedOn = Blank(PoliceApprovedOn);
        options.Police.Icon = Blank(Emblem);
        options.Copyright.Holder = Blank(Holder);
        if (LocalDatePattern.Iso.Parse(LaunchedOn ?? string.Empty) is { Success: true } launched)
        {
            options.Copyright.Since = launched.Value.Year;
            options.Icp.DisplayedOn = Blank(LaunchedOn);
        }

        return options;
    }

    /// <summary>Whether a police number is given without the day it was approved: deadlines cannot count the filing as done.</summary>
    public bool PoliceNumberWithoutDate => Blank(PoliceNumber) is not null && Blank(PoliceApprovedOn) is null;

    /// <summary>Hong Kong, Macau and Taiwan get their own message even when the ICP number is missing.</summary>
    public IEnumerable<ConfigurationProblem> ProvinceProblems()
    {
        if (Blank(Province) is { } province && !ProvinceCatalog.Lookup(province).Success && IcpNumber is null)
        {
            yield return new ConfigurationProblem("IcpBadge:Site:Province", province, ProvinceCatalog.Lookup(province).ErrorText!);
        }
    }

    /// <summary>A valid number is written in canonical form; an invalid one as typed, so its problem is reported.</summary>
    private static string? Canonical<T>(string? value)
        where T : FilingNumber =>
        Blank(value) is { } text && FilingNumber.ParseAny(text) is { Success: true } result && result.Value is T ? result.Value.ToString() : Blank(value);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using IcpBadge.Filing;
using IcpBadge.Localization;
using IcpBadge.Provinces;
using IcpBadge.Rules;
using NodaTime;

namespace IcpBadge.Configuration;

/// <summary>Validates raw options field by field, collecting every problem before giving up.</summary>
internal sealed class SiteProfileBuilder(string sectionPath, string baseDirectory)
{
    private readonly List<ConfigurationProblem> _problems = [];

    public SiteProfileResult Build(IcpBadgeOptions options)
    {
        var site = options.Site ?? new SiteOptions();
        var icp = options.Icp ?? new IcpOptions();
        var police = options.Police ?? new PoliceOptions();
        var copyright = options.Copyright ?? new CopyrightOptions();

        var display = ParseEnum(icp.Display, "Icp:Display", IcpDisplay.Auto);
        var icpNumber = ParseIcpNumber(icp.Number, "Icp:Number", display, required: true);
        var siteProvince = ParseProvince(site.Province, "Site:Province");
        if (siteProvince is not null && icpNumber is not null && siteProvince != icpNumber.Number.Province)
        {
            Problem("Site:Province", site.Province, Text.Format("Configuration.ProvinceDisagrees", siteProvince.Name, icpNumber.Number.Abbreviation, icpNumber.Number.Province.Name));
        }

        var domains = ParseDomains(site.Domains, icpNumber, display);
        var license = ParseNumber<OperatingLicenceNumber>(options.License?.Number, "License:Number");
        if (site.Commercial && license is null && string.IsNullOrWhiteSpace(options.License?.Number))
        {
            Problem("License:Number", null, Text.Get("Configuration.LicenceRequired"));
        }

        var policeNumber = ParseNumber<PoliceFilingNumber>(police.Number, "Police:Number");
        var policeProvince = ParseProvince(police.Province, "Police:Province");
        var since = copyright.Since;
        if (since is < 1980 or > 9999)
        {
            Problem("Copyright:Since", since?.ToString(System.Globalization.CultureInfo.InvariantCulture), Text.Get("Configuration.CopyrightSince"));
        }

        var name = Trimmed(site.Name);
        var id = ParseId(site.Id);
        var profile = new SiteProfile
        {
            Name = name,
            Id = id ?? (domains.Count > 0 ? domains[0].Host : null) ?? name ?? icpNumber?.Number.ToString() ?? string.Empty,
            HomeUrls = ParseHomeUrls(site.HomeUrls),
            SubjectType = ParseEnum(site.SubjectType, "Site:SubjectType", SubjectType.Unit),
            Domains = domains,
            Province = icpNumber?.Number.Province ?? siteProvince ?? ProvinceCatalog.All[0],
            LaunchedOn = ParseDate(site.LaunchedOn, "Site:LaunchedOn"),
            ConnectedOn = ParseDate(site.ConnectedOn, "Site:ConnectedOn"),
            EndsOn = ParseDate(site.EndsOn, "Site:EndsOn"),
            Commercial = site.Commercial,
            IcpNumber = icpNumber?.Number ?? Placeholder,
            IcpDisplay = display,
            FooterIcpNumber = icpNumber?.Footer ?? Placeholder,
            IcpApprovedOn = ParseDate(icp.ApprovedOn, "Icp:ApprovedOn"),
            IcpDisplayedOn = ParseDate(icp.DisplayedOn, "Icp:DisplayedOn"),
            IcpCancelledOn = ParseDate(icp.CancelledOn, "Icp:CancelledOn"),
            LicenseNumber = license,
            PoliceNumber = policeNumber,
            PoliceProvince = policeProvince ?? policeNumber?.Province ?? icpNumber?.Number.Province ?? siteProvince ?? ProvinceCatalog.All[0],
            PoliceSubmittedOn = ParseDate(police.SubmittedOn, "Police:SubmittedOn"),
            PoliceApprovedOn = ParseDate(police.ApprovedOn, "Police:ApprovedOn"),
            PoliceDisplayedOn = ParseDate(police.DisplayedOn, "Police:DisplayedOn"),
            ShanghaiSubmittedOn = ParseDate(police.ShanghaiSubmittedOn, "Police:ShanghaiSubmittedOn"),
            PoliceNoticeOn = ParseDate(police.NoticeOn, "Police:NoticeOn"),
            PoliceExplanationOn = ParseDate(police.ExplanationOn, "Police:ExplanationOn"),
            PoliceRevokedOn = ParseDate(police.RevokedOn, "Police:RevokedOn"),
            PoliceIcon = ParseIcon(police.Icon, "Police:Icon"),
            CopyrightHolder = Trimmed(copyright.Holder),
            CopyrightAliases = copyright.Aliases is { Count: > 0 } aliases ? [.. aliases.Select(Trimmed).OfType<string>()] : [],
            CopyrightSince = since,
            Changes = ParseChanges(options.Changes ?? []),
            HolidaysFile = ParseFile(options.HolidaysFile, "HolidaysFile"),
        };

        return new SiteProfileResult(_problems.Count == 0 ? profile : null, _problems);
    }

    /// <summary>Stands in for a missing number while problems are collected; never escapes a failed build.</summary>
    private static IcpFilingNumber Placeholder { get; } = FilingNumberParser.Parse<IcpFilingNumber>("京ICP备00000000号-1").Value;

    private IcpNumbers? ParseIcpNumber(string? text, string field, IcpDisplay display, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Problem(field, null, Text.Get("Configuration.IcpNumberRequired"));
            }

            return null;
        }

        var number = ParseNumber<IcpFilingNumber>(text, field);
        if (number is null)
        {
            return null;
        }

        var choice = FooterNumberRule.Choose(number, display);
        if (!choice.Success)
        {
            Problem(field, text, choice.ErrorText);
            return null;
        }

        return new IcpNumbers(number, choice.Number);
    }

    private string? ParseId(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var id = text.Trim();
        if (id.Length == 0 || id.Length > 200 || id.Any(char.IsControl))
        {
            Problem("Site:Id", text, Text.Get("Configuration.SiteId"));
            return null;
        }

        return id;
    }

    private List<Uri> ParseHomeUrls(IList<string>? urls)
    {
        var parsed = new List<Uri>();
        for (var i = 0; urls is not null && i < urls.Count; i++)
        {
            var text = urls[i]?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue; // an empty entry (JSON null) is "not given", as for Copyright:Aliases
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                && url.Host.Length > 0
                && url.UserInfo.Length == 0)
            {
                parsed.Add(url);
            }
            else
            {
                Problem($"Site:HomeUrls:{i}", urls[i], Text.Get("Configuration.HomeUrl"));
            }
        }

        return parsed;
    }

    private List<SiteDomain> ParseDomains(IList<DomainOptions>? domains, IcpNumbers? siteNumber, IcpDisplay display)
    {
        var result = new List<SiteDomain>();
        for (var i = 0; i < (domains?.Count ?? 0); i++)
        {
            var domain = domains![i];
            var host = Trimmed(domain?.Host)?.TrimEnd('.').ToLowerInvariant();
            if (host is null || Uri.CheckHostName(host) != UriHostNameType.Dns || !host.Contains('.', StringComparison.Ordinal))
            {
                Problem($"Site:Domains:{i}:Host", domain?.Host, Text.Get("Configuration.DomainHost"));
                continue;
            }

            // Most domains show the site's own number; the field path is built only for one that has its own.
            var own = string.IsNullOrWhiteSpace(domain!.IcpNumber) ? null : ParseIcpNumber(domain.IcpNumber, $"Site:Domains:{i}:IcpNumber", display, required: false);
            if (own is not null && siteNumber is not null && own.Number.Main != siteNumber.Number.Main)
            {
                Problem($"Site:Domains:{i}:IcpNumber", domain.IcpNumber, Text.Format("Configuration.DomainMainNumber", siteNumber.Number.Main));
            }

            var numbers = own ?? siteNumber;
            if (numbers is not null)
            {
                result.Add(new SiteDomain(host, numbers.Number, numbers.Footer));
            }
        }

        return result;
    }

    private List<FilingChange> ParseChanges(IList<ChangeOptions> changes)
    {
        var result = new List<FilingChange>();
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i] ?? new ChangeOptions();
            var filing = ParseEnum<FilingKind?>(change.Filing, $"Changes:{i}:Filing", null);
            if (filing is null && string.IsNullOrWhiteSpace(change.Filing))
            {
                Problem($"Changes:{i}:Filing", null, Text.Get("Configuration.ChangeFiling"));
            }

            var effective = ParseDate(change.EffectiveOn, $"Changes:{i}:EffectiveOn");
            if (effective is null && string.IsNullOrWhiteSpace(change.EffectiveOn))
            {
                Problem($"Changes:{i}:EffectiveOn", null, Text.Get("Configuration.ChangeEffectiveOn"));
            }

            var filed = ParseDate(change.FiledOn, $"Changes:{i}:FiledOn");
            if (filing is not null && effective is not null)
            {
                result.Add(new FilingChange(filing.Value, effective.Value, filed));
            }
        }

        return result;
    }

    private T? ParseNumber<T>(string? text, string field)
        where T : FilingNumber
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = FilingNumberParser.Parse<T>(text);
        if (!result.Success)
        {
            Problem(field, text, result.Error.Text);
            return null;
        }

        return result.Value;
    }

    private Province? ParseProvince(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lookup = ProvinceCatalog.Lookup(text);
        if (!lookup.Success)
        {
            Problem(field, text, lookup.ErrorText);
        }

        return lookup.Province;
    }

    private LocalDate? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (IsoDate.TryParse(text.AsSpan().Trim(), out var date))
        {
            return date;
        }

        Problem(field, text, Text.Get("Configuration.NotADate"));
        return null;
    }

    private T ParseEnum<T>(string? text, string field, T fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (Enum.TryParse(type, text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(type, value!) && !int.TryParse(text, out _))
        {
            return (T)value!;
        }

        Problem(field, text, Text.Format("Configuration.OneOf", string.Join(", ", Enum.GetNames(type))));
        return fallback;
    }

    private PoliceIcon? ParseIcon(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var icon = PoliceIconLoader.Load(text.Trim(), baseDirectory, out var error);
        if (icon is null)
        {
            Problem(field, text, error!);
        }

        return icon;
    }

    private string? ParseFile(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string path;
        try
        {
            path = Path.GetFullPath(text.Trim(), baseDirectory);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // A NUL character (or, on Windows, another character a path cannot hold): a problem of the value, not a crash.
            Problem(field, text, Text.Get("Configuration.PathInvalid"));
            return null;
        }

        if (!File.Exists(path))
        {
            Problem(field, text, Text.Format("Configuration.FileMissing", path));
            return null;
        }

        return path;
    }

    /// <summary>A filed number and the number its footer shows.</summary>
    private sealed record IcpNumbers(IcpFilingNumber Number, IcpFilingNumber Footer);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static TextResources Text => CoreText.Resources;

    private void Problem(string field, string? value, LocalizedText message) =>
        _problems.Add(new ConfigurationProblem(sectionPath + ":" + field, value, message));
}

using IcpBadge.Filing;
using IcpBadge.Provinces;
using IcpBadge.Rules;
using NodaTime;

namespace IcpBadge.Configuration;

/// <summary>
/// A validated site configuration: every number parsed, every date read, the footer number chosen and the emblem
/// loaded. Renderers, the deadline tracker and the verifier work from this, never from raw options.
/// </summary>
public sealed class SiteProfile
{
    internal SiteProfile()
    {
    }

    /// <summary>The filed site name, if configured.</summary>
    public string? Name { get; internal init; }

    /// <summary>
    /// The site's id in audit histories: <c>Site:Id</c>, else the first domain's host, else <see cref="Name"/>, else
    /// the ICP number.
    /// </summary>
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The site's home pages (<c>Site:HomeUrls</c>), absolute http(s) URLs; empty when not configured.</summary>
    public IReadOnlyList<Uri> HomeUrls { get; internal init; } = [];

    /// <summary>Who holds the filing.</summary>
    public SubjectType SubjectType { get; internal init; }

    /// <summary>The configured domains with their numbers.</summary>
    public IReadOnlyList<SiteDomain> Domains
    {
        get => _domains;
        internal init => _domains = [.. value];
    }

    /// <summary>The domains as an array: every request's host is matched against them, and an array is the cheapest to walk.</summary>
    private readonly SiteDomain[] _domains = [];

    /// <summary>The province of the ICP filing (the ICP number's province).</summary>
    public required Province Province { get; init; }

    /// <summary>The day the site went live.</summary>
    public LocalDate? LaunchedOn { get; internal init; }

    /// <summary>The day the network was connected.</summary>
    public LocalDate? ConnectedOn { get; internal init; }

    /// <summary>The day the service ends.</summary>
    public LocalDate? EndsOn { get; internal init; }

    /// <summary>Whether the site is commercial (经营性).</summary>
    public bool Commercial { get; internal init; }

    /// <summary>Whether the web front-ends show the footer on a host outside <see cref="Domains"/>; see <see cref="ShowsFooterOn(string?)"/>.</summary>
    public UnlistedHosts UnlistedHosts { get; internal init; }

    /// <summary>Whether the footer is rendered for a strict Content-Security-Policy: no <c>style</c> attributes, no <c>data:</c> URI.</summary>
    public bool StrictCsp { get; internal init; }

    /// <summary>The number the site was filed under.</summary>
    public required IcpFilingNumber IcpNumber { get; init; }

    /// <summary>The configured display rule.</summary>
    public IcpDisplay IcpDisplay { get; internal init; }

    /// <summary>The number the footer shows, with the display rule applied (the main number in Guangdong).</summary>
    public required IcpFilingNumber FooterIcpNumber { get; init; }

    /// <summary>The day the ICP filing was approved.</summary>
    public LocalDate? IcpApprovedOn { get; internal init; }

    /// <summary>The day the ICP number first appeared on the site.</summary>
    public LocalDate? IcpDisplayedOn { get; internal init; }

    /// <summary>The day the ICP filing was cancelled.</summary>
    public LocalDate? IcpCancelledOn { get; internal init; }

    /// <summary>The operating licence of a commercial site.</summary>
    public OperatingLicenceNumber? LicenseNumber { get; internal init; }

    /// <summary>The police filing number, once approved.</summary>
    public PoliceFilingNumber? PoliceNumber { get; internal init; }

    /// <summary>Where the police filing is made (D6/D9 use it).</summary>
    public required Province PoliceProvince { get; init; }

    /// <summary>The day the police filing was submitted.</summary>
    public LocalDate? PoliceSubmittedOn { get; internal init; }

    /// <summary>The day the police filing was approved.</summary>
    public LocalDate? PoliceApprovedOn { get; internal init; }

    /// <summary>The day the police badge first appeared on the site.</summary>
    public LocalDate? PoliceDisplayedOn { get; internal init; }

    /// <summary>Shanghai only: the day the site was also filed on wa.police.sh.cn.</summary>
    public LocalDate? ShanghaiSubmittedOn { get; internal init; }

    /// <summary>Shanghai only: the day a police notice arrived.</summary>
    public LocalDate? PoliceNoticeOn { get; internal init; }

    /// <summary>Shanghai only: the day a written explanation was given.</summary>
    public LocalDate? PoliceExplanationOn { get; internal init; }

    /// <summary>The day the police record was revoked.</summary>
    public LocalDate? PoliceRevokedOn { get; internal init; }

    /// <summary>The police emblem, if configured.</summary>
    public PoliceIcon? PoliceIcon { get; internal init; }

    /// <summary>The copyright holder, if configured.</summary>
    public string? CopyrightHolder { get; internal init; }

    /// <summary>Other names of the holder.</summary>
    public IReadOnlyList<string> CopyrightAliases { get; internal init; } = [];

    /// <summary>The first copyright year.</summary>
    public int? CopyrightSince { get; internal init; }

    /// <summary>Changes of filed details.</summary>
    public IReadOnlyList<FilingChange> Changes { get; internal init; } = [];

    /// <summary>The full path of the holiday list, if configured.</summary>
    public string? HolidaysFile { get; internal init; }

    /// <summary>
    /// Validates <paramref name="options"/> and builds a profile, reporting every problem at once (one per field).
    /// </summary>
    /// <param name="options">The raw configuration.</param>
    /// <param name="sectionPath">The path prefix for messages: <c>IcpBadge</c>, or <c>Sites:3</c> in an inventory.</param>
    /// <param name="baseDirectory">Where relative file paths (the emblem, the holiday list) are resolved; the current directory when null.</param>
    public static SiteProfileResult Create(IcpBadgeOptions options, string sectionPath = IcpBadgeOptions.SectionName, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SiteProfileBuilder(sectionPath, baseDirectory ?? Directory.GetCurrentDirectory()).Build(options);
    }

    /// <summary>The number a footer on <paramref name="host"/> shows: the host's own number if configured, else <see cref="FooterIcpNumber"/>.</summary>
    public IcpFilingNumber FooterIcpNumberFor(string? host)
    {
        // Called on every request by the tag helpers and components: no allocation (the bare host is a span), and it
        // returns one of this profile's own number objects, so the renderer finds its cached footer by reference.
        if (host is not null)
        {
            var full = host.AsSpan();
            var bare = WithoutWww(full);
            foreach (var domain in _domains)
            {
                if (SameHost(full, domain.Host) || SameHost(bare, domain.Host))
                {
                    return domain.FooterIcpNumber;
                }
            }
        }

        return FooterIcpNumber;
    }

    /// <summary>
    /// Whether a web front-end shows the footer on <paramref name="host"/> (a request's host, without its port):
    /// always with <see cref="UnlistedHosts.Show"/>; with <see cref="UnlistedHosts.Hide"/>, only on a host of
    /// <see cref="Domains"/> (with or without <c>www.</c>), on a loopback host (<c>localhost</c>, 127.0.0.0/8,
    /// <c>::1</c>), or when no host is known (<see langword="null"/> or empty: rendering for the site itself, as the
    /// CLI does).
    /// </summary>
    /// <param name="host">The host, e.g. <c>example.cn</c>, <c>www.example.cn</c>, <c>127.0.0.1</c> or <c>[::1]</c>.</param>
    public bool ShowsFooterOn(string? host)
    {
        if (UnlistedHosts == UnlistedHosts.Show || string.IsNullOrEmpty(host))
        {
            return true;
        }

        var full = host.AsSpan().TrimEnd('.');
        var bare = WithoutWww(full);
        foreach (var domain in _domains)
        {
            if (SameHost(full, domain.Host) || SameHost(bare, domain.Host))
            {
                return true;
            }
        }

        return IsLoopback(full);
    }

    /// <summary><c>localhost</c>, an address in 127.0.0.0/8 or <c>::1</c> (bracketed as in a URL or not).</summary>
    private static bool IsLoopback(ReadOnlySpan<char> host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (host.Length > 2 && host[0] == '[' && host[^1] == ']')
        {
            host = host[1..^1];
        }

        return System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address);
    }

    /// <summary><paramref name="host"/> without a leading <c>www.</c> (any case); the host itself when it has none.</summary>
    private static ReadOnlySpan<char> WithoutWww(ReadOnlySpan<char> host) =>
        host.Length > 4 && host[3] == '.' && (host[0] | 0x20) == 'w' && (host[1] | 0x20) == 'w' && (host[2] | 0x20) == 'w'
            ? host[4..]
            : host;

    /// <summary>Case-insensitive host equality; hosts are nearly always lower case already, so ordinal is tried first.</summary>
    private static bool SameHost(ReadOnlySpan<char> host, string domain) =>
        host.Length == domain.Length && (host.SequenceEqual(domain) || host.Equals(domain, StringComparison.OrdinalIgnoreCase));
}

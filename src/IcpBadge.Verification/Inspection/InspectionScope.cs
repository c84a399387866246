using IcpBadge.Configuration;
using NodaTime;

namespace IcpBadge.Verification;

/// <summary>What every rule group of one inspection reads and writes: the page, its context, today and the findings.</summary>
internal sealed class InspectionScope(PageDocument page, PageContext context, LocalDate today)
{
    public PageDocument Page { get; } = page;

    /// <summary>The site's configuration; null when rules needing expectations are skipped.</summary>
    public SiteProfile? Config { get; } = context.Profile;

    /// <summary>Whether presence rules judge this page (home pages only, as docs/verification.md says).</summary>
    public bool IsHomePage { get; } = context.IsHomePage;

    /// <summary>The host the page is served on, for a domain with its own ICP number.</summary>
    public string? Host { get; } = context.Host;

    /// <summary>Today in China.</summary>
    public LocalDate Today { get; } = today;

    public FooterArea Footer { get; } = new(page);

    public PageFindings Findings { get; } = new();
}

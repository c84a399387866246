using IcpBadge.Configuration;
using NodaTime;

namespace IcpBadge.Verification;

/// <summary>What the verifier knows about a page besides its HTML: whether it is a home page, its host, and the site's configuration.</summary>
public sealed class PageContext
{
    /// <summary>Whether the page is a home page: presence rules judge home pages only.</summary>
    public bool IsHomePage { get; init; }

    /// <summary>The host the page is served on, for a domain with its own ICP number; null for the site's number.</summary>
    public string? Host { get; init; }

    /// <summary>The validated configuration with the expectations; without one, rules that need a configuration (<see cref="VerificationRule.NeedsConfiguration"/>) are skipped.</summary>
    public SiteProfile? Profile { get; init; }

    /// <summary>Today in China (for D3 and PRE001); null means the current date in <c>Asia/Shanghai</c>.</summary>
    public LocalDate? Today { get; init; }
}

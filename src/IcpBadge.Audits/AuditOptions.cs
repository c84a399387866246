using IcpBadge.Audits.History;
using IcpBadge.Deadlines;
using IcpBadge.Verification;
using NodaTime;

namespace IcpBadge.Audits;

/// <summary>How <see cref="AuditRunner"/> audits: the day, the deadline settings, fetching, the history and evidence.</summary>
public sealed record AuditOptions
{
    /// <summary>The run's id (any unique string; shards of one run share it); a new one from the time and a random suffix when null.</summary>
    public string? RunId { get; init; }

    /// <summary>The day obligations and pages are judged on (China date); today when null.</summary>
    public LocalDate? Today { get; init; }

    /// <summary>The due-soon window and what D2/D3 count from, as for <c>deadlines</c>; the defaults when null.</summary>
    public DeadlineOptions? Deadlines { get; init; }

    /// <summary>How many pages are fetched at once (over every site). Default 8.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>The time allowed per page. Default 20 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Render every page in Chromium before judging it (<c>--render</c>); see <see cref="BrowserPath"/>.</summary>
    public bool Render { get; init; }

    /// <summary>The Chromium or Chrome executable for rendering and screenshots; found on <c>PATH</c> when null.</summary>
    public string? BrowserPath { get; init; }

    /// <summary>
    /// Whether pages on private networks (loopback, 10/8, 192.168/16…) may be fetched, as
    /// <see cref="VerificationOptions.AllowPrivateNetworks"/>. Default false; <c>icp-badge audit</c> sets it true
    /// unless <c>--deny-private</c> is given, as <c>verify</c> does.
    /// </summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>Audit only this shard of the sites (every N-th site in inventory order from I); needs a store that takes shards.</summary>
    public VerificationShard? Shard { get; init; }

    /// <summary>The history: <c>changes</c> compare with it and the run is stored in it; none when null.</summary>
    public AuditHistoryStore? History { get; init; }

    /// <summary>The evidence folder (<c>--evidence</c>): each fetched page's bytes, a footer screenshot and <c>evidence.json</c>, by SHA-256; none when null.</summary>
    public string? EvidenceDirectory { get; init; }

    /// <summary>Told each time a page is done.</summary>
    public IProgress<VerificationProgress>? Progress { get; init; }
}

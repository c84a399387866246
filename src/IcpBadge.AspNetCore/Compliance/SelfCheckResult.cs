using IcpBadge.Verification;

namespace IcpBadge.AspNetCore.Compliance;

/// <summary>One self-check of the home page: what was fetched, as which host, when, and the verifier's report.</summary>
/// <param name="Url">The app's own address that was fetched; null when the server listens on no http address.</param>
/// <param name="Host">The <c>Host</c> sent: the first of <c>Site.Domains</c>, or null when none is configured.</param>
/// <param name="CheckedAt">When the check ran.</param>
/// <param name="Report">The verifier's report on the home page; null when there was nothing to fetch.</param>
internal sealed record SelfCheckResult(Uri? Url, string? Host, DateTimeOffset CheckedAt, VerificationReport? Report)
{
    /// <summary>The one target's report.</summary>
    public TargetReport? Target => Report?.Targets.Count > 0 ? Report.Targets[0] : null;
}

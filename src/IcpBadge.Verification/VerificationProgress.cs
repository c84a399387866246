namespace IcpBadge.Verification;

/// <summary>How far a <see cref="SiteVerifier"/> run is.</summary>
/// <param name="Completed">The targets done so far.</param>
/// <param name="Total">The targets of the run (after sitemaps and sharding).</param>
public readonly record struct VerificationProgress(int Completed, int Total);

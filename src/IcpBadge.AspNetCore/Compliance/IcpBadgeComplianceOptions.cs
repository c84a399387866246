namespace IcpBadge.AspNetCore.Compliance;

/// <summary>Options of the endpoint mapped by <c>MapIcpBadgeCompliance</c>.</summary>
public sealed class IcpBadgeComplianceOptions
{
    /// <summary>How long a self-check of the home page is reused before the next request runs a new one. Default 10 minutes.</summary>
    public TimeSpan SelfCheckCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The most time the self-check's fetch of the home page may take. Default 10 seconds.</summary>
    public TimeSpan SelfCheckTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

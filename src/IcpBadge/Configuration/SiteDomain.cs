using IcpBadge.Filing;

namespace IcpBadge.Configuration;

/// <summary>A validated domain of the site and the ICP number it was filed under.</summary>
/// <param name="Host">The lower-case host, e.g. <c>example.cn</c>.</param>
/// <param name="IcpNumber">The host's own website number, or the site's <c>Icp.Number</c>.</param>
/// <param name="FooterIcpNumber">The number a footer on this host shows (the display rule applied).</param>
public sealed record SiteDomain(string Host, IcpFilingNumber IcpNumber, IcpFilingNumber FooterIcpNumber);

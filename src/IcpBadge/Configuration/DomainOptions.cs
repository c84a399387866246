using System.ComponentModel;

namespace IcpBadge.Configuration;

/// <summary>One of <see cref="SiteOptions.Domains"/>: written as <c>"example.cn"</c> or <c>{ "Host": ..., "IcpNumber": ... }</c>.</summary>
[TypeConverter(typeof(DomainOptionsConverter))]
public sealed class DomainOptions
{
    /// <summary>The host, e.g. <c>example.cn</c>.</summary>
    public string? Host { get; set; }

    /// <summary>The host's own website number, when it was filed separately; otherwise <c>Icp.Number</c> applies.</summary>
    public string? IcpNumber { get; set; }
}

namespace IcpBadge.Configuration;

/// <summary>What a web front-end does on a host that is not one of <see cref="SiteOptions.Domains"/>.</summary>
public enum UnlistedHosts
{
    /// <summary>Show the footer on every host (the default).</summary>
    Show,

    /// <summary>
    /// Show no footer on a host outside <see cref="SiteOptions.Domains"/> (say, the overseas deployment of the same
    /// app); loopback hosts still show it.
    /// </summary>
    Hide,
}

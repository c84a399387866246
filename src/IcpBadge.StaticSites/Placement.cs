namespace IcpBadge.StaticSites;

/// <summary>Where the footer block went in a page, in order of preference.</summary>
public enum Placement
{
    /// <summary>It replaced the block of an earlier run (<c>&lt;!-- icp-badge:begin --&gt;</c> … <c>end</c>).</summary>
    ExistingBlock,

    /// <summary>It replaced the marker <c>&lt;!-- icp-badge --&gt;</c>.</summary>
    Marker,

    /// <summary>At the end of the page's first <c>&lt;footer&gt;</c> element.</summary>
    Footer,

    /// <summary>Right before <c>&lt;/body&gt;</c>.</summary>
    Body,

    /// <summary>At the end of the file.</summary>
    EndOfFile,

    /// <summary>
    /// No footer went in: the host rendered for shows none (<c>Site.UnlistedHosts: Hide</c>), so the block of an earlier
    /// run was taken out and the <c>&lt;!-- icp-badge --&gt;</c> marker put back in its place.
    /// </summary>
    RemovedBlock,
}

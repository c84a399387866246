namespace IcpBadge.StaticSites;

/// <summary>What happened to one page.</summary>
public enum PageOutcome
{
    /// <summary>The block was added or updated (or would be, in a dry run).</summary>
    Changed,

    /// <summary>The page already had the current block; nothing was written.</summary>
    Unchanged,

    /// <summary>The page was left alone, for the reason given.</summary>
    Skipped,

    /// <summary>The page could not be read or written.</summary>
    Failed,
}

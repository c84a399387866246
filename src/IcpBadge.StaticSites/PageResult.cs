using IcpBadge.Localization;

namespace IcpBadge.StaticSites;

/// <summary>What happened to one page of a run.</summary>
/// <param name="Path">The page's path relative to the site folder, with '/' separators.</param>
/// <param name="Outcome">Changed, unchanged, skipped or failed.</param>
/// <param name="Placement">Where the block went or would go (<see cref="Placement.EndOfFile"/> when the page was never scanned).</param>
/// <param name="Reason">Why the page was skipped or failed, in both languages; null when it was changed or unchanged.</param>
public sealed record PageResult(string Path, PageOutcome Outcome, Placement Placement, LocalizedText? Reason)
{
    /// <summary>
    /// Set when the page already shows an ICP or police number outside its block — a theme's own footer, which with the
    /// injected one shows every number twice — saying which and what to turn off in the generator or theme it looks
    /// made by; null otherwise.
    /// </summary>
    public LocalizedText? Warning { get; init; }
}

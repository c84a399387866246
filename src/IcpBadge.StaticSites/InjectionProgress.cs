namespace IcpBadge.StaticSites;

/// <summary>Reported once per page, right after the page is done, e.g. to advance a progress bar or list a dry run.</summary>
/// <param name="Page">The page just done.</param>
/// <param name="Completed">How many pages are done, this one included.</param>
/// <param name="Total">How many pages the run processes (those the include and exclude globs select).</param>
public sealed record InjectionProgress(PageResult Page, int Completed, int Total);

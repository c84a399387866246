namespace IcpBadge.StaticSites;

/// <summary>
/// Replace the bytes <c>[Start, End)</c> of a page with the footer block; <paramref name="InsideFooter"/> says whether
/// <c>Start</c> is inside an open <c>&lt;footer&gt;</c> element, so the block must not be a footer itself.
/// </summary>
internal readonly record struct PagePlan(Placement Placement, int Start, int End, bool InsideFooter);

namespace IcpBadge.Cli.Injection;

/// <summary>Replace the bytes <c>[Start, End)</c> of a page with the footer block.</summary>
internal readonly record struct PagePlan(Placement Placement, int Start, int End);

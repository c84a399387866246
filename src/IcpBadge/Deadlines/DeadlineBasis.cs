namespace IcpBadge.Deadlines;

/// <summary>Which day the 30-day police filing window (D2) counts from.</summary>
public enum DeadlineBasis
{
    /// <summary>The day the site went live (网站开通之日), <c>Site.LaunchedOn</c>. The default.</summary>
    Launch,

    /// <summary>The day the ICP filing was approved, <c>Icp.ApprovedOn</c> (some providers count from it).</summary>
    IcpApproval,

    /// <summary>The earliest of launch, ICP approval and <c>Site.ConnectedOn</c>: the strictest reading.</summary>
    Earliest,
}

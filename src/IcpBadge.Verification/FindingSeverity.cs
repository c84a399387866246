namespace IcpBadge.Verification;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>A regulator would flag it: fix it.</summary>
    Error,

    /// <summary>Stale, non-canonical or risky: fix it when you can.</summary>
    Warning,

    /// <summary>Worth knowing, never a defect on its own (a lookalike such as <c>萌ICP备</c>).</summary>
    Info,
}

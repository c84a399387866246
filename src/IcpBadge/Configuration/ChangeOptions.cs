namespace IcpBadge.Configuration;

/// <summary>One entry of <c>Changes</c>: a change of filed details and when it was filed.</summary>
public sealed class ChangeOptions
{
    /// <summary><c>Icp</c> or <c>Police</c>: which filing the change concerns.</summary>
    public string? Filing { get; set; }

    /// <summary>The day the change takes effect, <c>YYYY-MM-DD</c>.</summary>
    public string? EffectiveOn { get; set; }

    /// <summary>The day the change was filed, <c>YYYY-MM-DD</c>.</summary>
    public string? FiledOn { get; set; }
}

namespace IcpBadge.Deadlines;

/// <summary>How deadlines are counted and reported.</summary>
public sealed class DeadlineOptions
{
    /// <summary>What D2 counts from; <see cref="DeadlineBasis.Launch"/> by default.</summary>
    public DeadlineBasis Basis { get; set; } = DeadlineBasis.Launch;

    /// <summary>An open obligation due within this many days is <see cref="ObligationState.DueSoon"/>; 7 by default.</summary>
    public int WarnDays { get; set; } = 7;
}

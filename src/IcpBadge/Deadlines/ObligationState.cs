namespace IcpBadge.Deadlines;

/// <summary>Where an obligation stands on a given day.</summary>
public enum ObligationState
{
    /// <summary>It does not apply to this site (yet).</summary>
    NotApplicable,

    /// <summary>Open, with more than the warning period left.</summary>
    Pending,

    /// <summary>Open, due within the warning period (7 days by default).</summary>
    DueSoon,

    /// <summary>Open and past its due date.</summary>
    Overdue,

    /// <summary>Done on or before the due date.</summary>
    Done,

    /// <summary>Done, but after the due date.</summary>
    DoneLate,
}

namespace IcpBadge.Configuration;

/// <summary>Which of the two filings something concerns.</summary>
public enum FilingKind
{
    /// <summary>The MIIT ICP filing.</summary>
    Icp,

    /// <summary>The public-security filing.</summary>
    Police,
}

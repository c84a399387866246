namespace IcpBadge.Verification;

/// <summary>One target of a verification run: what was read, whether it could be, and its findings.</summary>
public sealed class TargetReport
{
    /// <summary>Creates the report of one target.</summary>
    /// <param name="target">The target as reported (<see cref="VerificationTarget.Name"/>).</param>
    /// <param name="finalUrl">The URL read: after redirects for a web page, the <c>file:</c> URI for a file.</param>
    /// <param name="status">Whether it could be read.</param>
    /// <param name="isHomePage">Whether it was judged as a home page.</param>
    /// <param name="findings">What the rules found, in inspection order.</param>
    public TargetReport(string target, string finalUrl, TargetStatus status, bool isHomePage, IReadOnlyList<InspectionFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(finalUrl);
        ArgumentNullException.ThrowIfNull(findings);
        Target = target;
        FinalUrl = finalUrl;
        Status = status;
        IsHomePage = isHomePage;
        Findings = findings;
    }

    /// <summary>The target as reported: a path as given, or a URL.</summary>
    public string Target { get; }

    /// <summary>The URL read: after redirects for a web page, the <c>file:</c> URI for a file.</summary>
    public string FinalUrl { get; }

    /// <summary>Whether the target could be read.</summary>
    public TargetStatus Status { get; }

    /// <summary>Whether it was judged as a home page (presence rules apply).</summary>
    public bool IsHomePage { get; }

    /// <summary>What the rules found; NET001 alone when <see cref="Status"/> is <see cref="TargetStatus.Unreachable"/>.</summary>
    public IReadOnlyList<InspectionFinding> Findings { get; }

    /// <summary>The number of findings of <paramref name="severity"/>.</summary>
    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);
}

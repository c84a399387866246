using System.Diagnostics.CodeAnalysis;

namespace IcpBadge.Configuration;

/// <summary>A validated <see cref="SiteProfile"/>, or every problem found in the configuration.</summary>
public sealed class SiteProfileResult
{
    internal SiteProfileResult(SiteProfile? profile, IReadOnlyList<ConfigurationProblem> problems)
    {
        Profile = profile;
        Problems = problems;
    }

    /// <summary>The profile, or <see langword="null"/> when there are problems.</summary>
    public SiteProfile? Profile { get; }

    /// <summary>Every problem found, in field order; empty on success.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }

    /// <summary>A failed result with the given problems (for callers that read configuration themselves).</summary>
    public static SiteProfileResult Failure(params IReadOnlyList<ConfigurationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 0 ? throw new ArgumentException("A failure needs at least one problem.", nameof(problems)) : new(null, problems);
    }

    /// <summary>Whether the configuration is valid.</summary>
    [MemberNotNullWhen(true, nameof(Profile))]
    public bool Success => Profile is not null;
}

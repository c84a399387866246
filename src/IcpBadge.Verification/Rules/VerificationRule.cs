using IcpBadge.Localization;

namespace IcpBadge.Verification;

/// <summary>
/// One verifier rule: its id, the severities it can report, whether it needs the site's configuration, and its title
/// in Chinese and English. Every rule exists once, in <see cref="VerificationRules.All"/>.
/// </summary>
public sealed class VerificationRule
{
    internal VerificationRule(string id, IReadOnlyList<FindingSeverity> severities, bool needsConfiguration = false)
    {
        Id = id;
        Severities = severities;
        Title = VerificationText.Get($"Rule.{id}.Title");
        NeedsConfiguration = needsConfiguration;
    }

    /// <summary>The rule id, e.g. <c>ICP006</c>.</summary>
    public string Id { get; }

    /// <summary>The severities this rule can report, most serious first.</summary>
    public IReadOnlyList<FindingSeverity> Severities { get; }

    /// <summary>The most serious severity this rule can report (what SARIF calls its default level).</summary>
    public FindingSeverity HighestSeverity => Severities[0];

    /// <summary>True when the rule compares the page with the site's configuration and is skipped without one.</summary>
    public bool NeedsConfiguration { get; }

    /// <summary>What the rule checks, in Chinese and English (from the verifier's resources).</summary>
    public LocalizedText Title { get; }

    /// <summary>What the rule checks, in Chinese: <see cref="Title"/>.<see cref="LocalizedText.Zh"/>.</summary>
    public string TitleZh => Title.Zh;

    /// <summary>What the rule checks, in English: <see cref="Title"/>.<see cref="LocalizedText.En"/>.</summary>
    public string TitleEn => Title.En;

    /// <summary>Returns the rule id.</summary>
    public override string ToString() => Id;
}

using IcpBadge.Localization;

namespace IcpBadge.Verification;

/// <summary>One finding of the page verifier: a verifier rule, its severity, a message in Chinese and English, and the evidence.</summary>
public sealed class InspectionFinding
{
    /// <summary>Creates a finding from a rule id, e.g. when reading a stored report back; inspection uses the <see cref="VerificationRule"/> overload.</summary>
    /// <param name="rule">The rule id, e.g. <c>ICP006</c>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="message">What is wrong and how to fix it, in Chinese and English.</param>
    /// <param name="evidence">The text on the page the finding is about (a number, a title); empty when something is missing.</param>
    public InspectionFinding(string rule, FindingSeverity severity, LocalizedText message, string evidence)
    {
        ArgumentException.ThrowIfNullOrEmpty(rule);
        ArgumentNullException.ThrowIfNull(message);
        Rule = rule;
        Severity = severity;
        Message = new LocalizedText(message.Zh ?? string.Empty, message.En ?? string.Empty);
        Evidence = evidence ?? string.Empty;
    }

    /// <summary>Creates a finding of a rule of <see cref="VerificationRules.All"/>, the way inspection emits every finding.</summary>
    /// <param name="rule">The rule, from <see cref="VerificationRules"/>.</param>
    /// <param name="severity">The severity: one of the rule's <see cref="VerificationRule.Severities"/>.</param>
    /// <param name="message">What is wrong and how to fix it, in Chinese and English.</param>
    /// <param name="evidence">The text on the page the finding is about (a number, a title); empty when something is missing.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not one the rule can report (a bug in the caller).</exception>
    public InspectionFinding(VerificationRule rule, FindingSeverity severity, LocalizedText message, string evidence)
        : this(IdReporting(rule, severity), severity, message, evidence)
    {
    }

    /// <summary>Creates a finding from a rule id and a message given as an English and a Chinese string.</summary>
    /// <param name="rule">The rule id, e.g. <c>ICP006</c>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="messageEn">What is wrong and how to fix it, in English.</param>
    /// <param name="messageZh">The same in Chinese.</param>
    /// <param name="evidence">The text on the page the finding is about (a number, a title); empty when something is missing.</param>
    public InspectionFinding(string rule, FindingSeverity severity, string messageEn, string messageZh, string evidence)
        : this(rule, severity, new LocalizedText(messageZh ?? string.Empty, messageEn ?? string.Empty), evidence)
    {
    }

    /// <summary>Creates a finding of a rule of <see cref="VerificationRules.All"/> with a message given as an English and a Chinese string.</summary>
    /// <param name="rule">The rule, from <see cref="VerificationRules"/>.</param>
    /// <param name="severity">The severity: one of the rule's <see cref="VerificationRule.Severities"/>.</param>
    /// <param name="messageEn">What is wrong and how to fix it, in English.</param>
    /// <param name="messageZh">The same in Chinese.</param>
    /// <param name="evidence">The text on the page the finding is about (a number, a title); empty when something is missing.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not one the rule can report (a bug in the caller).</exception>
    public InspectionFinding(VerificationRule rule, FindingSeverity severity, string messageEn, string messageZh, string evidence)
        : this(IdReporting(rule, severity), severity, messageEn, messageZh, evidence)
    {
    }

    /// <summary>The rule id, e.g. <c>ICP006</c>.</summary>
    public string Rule { get; }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>What is wrong and how to fix it, in Chinese and English.</summary>
    public LocalizedText Message { get; }

    /// <summary>The message in English: <see cref="Message"/>.<see cref="LocalizedText.En"/>.</summary>
    public string MessageEn => Message.En;

    /// <summary>The message in Chinese: <see cref="Message"/>.<see cref="LocalizedText.Zh"/>.</summary>
    public string MessageZh => Message.Zh;

    /// <summary>The text on the page the finding is about; empty when the finding is about something missing.</summary>
    public string Evidence { get; }

    private static string IdReporting(VerificationRule rule, FindingSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.Severities.Contains(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, $"{rule.Id} never reports {severity}; it reports {string.Join(", ", rule.Severities)}.");
        }

        return rule.Id;
    }

    /// <summary>Returns <c>ICP006 error: message [evidence]</c>, in English.</summary>
    public override string ToString() =>
        Evidence.Length == 0 ? $"{Rule} {Severity}: {MessageEn}" : $"{Rule} {Severity}: {MessageEn} [{Evidence}]";
}

namespace IcpBadge.Verification;

/// <summary>One finding of the page verifier: a rule of SPEC §6, its severity, a message in English and Chinese, and the evidence.</summary>
public sealed class InspectionFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="rule">The rule id, e.g. <c>ICP006</c>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="messageEn">What is wrong and how to fix it, in English.</param>
    /// <param name="messageZh">The same in Chinese.</param>
    /// <param name="evidence">The text on the page the finding is about (a number, a title); empty when something is missing.</param>
    public InspectionFinding(string rule, FindingSeverity severity, string messageEn, string messageZh, string evidence)
    {
        ArgumentException.ThrowIfNullOrEmpty(rule);
        Rule = rule;
        Severity = severity;
        MessageEn = messageEn ?? string.Empty;
        MessageZh = messageZh ?? string.Empty;
        Evidence = evidence ?? string.Empty;
    }

    /// <summary>The rule id, e.g. <c>ICP006</c>.</summary>
    public string Rule { get; }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The message in English.</summary>
    public string MessageEn { get; }

    /// <summary>The message in Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>The text on the page the finding is about; empty when the finding is about something missing.</summary>
    public string Evidence { get; }

    /// <summary>Returns <c>ICP006 error: message [evidence]</c>.</summary>
    public override string ToString() =>
        Evidence.Length == 0 ? $"{Rule} {Severity}: {MessageEn}" : $"{Rule} {Severity}: {MessageEn} [{Evidence}]";
}

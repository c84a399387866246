using IcpBadge.Localization;

namespace IcpBadge.Verification;

/// <summary>
/// The findings of one page, each made from a rule of <see cref="VerificationRules"/>. A page gets one finding per rule
/// and evidence text (docs/verification.md): a number repeated five times with the same defect is reported once, where it first
/// appeared, with the most serious severity any of its repeats had.
/// </summary>
internal sealed class PageFindings
{
    private readonly List<InspectionFinding> _findings = [];
    private readonly Dictionary<(string Rule, string Evidence), int> _positions = [];

    /// <summary>All findings, in the order they were first added.</summary>
    public IReadOnlyList<InspectionFinding> All => _findings;

    /// <summary>Adds a finding of <paramref name="rule"/>; <paramref name="severity"/> must be one the rule reports.</summary>
    public void Add(VerificationRule rule, FindingSeverity severity, LocalizedText message, string evidence)
    {
        var finding = new InspectionFinding(rule, severity, message, evidence);
        var key = (finding.Rule, finding.Evidence);
        if (!_positions.TryGetValue(key, out var position))
        {
            _positions.Add(key, _findings.Count);
            _findings.Add(finding);
        }
        else if (finding.Severity < _findings[position].Severity)
        {
            // FindingSeverity orders Error first: the repeat is more serious than the finding kept so far.
            _findings[position] = finding;
        }
    }
}

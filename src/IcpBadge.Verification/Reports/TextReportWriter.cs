using IcpBadge.Localization;

namespace IcpBadge.Verification;

/// <summary><c>verify --format text</c>: one block per target, one line per finding, then a summary line — all in one language.</summary>
internal static class TextReportWriter
{
    /// <summary>The column the rule id starts in, after the severity: <c>warning</c> and a space.</summary>
    private const int SeverityColumns = 7;

    public static void Write(TextWriter output, IReadOnlyList<TargetReport> reports, Language language)
    {
        foreach (var report in reports)
        {
            var state = VerificationText.Get(report.Status == TargetStatus.Ok ? (report.IsHomePage ? "Report.HomePage" : "Report.Page") : "Report.Unreachable");
            var counts = report.Findings.Count == 0 ? VerificationText.Get("Report.NoFindings") : Count(report.Findings);
            output.WriteLine(VerificationText.Format("Report.Target", report.Target, state, counts).In(language));
            foreach (var finding in report.Findings)
            {
                var evidence = finding.Evidence.Length == 0 ? string.Empty : $" [{finding.Evidence}]";
                output.WriteLine($"  {Severity(finding.Severity, language)} {finding.Rule} {finding.Message.In(language)}{evidence}");
            }
        }

        var all = reports.SelectMany(r => r.Findings).ToList();
        output.WriteLine(VerificationText.Format("Report.Summary", reports.Count, Count(all)).In(language));
    }

    private static LocalizedText Count(IReadOnlyCollection<InspectionFinding> findings)
    {
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
        return VerificationText.Format("Report.Counts", errors, warnings);
    }

    /// <summary>The severity padded to <see cref="SeverityColumns"/> terminal columns (a Chinese character takes two), so rule ids line up.</summary>
    private static string Severity(FindingSeverity severity, Language language)
    {
        var word = VerificationText.Get("Severity." + severity).In(language);
        var columns = word.Sum(c => c >= '\u2E80' ? 2 : 1);
        return word + new string(' ', Math.Max(0, SeverityColumns - columns));
    }
}

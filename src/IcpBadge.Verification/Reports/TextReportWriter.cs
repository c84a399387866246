namespace IcpBadge.Verification;

/// <summary><c>verify --format text</c>: one block per target, one line per finding, then a summary line.</summary>
internal static class TextReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<TargetReport> reports)
    {
        foreach (var report in reports)
        {
            var state = report.Status == TargetStatus.Ok ? (report.IsHomePage ? "home page" : "page") : ReportNames.Status(report.Status);
            output.WriteLine($"{report.Target} ({state}): {(report.Findings.Count == 0 ? "no findings" : Count(report.Findings))}");
            foreach (var finding in report.Findings)
            {
                var evidence = finding.Evidence.Length == 0 ? string.Empty : $" [{finding.Evidence}]";
                output.WriteLine($"  {ReportNames.Severity(finding.Severity),-7} {finding.Rule} {finding.MessageZh} {finding.MessageEn}{evidence}");
            }
        }

        var all = reports.SelectMany(r => r.Findings).ToList();
        output.WriteLine($"{reports.Count} target(s): {Count(all)}");
    }

    private static string Count(IReadOnlyCollection<InspectionFinding> findings)
    {
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
        return $"{errors} error(s), {warnings} warning(s)";
    }
}

using IcpBadge.Verification;

namespace IcpBadge.Cli.Output;

/// <summary>One target of <c>verify</c>: what was read, whether it could be, and its findings.</summary>
internal sealed record VerifyTargetReport(string Target, string FinalUrl, string Status, bool IsHomePage, IReadOnlyList<InspectionFinding> Findings);

/// <summary><c>verify --format text</c>: one block per target, one line per finding, then a summary line.</summary>
internal static class VerifyTextWriter
{
    public static string SeverityName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    public static void Write(TextWriter output, IReadOnlyList<VerifyTargetReport> reports)
    {
        foreach (var report in reports)
        {
            var state = report.Status == "ok" ? (report.IsHomePage ? "home page" : "page") : report.Status;
            output.WriteLine($"{report.Target} ({state}): {(report.Findings.Count == 0 ? "no findings" : Count(report.Findings))}");
            foreach (var finding in report.Findings)
            {
                var evidence = finding.Evidence.Length == 0 ? string.Empty : $" [{finding.Evidence}]";
                output.WriteLine($"  {SeverityName(finding.Severity),-7} {finding.Rule} {finding.MessageZh} {finding.MessageEn}{evidence}");
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

namespace IcpBadge.Verification;

/// <summary>How the reports spell statuses and severities.</summary>
internal static class ReportNames
{
    /// <summary><c>ok</c> or <c>unreachable</c>.</summary>
    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Ok => "ok",
        _ => "unreachable",
    };

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string SarifLevel(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };
}

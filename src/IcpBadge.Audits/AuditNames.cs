using IcpBadge.Verification;

namespace IcpBadge.Audits;

/// <summary>How audits spell statuses and severities (as <c>verify</c>'s reports do), and read them back.</summary>
internal static class AuditNames
{
    public static string Status(TargetStatus status) => status == TargetStatus.Ok ? "ok" : "unreachable";

    public static TargetStatus ParseStatus(string text) => text == "ok" ? TargetStatus.Ok : TargetStatus.Unreachable;

    public static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    public static FindingSeverity ParseSeverity(string text) => text switch
    {
        "error" => FindingSeverity.Error,
        "warning" => FindingSeverity.Warning,
        _ => FindingSeverity.Info,
    };

    public static AuditChangeKind ParseKind(string text) =>
        Enum.TryParse<AuditChangeKind>(text, ignoreCase: false, out var kind) ? kind : AuditChangeKind.StateChanged;
}

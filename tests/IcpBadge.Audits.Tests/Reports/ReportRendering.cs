using IcpBadge.Audits.History;
using IcpBadge.Audits.Reports;
using IcpBadge.Localization;

namespace IcpBadge.Audits.Tests.Reports;

/// <summary>Renders a stored run to a string, the way <c>icp-badge report</c> writes the file.</summary>
internal static class ReportRendering
{
    public static string Render(StoredRun run, ReportFormat format, Language language = Language.Zh, string? evidence = null)
    {
        using var buffer = new MemoryStream();
        AuditReport.Write(buffer, run, format, new AuditReportOptions { Language = language, EvidenceDirectory = evidence });
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

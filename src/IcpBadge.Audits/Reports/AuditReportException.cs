using IcpBadge.Localization;

namespace IcpBadge.Audits.Reports;

/// <summary>A report cannot be made from what was asked: no such run, or no run at all (<c>icp-badge report</c> exits 2).</summary>
public sealed class AuditReportException : Exception
{
    /// <summary>A problem in both languages; <see cref="Exception.Message"/> is the English text.</summary>
    public AuditReportException(LocalizedText text)
        : base((text ?? throw new ArgumentNullException(nameof(text))).En)
    {
        Text = text;
    }

    /// <summary>The problem in both languages.</summary>
    public LocalizedText Text { get; }
}

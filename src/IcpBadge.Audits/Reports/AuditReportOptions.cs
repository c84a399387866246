using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Audits.Reports;

/// <summary>How a report is written.</summary>
public sealed class AuditReportOptions
{
    /// <summary>The language of the HTML and Markdown reports; Chinese by default, whatever the machine's locale (their readers are compliance staff, not the CI runner).</summary>
    public Language Language { get; init; } = Language.Zh;

    /// <summary>
    /// The evidence folder the audit wrote (<c>audit --evidence DIR</c>); when set, the HTML report embeds each
    /// footer screenshot as a <c>data:</c> image (at most <see cref="MaxThumbnailBytes"/> each) and says whether each
    /// file still has its recorded SHA-256.
    /// </summary>
    public string? EvidenceDirectory { get; init; }

    /// <summary>The largest screenshot embedded in the HTML report (512 KB by default); larger ones are listed by hash.</summary>
    public long MaxThumbnailBytes { get; init; } = 512 * 1024;

    /// <summary>When the report was made, shown in its metadata; the run's finish when null (so a report is reproducible).</summary>
    public Instant? GeneratedAt { get; init; }
}

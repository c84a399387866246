using IcpBadge.Localization;

namespace IcpBadge.Audits;

/// <summary>
/// A report or notification cannot start from what was given — no history store named, no such run, no run yet, the
/// latest run still missing shards, a channel's environment variables missing — and nothing was written or sent
/// (<c>icp-badge report</c> and <c>notify</c> exit 2).
/// </summary>
public sealed class AuditInputException : Exception
{
    /// <summary>A problem described in both languages; <see cref="Exception.Message"/> is the English text.</summary>
    public AuditInputException(LocalizedText text)
        : base((text ?? throw new ArgumentNullException(nameof(text))).En)
    {
        Text = text;
    }

    /// <summary>"Name the history store with --history or ICPBADGE_HISTORY", in both languages.</summary>
    public static LocalizedText NoHistory => AuditsText.Get("Report.NoHistory");

    /// <summary>The problem in both languages.</summary>
    public LocalizedText Text { get; }
}

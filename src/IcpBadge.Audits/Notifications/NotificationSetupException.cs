using IcpBadge.Localization;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// Notifications cannot start: a channel's environment variables are missing, or the latest run is incomplete.
/// Nothing was sent (<c>icp-badge notify</c> exits 2).
/// </summary>
public sealed class NotificationSetupException : Exception
{
    /// <summary>A problem described in both languages; <see cref="Exception.Message"/> is the English text.</summary>
    public NotificationSetupException(LocalizedText text)
        : base((text ?? throw new ArgumentNullException(nameof(text))).En)
    {
        Text = text;
    }

    /// <summary>The problem in both languages.</summary>
    public LocalizedText Text { get; }
}

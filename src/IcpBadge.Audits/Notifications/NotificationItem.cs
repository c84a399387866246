using IcpBadge.Localization;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// One thing worth telling a channel: a site's subject (an obligation, a page, a finding) in its current state, the
/// change it is, its line in a chat message and how urgent it is (lines are sorted by it).
/// </summary>
internal sealed record NotificationItem(string SiteId, string Subject, string State, AuditChange Change, LocalizedText Line, int Urgency);

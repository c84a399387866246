using IcpBadge.Localization;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// What one notification says, in one language: a title and one Markdown line per item (site, what changed, what to
/// do). A chat channel packs the lines into as few messages as its size limit allows, each with the title (which
/// contains 备案, so robots in keyword mode accept it), and ends with "…and N more" past
/// <see cref="NotificationSenderOptions.MaxMessagesPerChannel"/>. The generic webhook sends <see cref="WebhookBody"/>.
/// </summary>
public sealed class NotificationMessage
{
    /// <summary>A message titled <paramref name="title"/> with <paramref name="lines"/>, in <paramref name="language"/>.</summary>
    /// <param name="title">The heading; it must contain 备案 (keyword-mode robots drop messages without it).</param>
    /// <param name="lines">One Markdown line per item, without a list marker.</param>
    /// <param name="language">The language of the title and lines, for the words the channels add.</param>
    /// <param name="webhookBody">The JSON the generic webhook receives, UTF-8.</param>
    public NotificationMessage(string title, IReadOnlyList<string> lines, Language language, ReadOnlyMemory<byte> webhookBody)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(lines);
        if (!title.Contains("备案", StringComparison.Ordinal))
        {
            throw new ArgumentException("The title must contain 备案: robots in keyword mode drop messages without it.", nameof(title));
        }

        Title = title;
        Lines = lines;
        Language = language;
        WebhookBody = webhookBody;
    }

    /// <summary>The heading of every message (with "(2/3)" added when the lines take several).</summary>
    public string Title { get; }

    /// <summary>One Markdown line per item.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The language of <see cref="Title"/> and <see cref="Lines"/>.</summary>
    public Language Language { get; }

    /// <summary>The generic webhook's JSON body: <c>{ "runId", "changes": [ … ] }</c>.</summary>
    public ReadOnlyMemory<byte> WebhookBody { get; }
}

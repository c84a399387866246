using System.Globalization;
using System.Text;
using IcpBadge.Localization;

namespace IcpBadge.Audits.Notifications;

/// <summary>
/// Packs a message's lines into as few chat messages as fit a size test, each headed by the title, at most
/// <c>maxMessages</c> of them; the last one ends with "…and N more" when lines are left over, and a single line too
/// long for any message is cut with "…".
/// </summary>
internal static class MessageSplitter
{
    /// <summary>The Markdown of each message, in order.</summary>
    /// <param name="message">The title and lines.</param>
    /// <param name="maxMessages">How many messages at most.</param>
    /// <param name="render">Markdown of one message from its heading and lines.</param>
    /// <param name="fits">Whether a message with this heading and Markdown is within the platform's limit.</param>
    public static IReadOnlyList<(string Heading, string Markdown)> Split(
        NotificationMessage message, int maxMessages, Func<string, IReadOnlyList<string>, string> render, Func<string, string, bool> fits)
    {
        var lines = message.Lines;
        var parts = new List<List<string>>();

        // Measured with the widest numbering the heading can get, so renumbering afterwards only shortens it.
        var widest = Heading(message.Title, maxMessages, maxMessages);
        bool Fits(IReadOnlyList<string> candidate) => fits(widest, render(widest, candidate));

        var next = 0;
        while (next < lines.Count)
        {
            var last = parts.Count == maxMessages - 1;
            var part = new List<string>();
            while (next < lines.Count)
            {
                part.Add(lines[next]);
                var remaining = lines.Count - next - 1;
                var candidate = last && remaining > 0 ? [.. part, More(message.Language, remaining)] : part;
                if (!Fits(candidate))
                {
                    part.RemoveAt(part.Count - 1);
                    break;
                }

                next++;
            }

            if (part.Count == 0)
            {
                part.Add(Cut(lines[next], line => Fits(last && next + 1 < lines.Count ? [line, More(message.Language, lines.Count - next - 1)] : [line])));
                next++;
            }

            if (last && next < lines.Count)
            {
                part.Add(More(message.Language, lines.Count - next));
                next = lines.Count;
            }

            parts.Add(part);
        }

        return [.. parts.Select((part, i) =>
        {
            var heading = Heading(message.Title, i + 1, parts.Count);
            return (heading, render(heading, part));
        })];
    }

    private static string Heading(string title, int number, int count) =>
        count <= 1 ? title : string.Create(CultureInfo.InvariantCulture, $"{title} ({number}/{count})");

    private static string More(Language language, int count) => AuditsText.Format("Notify.More", count).In(language);

    /// <summary>The longest start of <paramref name="line"/> (whole characters) that fits with "…" after it.</summary>
    private static string Cut(string line, Func<string, bool> fits)
    {
        int low = 0, high = line.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (fits(Prefix(line, middle) + "…"))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Prefix(line, low) + "…";
    }

    private static string Prefix(string line, int length) =>
        length > 0 && length < line.Length && char.IsHighSurrogate(line[length - 1]) ? line[..(length - 1)] : line[..length];

    /// <summary>Size in UTF-8 bytes, what the platforms limit.</summary>
    public static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}

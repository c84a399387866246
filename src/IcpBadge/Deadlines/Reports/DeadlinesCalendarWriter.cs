using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IcpBadge.Configuration;
using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Deadlines.Reports;

/// <summary>
/// The deadlines report as an iCalendar file (RFC 5545; what <c>icp-badge deadlines --format ics</c> writes): one
/// all-day event per open obligation on its due date, with a reminder <c>warnDays</c> before. UIDs depend only on
/// the site's ICP number and the obligation (whatever the language), so re-importing the file updates events instead
/// of duplicating them. Titles, subjects, legal bases and notes are in the language chosen.
/// </summary>
/// <remarks>
/// Write to a UTF-8 writer: lines are folded at 75 octets of UTF-8, never inside a character. Properties come in
/// the order, and text is escaped and folded the way, the Ical.Net library this writer replaced did, so the files are
/// byte for byte the same.
/// </remarks>
/// <example>
/// <code>
/// var calendar = new DeadlinesCalendarWriter(writer, warnDays: 7, SystemClock.Instance.GetCurrentInstant(), Language.Zh);
/// foreach (var site in evaluated) { calendar.Add(site); }
/// calendar.Complete();
/// </code>
/// </example>
public sealed class DeadlinesCalendarWriter
{
    // RFC 5545 §3.1: content lines longer than 75 octets are folded.
    private const int LineOctets = 75;

    private readonly TextWriter _output;
    private readonly string _trigger;
    private readonly string _stamp;
    private readonly Language _language;

    /// <summary>Writes the calendar's header to <paramref name="output"/>.</summary>
    /// <param name="output">Where the calendar goes; it should encode UTF-8.</param>
    /// <param name="warnDays">How many days before the due date each reminder fires.</param>
    /// <param name="stamp">When the calendar is written (every event's <c>DTSTAMP</c>).</param>
    /// <param name="language">The language of the events' titles and descriptions.</param>
    public DeadlinesCalendarWriter(TextWriter output, int warnDays, Instant stamp, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _language = language;
        _trigger = warnDays > 0 ? $"-P{warnDays}D" : $"P{-(long)warnDays}D";
        _stamp = stamp.ToDateTimeUtc().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Line("BEGIN:VCALENDAR");
        Line("METHOD:PUBLISH");
        Line("PRODID:-//IcpBadge//icp-badge deadlines//ZH");
        Line("VERSION:2.0");
    }

    /// <summary>Writes an event for each open obligation of <paramref name="site"/> that has a due date.</summary>
    public void Add(SiteDeadlines site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var obligation in site.Obligations.Where(o => o.IsOpen && o.Due is not null))
        {
            var due = obligation.Due!.Value;
            var title = Text($"{obligation.Id} {obligation.Definition.Title.In(_language)} - {site.Name}");
            Line("BEGIN:VEVENT");
            Line("DESCRIPTION:" + Text(Description(site, obligation, _language)));
            Line("DTEND;VALUE=DATE:" + Date(due.PlusDays(1)));
            Line("DTSTAMP:" + _stamp);
            Line("DTSTART;VALUE=DATE:" + Date(due));
            Line("SEQUENCE:0");
            Line("STATUS:CONFIRMED");
            Line("SUMMARY:" + title);
            Line("TRANSP:TRANSPARENT");
            Line("UID:" + Text(Uid(site, obligation)));
            Line("BEGIN:VALARM");
            Line("ACTION:DISPLAY");
            Line("DESCRIPTION:" + title);
            Line("TRIGGER:" + _trigger);
            Line("END:VALARM");
            Line("END:VEVENT");
        }
    }

    /// <summary>Ends the calendar.</summary>
    public void Complete() => Line("END:VCALENDAR");

    /// <summary>Stable across runs: the site's ICP number, the obligation id and what it is about.</summary>
    internal static string Uid(SiteDeadlines site, Obligation obligation)
    {
        // The English subject, as before the texts had two languages: the UIDs of existing calendars stay the same.
        var key = $"{site.Site.IcpNumber}|{obligation.Id}|{obligation.Subject?.En}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
        return $"{obligation.Id.ToLowerInvariant()}-{hash}@icp-badge";
    }

    private static string Description(SiteDeadlines site, Obligation obligation, Language language)
    {
        var text = new StringBuilder()
            .Append(site.Name).Append(" (").Append(site.Site.IcpNumber).Append(")\n")
            .Append(new DeadlineRow(site, obligation).Title.In(language))
            .Append('\n')
            .Append(CoreText.Resources.Format("Deadlines.Calendar.Due", IsoDate.Format(obligation.Due!.Value), obligation.Definition.Source).In(language));
        foreach (var note in obligation.Notes)
        {
            text.Append('\n').Append(note.In(language));
        }

        return text.ToString();
    }

    private static string Date(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}{date.Month:D2}{date.Day:D2}");

    /// <summary>A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, each line break (CRLF, CR or LF) as <c>\n</c>.</summary>
    private static string Text(string value)
    {
        if (value.AsSpan().IndexOfAny("\\;,\r\n") < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\r':
                    text.Append("\\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\\' or ';' or ',':
                    text.Append('\\').Append(value[i]);
                    break;
                default:
                    text.Append(value[i]);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes a content line and CRLF, folded (CRLF and a space) before any character that would take the line past
    /// 75 octets. As Ical.Net did, each UTF-16 unit is measured alone, so half of a surrogate pair counts three
    /// octets; unlike it, a pair is never split (it moves to the next line whole).
    /// </summary>
    private void Line(string line)
    {
        if (Encoding.UTF8.GetByteCount(line) <= LineOctets)
        {
            _output.Write(line);
            _output.Write("\r\n");
            return;
        }

        var start = 0;
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var size = Octets(line[i]);
            var needed = char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? size + Octets(line[i + 1]) : size;
            if (octets + needed > LineOctets)
            {
                _output.Write(line.AsSpan(start, i - start));
                _output.Write("\r\n ");
                start = i;
                octets = 1;
            }

            octets += size;
        }

        _output.Write(line.AsSpan(start));
        _output.Write("\r\n");
    }

    private static int Octets(char c) => c switch
    {
        < '\u0080' => 1,
        < '\u0800' => 2,
        _ => 3,
    };
}

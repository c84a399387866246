using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcpBadge.Deadlines;
using NodaTime;

namespace IcpBadge.Cli.Output;

/// <summary>
/// <c>deadlines --format ics</c>: one all-day event per open obligation on its due date, with a reminder
/// <c>--warn-days</c> before. UIDs depend only on the site's ICP number and the obligation, so re-importing the file
/// updates events instead of duplicating them.
/// </summary>
internal static class DeadlinesIcsWriter
{
    public static void Write(TextWriter output, IReadOnlyList<SiteDeadlines> sites, int warnDays, Instant now)
    {
        var calendar = new Calendar { ProductId = "-//IcpBadge//icp-badge deadlines//ZH", Method = "PUBLISH" };
        var stamp = new CalDateTime(now.ToDateTimeUtc(), "UTC", true);
        foreach (var site in sites)
        {
            foreach (var obligation in site.Obligations.Where(o => o.IsOpen && o.Due is not null))
            {
                var due = obligation.Due!.Value;
                var title = $"{obligation.Id} {obligation.Definition.Title} - {site.Name}";
                var calendarEvent = new CalendarEvent
                {
                    Uid = Uid(site, obligation),
                    Summary = title,
                    Description = Description(site, obligation),
                    DtStart = new CalDateTime(due.Year, due.Month, due.Day),
                    DtEnd = new CalDateTime(due.PlusDays(1).Year, due.PlusDays(1).Month, due.PlusDays(1).Day),
                    DtStamp = stamp,
                    Transparency = "TRANSPARENT",
                    Status = "CONFIRMED",
                };
                calendarEvent.Alarms.Add(new Alarm
                {
                    Action = "DISPLAY",
                    Description = title,
                    Trigger = new Trigger(Ical.Net.DataTypes.Duration.FromDays(-warnDays)),
                });
                calendar.Events.Add(calendarEvent);
            }
        }

        output.Write(new CalendarSerializer().SerializeToString(calendar));
    }

    /// <summary>Stable across runs: the site's ICP number, the obligation id and what it is about.</summary>
    internal static string Uid(SiteDeadlines site, Obligation obligation)
    {
        var key = $"{site.Site.IcpNumber}|{obligation.Id}|{obligation.Subject}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
        return $"{obligation.Id.ToLowerInvariant()}-{hash}@icp-badge";
    }

    private static string Description(SiteDeadlines site, Obligation obligation)
    {
        var text = new StringBuilder()
            .Append(site.Name).Append(" (").Append(site.Site.IcpNumber).Append(")\n")
            .Append(obligation.Definition.Title);
        if (obligation.Subject is not null)
        {
            text.Append(" (").Append(obligation.Subject).Append(')');
        }

        text.Append("\nDue ").Append(DeadlineRows.Date(obligation.Due)).Append(" (China time). Source: ").Append(obligation.Definition.Source);
        foreach (var note in obligation.Notes)
        {
            text.Append('\n').Append(note);
        }

        return text.ToString();
    }
}

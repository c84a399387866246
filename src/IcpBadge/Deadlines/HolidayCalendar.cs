using System.Collections.Concurrent;
using NodaTime;
using IcpBadge.Configuration;

namespace IcpBadge.Deadlines;

/// <summary>
/// Working days are Monday to Friday minus a user-supplied holiday list (ISO dates, one a line, <c>#</c> comments).
/// Without a list only weekends are skipped, and results say so.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly HashSet<LocalDate> _holidays;

    /// <summary>Creates a calendar with the given holidays.</summary>
    public HolidayCalendar(IEnumerable<LocalDate> holidays, bool hasHolidayList)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        _holidays = [.. holidays];
        HasHolidayList = hasHolidayList;
    }

    /// <summary>A calendar that knows only weekends.</summary>
    public static HolidayCalendar WeekendsOnly { get; } = new([], false);

    /// <summary>Whether a holiday list was supplied.</summary>
    public bool HasHolidayList { get; }

    /// <summary>Reads a holiday list; throws <see cref="HolidayFileFormatException"/> (a <see cref="FormatException"/>) naming the file and line of a bad date.</summary>
    public static HolidayCalendar Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var holidays = new List<LocalDate>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!IsoDate.TryParse(line, out var holiday))
            {
                throw new HolidayFileFormatException(path, lineNumber, line);
            }

            holidays.Add(holiday);
        }

        return new HolidayCalendar(holidays, true);
    }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>The day <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day excluded).</summary>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}

/// <summary>Loads each holiday file once per tracker.</summary>
internal sealed class HolidayCalendarCache
{
    private readonly ConcurrentDictionary<string, HolidayCalendar> _calendars = new(StringComparer.Ordinal);

    public HolidayCalendar For(string? path) => path is null ? HolidayCalendar.WeekendsOnly : _calendars.GetOrAdd(path, HolidayCalendar.Load);
}

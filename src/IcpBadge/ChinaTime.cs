using NodaTime;

namespace IcpBadge;

/// <summary>China Standard Time: every filing date is a calendar date in <c>Asia/Shanghai</c>.</summary>
public static class ChinaTime
{
    /// <summary>The <c>Asia/Shanghai</c> zone from the TZDB.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Today's date in China according to <paramref name="clock"/>, whatever the machine's time zone.</summary>
    public static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(Zone).Date;
    }

    /// <summary>The instant the China year after <paramref name="year"/> begins.</summary>
    public static Instant StartOfYear(int year) => new LocalDate(year, 1, 1).AtStartOfDayInZone(Zone).ToInstant();
}

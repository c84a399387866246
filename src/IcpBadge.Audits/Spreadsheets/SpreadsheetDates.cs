using System.Globalization;
using IcpBadge.Configuration;
using NodaTime;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// Dates as spreadsheets hold them: Excel date serials (days since 1899-12-30, the 1900 date system) and the short
/// forms Excel writes when it saves a CSV (<c>2026/11/1</c> on Chinese Windows). Everything else is left for the
/// core to refuse with its own message.
/// </summary>
internal static class SpreadsheetDates
{
    private static readonly LocalDate Epoch = new(1899, 12, 30);

    /// <summary>The ISO date of an Excel serial (the time of day is dropped); null before 1900-03-01 (Excel counts a 29 February 1900 that never was) or after 9999.</summary>
    public static string? FromSerial(double serial) =>
        serial is >= 61 and < 2958466 ? IsoDate.Format(Epoch.PlusDays((int)Math.Floor(serial))) : null;

    /// <summary><c>YYYY-MM-DD</c> for a date cell's serial or a <c>Y/M/D</c>, <c>Y-M-D</c>, <c>Y.M.D</c> or <c>Y年M月D日</c> text; otherwise the text unchanged.</summary>
    public static string Normalize(string text, double? serial)
    {
        if (serial is { } number && FromSerial(number) is { } date)
        {
            return date;
        }

        var parts = text.TrimEnd('日').Split(['/', '-', '.', '年', '月']);
        return parts.Length == 3
            && parts[0].Length == 4
            && parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsAsciiDigit))
            && int.Parse(parts[1], CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month
            && int.Parse(parts[2], CultureInfo.InvariantCulture) is >= 1 and <= 31 and var day
            && day <= CalendarSystem.Iso.GetDaysInMonth(int.Parse(parts[0], CultureInfo.InvariantCulture), month)
                ? $"{parts[0]}-{month:00}-{day:00}"
                : text;
    }
}

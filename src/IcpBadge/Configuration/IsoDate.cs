using NodaTime;
using NodaTime.Text;

namespace IcpBadge.Configuration;

/// <summary>
/// <c>YYYY-MM-DD</c> dates, the only date form configurations, inventories and reports use. Reading and writing them
/// by hand keeps NodaTime's pattern engine (slow to build, slow to start) out of hot loops and short-lived processes.
/// </summary>
public static class IsoDate
{
    /// <summary>The length of a formatted date: <c>2026-11-24</c>.</summary>
    public const int Length = 10;

    /// <summary>Reads exactly <c>YYYY-MM-DD</c> (years 0001–9999), no spaces.</summary>
    /// <returns><see langword="true"/> when <paramref name="text"/> is such a date and exists in the ISO calendar.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != Length || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = Digits(text.Slice(0, 4));
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Reads a date as <see cref="TryParse"/> does, ignoring surrounding whitespace.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a <c>YYYY-MM-DD</c> date.</exception>
    public static LocalDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan().Trim(), out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-01.");
    }

    /// <summary>Writes <paramref name="date"/> as <c>YYYY-MM-DD</c>.</summary>
    public static string Format(LocalDate date) =>
        date.Year is >= 1 and <= 9999
            ? string.Create(Length, date, static (chars, d) => Write(d, chars))
            : LocalDatePattern.Iso.Format(date);

    /// <summary>Writes <paramref name="date"/> as <c>YYYY-MM-DD</c> into <paramref name="destination"/>.</summary>
    /// <returns><see langword="false"/> when the destination is shorter than <see cref="Length"/> or the year is outside 1–9999.</returns>
    public static bool TryFormat(LocalDate date, Span<char> destination)
    {
        if (destination.Length < Length || date.Year is < 1 or > 9999)
        {
            return false;
        }

        Write(date, destination);
        return true;
    }

    private static void Write(LocalDate date, Span<char> chars)
    {
        Pad(chars.Slice(0, 4), date.Year);
        chars[4] = '-';
        Pad(chars.Slice(5, 2), date.Month);
        chars[7] = '-';
        Pad(chars.Slice(8, 2), date.Day);
    }

    private static void Pad(Span<char> chars, int value)
    {
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}

using IcpBadge.Configuration;
using NodaTime;
using NodaTime.Text;

namespace IcpBadge.Tests.Configuration;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2026-11-24", 2026, 11, 24)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void TryParse_ReadsCalendarDates(string text, int year, int month, int day)
    {
        Assert.True(IsoDate.TryParse(text, out var date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-1-24")]
    [InlineData("2026/11/24")]
    [InlineData("2026-11-24T00:00")]
    [InlineData("２０２６-11-24")]
    [InlineData("2025-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("0000-01-01")]
    [InlineData(" 2026-11-24")]
    public void TryParse_RefusesAnythingElse(string text)
    {
        Assert.False(IsoDate.TryParse(text, out _));
    }

    [Fact]
    public void Parse_TrimsWhitespace_AndNamesTheTextWhenItFails()
    {
        Assert.Equal(new LocalDate(2026, 11, 24), IsoDate.Parse(" 2026-11-24\n"));

        var error = Assert.Throws<FormatException>(() => IsoDate.Parse("24.11.2026"));
        Assert.Contains("'24.11.2026'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 11, 24)]
    [InlineData(2026, 1, 5)]
    [InlineData(1, 1, 1)]
    [InlineData(987, 6, 7)]
    [InlineData(9999, 12, 31)]
    public void Format_AgreesWithNodaTimesIsoPattern(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(LocalDatePattern.Iso.Format(date), IsoDate.Format(date));
        Span<char> text = stackalloc char[IsoDate.Length];
        Assert.True(IsoDate.TryFormat(date, text));
        Assert.Equal(IsoDate.Format(date), text.ToString());
    }

    [Fact]
    public void Format_OutsideFourDigitYears_FallsBackToNodaTime_AndTryFormatDeclines()
    {
        var date = new LocalDate(-5, 3, 1);

        Assert.Equal(LocalDatePattern.Iso.Format(date), IsoDate.Format(date));
        Assert.False(IsoDate.TryFormat(date, stackalloc char[IsoDate.Length]));
        Assert.False(IsoDate.TryFormat(new LocalDate(2026, 11, 24), stackalloc char[IsoDate.Length - 1]));
    }
}

using IcpBadge.Localization;

namespace IcpBadge.Deadlines;

/// <summary>
/// A holiday list (<c>HolidaysFile</c>) with a line that is not a date. The message names the file and the line, in
/// English; <see cref="Text"/> has it in both languages.
/// </summary>
public sealed class HolidayFileFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="content"/>, found on line <paramref name="line"/> of <paramref name="path"/>.</summary>
    public HolidayFileFormatException(string path, int line, string content)
        : this(path, line, CoreText.Resources.Format("Deadlines.HolidayFile.NotADate", path, line, content))
    {
    }

    private HolidayFileFormatException(string path, int line, LocalizedText text)
        : base(text.En)
    {
        Path = path;
        Line = line;
        Text = text;
    }

    /// <summary>The holiday file, as it was given.</summary>
    public string Path { get; }

    /// <summary>The line (from 1) that is not a date.</summary>
    public int Line { get; }

    /// <summary>The message in both languages.</summary>
    public LocalizedText Text { get; }
}

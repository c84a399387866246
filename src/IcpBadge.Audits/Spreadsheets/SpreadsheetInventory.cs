using System.Text;
using IcpBadge.Configuration;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// Inventories kept as spreadsheets (<c>.csv</c>, <c>.xlsx</c>), read into the same <see cref="SiteProfileResult"/>s as
/// <see cref="SiteInventory.Read"/> gives for the equivalent JSON inventory. The first row names the fields
/// (<see cref="Columns"/>: <c>Site.Name</c>, <c>Icp.Number</c>, <c>Site.LaunchedOn</c>…); each following row is a site.
/// Lists (<c>Site.Domains</c>, <c>Copyright.Aliases</c>) are separated by <c>;</c>, and a domain filed under its own
/// website number is written <c>host=number</c>. <c>Changes</c> are written only in JSON inventories. Empty rows are
/// skipped. Problems name the cell: <c>sites.xlsx!Sheet1!C7</c>, <c>sites.csv:7:Icp.Number</c>.
/// </summary>
/// <example>
/// <code>
/// foreach (var site in SpreadsheetInventory.ReadFile("sites.xlsx", sheet: "网站"))
/// {
///     if (site.Success) { Console.WriteLine(site.Profile.Name); }
///     else { site.Problems.ToList().ForEach(Console.Error.WriteLine); }
/// }
/// </code>
/// </example>
public static class SpreadsheetInventory
{
    /// <summary>
    /// Every column a spreadsheet inventory can have, in the order of the configuration schema: every field of
    /// <see cref="IcpBadgeOptions"/> except <c>Changes</c>, as a dotted path (<c>Police.SubmittedOn</c>).
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } = [.. InventoryColumns.All.Select(column => column.Path)];

    /// <summary>The spreadsheet format <paramref name="path"/>'s extension names (<c>.csv</c>, <c>.xlsx</c>, any case); null for any other file.</summary>
    public static SpreadsheetFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SpreadsheetFile.FormatOf(path);
    }

    /// <summary>Reads the sites of a spreadsheet inventory lazily, in row order: one result per non-empty row.</summary>
    /// <param name="stream">The spreadsheet; read on the first step of the enumeration; not closed.</param>
    /// <param name="format">CSV or XLSX.</param>
    /// <param name="baseDirectory">Where relative file paths of the sites (the emblem, the holiday list) are resolved; the current directory when null.</param>
    /// <param name="sourceName">What to call the file in problems and in an <see cref="InventoryFormatException"/>, e.g. <c>sites.xlsx</c>.</param>
    /// <param name="sheet">For XLSX, the worksheet to read (exact name, else any letter case); the first when null. Must be null for CSV.</param>
    /// <returns>The sites, read and validated one at a time as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentException"><paramref name="sheet"/> is given for a CSV file.</exception>
    /// <exception cref="InventoryFormatException">While enumerating: the file is not such a spreadsheet, has no such sheet, or its header row names no field, an unknown one, one twice, or <c>Changes</c>.</exception>
    public static IEnumerable<SiteProfileResult> Read(Stream stream, SpreadsheetFormat format, string? baseDirectory = null, string? sourceName = null, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (sheet is not null && format != SpreadsheetFormat.Xlsx)
        {
            throw new ArgumentException(AuditsText.Get("Spreadsheet.SheetNeedsXlsx").En, nameof(sheet));
        }

        return ReadSites(stream, format, baseDirectory ?? Directory.GetCurrentDirectory(), sourceName, sheet);
    }

    /// <summary>
    /// Reads any inventory file: <c>.csv</c> and <c>.xlsx</c> as spreadsheets, everything else as JSON with
    /// <see cref="SiteInventory.ReadFile"/>. Relative paths of the sites resolve against the file's folder; problems
    /// name the file as given. The file is opened on the first step of the enumeration and closed when it ends.
    /// </summary>
    /// <param name="path">The inventory file.</param>
    /// <param name="sheet">For an <c>.xlsx</c> file, the worksheet to read; the first when null.</param>
    /// <exception cref="InventoryFileException">While enumerating: the file does not exist, is a folder, or cannot be read.</exception>
    /// <exception cref="InventoryFormatException">While enumerating: the file is not an inventory, or <paramref name="sheet"/> is given for a file that is not <c>.xlsx</c>.</exception>
    public static IEnumerable<SiteProfileResult> ReadFile(string path, string? sheet = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFileSites(path, sheet);
    }

    /// <summary>
    /// Writes an empty inventory with every column (<see cref="Columns"/>) and no sites, for people to fill in: a CSV
    /// header row (UTF-8 with a byte order mark, so Excel shows Chinese text right), or a workbook with a bold, frozen
    /// header, readable widths, date columns formatted as dates and the others as text.
    /// </summary>
    /// <param name="output">Where to write; for XLSX a seekable stream. Not closed.</param>
    /// <param name="format">CSV or XLSX.</param>
    public static void WriteTemplate(Stream output, SpreadsheetFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == SpreadsheetFormat.Csv)
        {
            var header = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join(',', Columns) + "\r\n")).ToArray();
            output.Write(header);
            return;
        }

        var dates = InventoryColumns.All.Select((column, index) => (column, index)).Where(p => p.column.Kind == ColumnKind.Date).Select(p => p.index).ToHashSet();
        using var workbook = new XlsxWriter(output, "Sites", Columns, [.. Columns.Select(c => XlsxWriter.Width(c, 14))], dates);
        workbook.Complete();
    }

    /// <summary>Writes the template of <see cref="WriteTemplate"/> to the file <paramref name="path"/> (<c>.csv</c> or <c>.xlsx</c>), whole or not at all.</summary>
    /// <exception cref="SpreadsheetException">The name ends in neither <c>.csv</c> nor <c>.xlsx</c>, or the file cannot be written.</exception>
    public static void WriteTemplateFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var format = SpreadsheetFile.RequireFormat(path);
        SpreadsheetFile.WriteAtomically(path, stream => WriteTemplate(stream, format));
    }

    private static IEnumerable<SiteProfileResult> ReadSites(Stream stream, SpreadsheetFormat format, string baseDirectory, string? sourceName, string? sheet)
    {
        using var source = Open(stream, format, sourceName, sheet);
        foreach (var site in SiteRowReader.Read(source, sourceName, baseDirectory))
        {
            yield return site;
        }
    }

    private static ISheetSource Open(Stream stream, SpreadsheetFormat format, string? sourceName, string? sheet)
    {
        if (format == SpreadsheetFormat.Csv)
        {
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return new CsvSheet(CsvSheet.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)), sourceName);
        }

        if (stream.CanSeek)
        {
            return XlsxSheet.Open(stream, sheet, sourceName);
        }

        // A ZIP package is read from its end: a pipe is copied first.
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return XlsxSheet.Open(copy, sheet, sourceName);
    }

    private static IEnumerable<SiteProfileResult> ReadFileSites(string path, string? sheet)
    {
        var format = SpreadsheetFile.FormatOf(path);
        if (format is null && sheet is not null)
        {
            throw new InventoryFormatException(path, null, AuditsText.Get("Spreadsheet.SheetNeedsXlsx"));
        }

        var full = Path.GetFullPath(path);
        if (format is not { } spreadsheet || !File.Exists(full))
        {
            // JSON, or a file that is missing or a folder: the core reads it and says so in its own words.
            foreach (var site in SiteInventory.ReadFile(path))
            {
                yield return site;
            }

            yield break;
        }

        if (spreadsheet == SpreadsheetFormat.Csv && sheet is not null)
        {
            throw new InventoryFormatException(path, null, AuditsText.Get("Spreadsheet.SheetNeedsXlsx"));
        }

        FileStream file;
        try
        {
            file = File.OpenRead(full);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InventoryFileException(full, AuditsText.Format("Spreadsheet.CannotRead", full, exception.Message.ReplaceLineEndings(" ")), exception);
        }

        using (file)
        {
            foreach (var site in ReadSites(file, spreadsheet, Path.GetDirectoryName(full)!, path, sheet))
            {
                yield return site;
            }
        }
    }
}

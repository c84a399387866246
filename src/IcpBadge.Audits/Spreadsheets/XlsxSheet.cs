using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcpBadge.Configuration;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// One worksheet of an XLSX workbook, its rows read one at a time with the Open XML SDK's streaming reader. Texts come
/// from the shared strings or the cell; numbers as their invariant text; cells formatted as dates (built-in or custom
/// date formats, either date system) as <c>YYYY-MM-DD</c>; TRUE/FALSE as <c>true</c>/<c>false</c>.
/// </summary>
internal sealed class XlsxSheet : ISheetSource
{
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _worksheet;
    private readonly string? _sourceName;
    private readonly string _sheetName;
    private readonly List<string> _sharedStrings;
    private readonly bool[] _dateStyles;
    private readonly bool _date1904;

    private XlsxSheet(SpreadsheetDocument document, WorksheetPart worksheet, string sheetName, string? sourceName)
    {
        _document = document;
        _worksheet = worksheet;
        _sheetName = sheetName;
        _sourceName = sourceName;
        var workbook = document.WorkbookPart!;
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
        _dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
        _date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
    }

    /// <summary>Opens the sheet named <paramref name="sheet"/> (the first when null) of the workbook in <paramref name="stream"/>.</summary>
    /// <exception cref="InventoryFormatException">The stream is no XLSX workbook, or it has no such sheet.</exception>
    public static XlsxSheet Open(Stream stream, string? sheet, string? sourceName)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FileFormatException)
        {
            throw new InventoryFormatException(sourceName, null, AuditsText.Format("Spreadsheet.NotXlsx", exception.Message.ReplaceLineEndings(" ")));
        }

        try
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var chosen = sheet is null
                ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => s.Name?.Value == sheet) ?? sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, sheet, StringComparison.OrdinalIgnoreCase));
            if (chosen?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                var names = string.Join(", ", sheets.Select(s => s.Name?.Value));
                throw new InventoryFormatException(sourceName, null, sheet is null
                    ? AuditsText.Get("Spreadsheet.NoSheets")
                    : AuditsText.Format("Spreadsheet.NoSuchSheet", sheet, names));
            }

            return new XlsxSheet(document, part, chosen.Name?.Value ?? "Sheet1", sourceName);
        }
        catch (Exception exception) when (exception is not InventoryFormatException)
        {
            document.Dispose();
            throw exception is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentOutOfRangeException
                ? new InventoryFormatException(sourceName, null, AuditsText.Format("Spreadsheet.NotXlsx", exception.Message.ReplaceLineEndings(" ")))
                : exception;
        }
    }

    public IEnumerable<SheetRow> Rows()
    {
        using var reader = OpenXmlReader.Create(_worksheet);
        var previous = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : previous + 1;
            previous = number;
            var cells = new List<SheetCell?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = SiteRowReader.ColumnIndex(cell.CellReference?.Value);
                if (column < 0)
                {
                    column = cells.Count;
                }

                while (cells.Count <= column)
                {
                    cells.Add(null);
                }

                cells[column] = Read(cell);
            }

            yield return new SheetRow(number, cells);
        }
    }

    public string CellName(int row, int column, string field) => Prefix() + SiteRowReader.ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    public string FieldName(int row, string field) => $"{Prefix()}{row.ToString(CultureInfo.InvariantCulture)}:{field}";

    public void Dispose() => _document.Dispose();

    private string Prefix() => _sourceName is null ? $"{_sheetName}!" : $"{_sourceName}!{_sheetName}!";

    private SheetCell? Read(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _sharedStrings.Count
                ? new SheetCell(_sharedStrings[index])
                : null;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? new SheetCell(ItemText(inline)) : null;
        }

        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.Boolean)
        {
            return new SheetCell(raw == "1" ? "true" : "false");
        }

        if (type == CellValues.Date)
        {
            // ISO 8601 date cells (strict Open XML): the date part.
            return new SheetCell(raw.Length >= 10 ? raw[..10] : raw);
        }

        if (type is null || type == CellValues.Number)
        {
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return new SheetCell(raw);
            }

            var serial = _date1904 ? number + 1462 : number;
            var style = (int)(cell.StyleIndex?.Value ?? 0);
            return style < _dateStyles.Length && _dateStyles[style] && SpreadsheetDates.FromSerial(serial) is { } date
                ? new SheetCell(date, serial)
                : new SheetCell(SiteRowReader.NumberText(raw), serial);
        }

        // Formula strings and errors (#N/A…): their text.
        return new SheetCell(raw);
    }

    /// <summary>A shared or inline string's text: its plain text, or its rich-text runs joined, without phonetic guides.</summary>
    private static string ItemText(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text
        ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text));

    /// <summary>For each cell format (the <c>s</c> of a cell), whether its number format shows a date.</summary>
    private static bool[] DateStyles(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        return styles?.CellFormats?.Elements<CellFormat>()
            .Select(format => format.NumberFormatId?.Value is { } id && IsDateFormat(id, custom))
            .ToArray() ?? [];
    }

    private static bool IsDateFormat(uint id, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(id, out var code))
        {
            // Quoted literals ("年"), escapes (\-) and [colour]/[$-804] sections say nothing about dates.
            var bare = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", string.Empty);
            return bare.IndexOfAny(['y', 'Y', 'd', 'D']) >= 0 || (bare.Contains('m', StringComparison.OrdinalIgnoreCase) && !bare.Contains('h', StringComparison.OrdinalIgnoreCase) && !bare.Contains('s', StringComparison.OrdinalIgnoreCase));
        }

        // Built-in date formats, including those of Chinese, Japanese and Korean Excel (27–36, 50–58).
        return id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58);
    }
}

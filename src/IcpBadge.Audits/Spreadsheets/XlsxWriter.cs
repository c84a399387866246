using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcpBadge.Configuration;
using NodaTime;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// Writes a one-sheet workbook row by row with the Open XML SDK's streaming writer: a bold header row, frozen, with
/// column widths; texts as inline strings (never formulas), numbers, and dates as date cells shown <c>yyyy-mm-dd</c>.
/// </summary>
internal sealed class XlsxWriter : IDisposable
{
    private const uint BoldStyle = 1;
    private const uint DateStyle = 2;
    private const uint TextStyle = 3;
    private static readonly LocalDate Epoch = new(1899, 12, 30);
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _sheet;
    private uint _row;
    private bool _completed;

    /// <summary>Starts the workbook on <paramref name="output"/> (seekable) with its header row.</summary>
    /// <param name="output">Where the workbook goes.</param>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="header">The header texts.</param>
    /// <param name="widths">Each column's width in characters.</param>
    /// <param name="dateColumns">Columns whose empty cells are formatted as dates, so dates typed there become date cells.</param>
    public XlsxWriter(Stream output, string sheetName, IReadOnlyList<string> header, IReadOnlyList<double> widths, IReadOnlySet<int>? dateColumns = null)
    {
        // Relationship ids are given, not generated at random, so the same rows make the same parts.
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
        var worksheet = workbook.AddNewPart<WorksheetPart>("rId1");
        var styles = workbook.AddNewPart<WorkbookStylesPart>("rId2");
        styles.Stylesheet = Styles();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName }));

        _sheet = OpenXmlWriter.Create(worksheet);
        _sheet.WriteStartElement(new Worksheet());
        _sheet.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        var columns = new Columns();
        for (var i = 0; i < widths.Count; i++)
        {
            var column = new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true };
            column.Style = dateColumns?.Contains(i) == true ? DateStyle : TextStyle;
            columns.Append(column);
        }

        _sheet.WriteElement(columns);
        _sheet.WriteStartElement(new SheetData());
        WriteRow([.. header.Select(text => (object?)text)], BoldStyle);
    }

    /// <summary>Writes a row: a <see cref="string"/> as text, an <see cref="int"/> as a number, a <see cref="LocalDate"/> as a date cell; null leaves the cell empty.</summary>
    public void WriteRow(IReadOnlyList<object?> values) => WriteRow(values, null);

    /// <summary>Ends the sheet and saves the workbook.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.Dispose();
        _document.Dispose();
    }

    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            _sheet.Dispose();
            _document.Dispose();
        }
    }

    private void WriteRow(IReadOnlyList<object?> values, uint? style)
    {
        _row++;
        var row = new Row { RowIndex = _row };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = SiteRowReader.ColumnLetters(i) + _row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Cell? cell = values[i] switch
            {
                string text => new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString },
                int number => new Cell(new CellValue(number)) { DataType = CellValues.Number },
                LocalDate date => new Cell(new CellValue(Period.Between(Epoch, date, PeriodUnits.Days).Days)) { StyleIndex = DateStyle },
                _ => null,
            };
            if (cell is not null)
            {
                cell.CellReference = reference;
                if (style is { } bold)
                {
                    cell.StyleIndex = bold;
                }

                row.Append(cell);
            }
        }

        _sheet.WriteElement(row);
    }

    /// <summary>Formats 0 default, 1 bold, 2 ISO date, 3 text (so numbers typed into a template stay as written).</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>A width in characters for <paramref name="text"/>, counting a CJK character as two.</summary>
    public static double Width(string text, double minimum) =>
        Math.Min(60, Math.Max(minimum, text.Sum(c => c > 0x2E80 ? 2 : 1) + 2));
}

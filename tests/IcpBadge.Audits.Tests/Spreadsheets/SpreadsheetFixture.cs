using System.Collections;
using System.Globalization;
using System.Reflection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcpBadge.Configuration;

namespace IcpBadge.Audits.Tests.Spreadsheets;

/// <summary>Helpers of the spreadsheet tests: fixture paths, a site described field by field, a workbook written cell by cell.</summary>
internal static class SpreadsheetFixture
{
    /// <summary>The full path of a file of <c>Fixtures/</c>.</summary>
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Every public property of the profile, so two profiles compare field by field.</summary>
    public static string Describe(SiteProfileResult result) =>
        result.Success
            ? string.Join("\n", typeof(SiteProfile).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => $"{p.Name}={Text(p.GetValue(result.Profile))}"))
            : "problems: " + string.Join("\n", result.Problems);

    private static string Text(object? value) =>
        value switch
        {
            null => "null",
            string text => text,
            IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };

    /// <summary>
    /// Writes a workbook whose first sheet, <paramref name="sheetName"/>, holds <paramref name="rows"/>: a string as
    /// a shared string, a <see cref="double"/> as a number, a <see cref="DateOnly"/> as a date cell (built-in format 14).
    /// </summary>
    public static void WriteWorkbook(string path, string sheetName, params object?[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = (char)('A' + c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                switch (rows[r][c])
                {
                    case string text:
                        strings.SharedStringTable.Append(new SharedStringItem(new Text(text)));
                        row.Append(new Cell(new CellValue(strings.SharedStringTable.Count() - 1)) { CellReference = reference, DataType = CellValues.SharedString });
                        break;
                    case double number:
                        row.Append(new Cell(new CellValue(number)) { CellReference = reference });
                        break;
                    case DateOnly date:
                        row.Append(new Cell(new CellValue(date.DayNumber - new DateOnly(1899, 12, 30).DayNumber)) { CellReference = reference, StyleIndex = 1 });
                        break;
                }
            }

            data.Append(row);
        }

        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
    }
}

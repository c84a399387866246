using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using NodaTime;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// Writes a one-sheet workbook row by row as SpreadsheetML in a ZIP package: a bold header row, frozen, with column
/// widths; texts as inline strings (never formulas), numbers, and dates as date cells shown <c>yyyy-mm-dd</c>.
/// </summary>
/// <remarks>
/// Written with <see cref="ZipArchive"/> and <see cref="XmlWriter"/>: six small fixed parts and one streamed sheet.
/// An Open XML library's generated schema types more than doubled the native binary's size for this.
/// Entry times are fixed, so the same rows make the same bytes.
/// </remarks>
internal sealed class XlsxWriter : IDisposable
{
    private const int BoldStyle = 1;
    private const int DateStyle = 2;
    private const int TextStyle = 3;
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly LocalDate Epoch = new(1899, 12, 30);
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive _package;
    private readonly Stream _sheetStream;
    private readonly XmlWriter _sheet;
    private int _row;
    private bool _completed;

    /// <summary>Starts the workbook on <paramref name="output"/> with its header row.</summary>
    /// <param name="output">Where the workbook goes.</param>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="header">The header texts.</param>
    /// <param name="widths">Each column's width in characters.</param>
    /// <param name="dateColumns">Columns whose empty cells are formatted as dates, so dates typed there become date cells.</param>
    public XlsxWriter(Stream output, string sheetName, IReadOnlyList<string> header, IReadOnlyList<double> widths, IReadOnlySet<int>? dateColumns = null)
    {
        _package = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
            "</Types>");
        Part("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
            "</Relationships>");
        Part("xl/workbook.xml",
            $"<workbook xmlns=\"{MainNamespace}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
            $"<sheets><sheet name=\"{Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
            "</Relationships>");
        // Formats 0 default, 1 bold, 2 ISO date, 3 text (so numbers typed into a template stay as written).
        Part("xl/styles.xml",
            $"<styleSheet xmlns=\"{MainNamespace}\">" +
            "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>" +
            "<fonts count=\"2\"><font/><font><b/></font></fonts>" +
            "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
            "<borders count=\"1\"><border/></borders>" +
            "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>" +
            "<cellXfs count=\"4\"><xf/><xf fontId=\"1\" applyFont=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"49\" applyNumberFormat=\"1\"/></cellXfs>" +
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" +
            "</styleSheet>");

        var entry = _package.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        _sheetStream = entry.Open();
        _sheet = XmlWriter.Create(_sheetStream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        _sheet.WriteStartDocument(standalone: true);
        _sheet.WriteStartElement("worksheet", MainNamespace);
        _sheet.WriteStartElement("sheetViews", MainNamespace);
        _sheet.WriteStartElement("sheetView", MainNamespace);
        _sheet.WriteAttributeString("workbookViewId", "0");
        _sheet.WriteStartElement("pane", MainNamespace);
        _sheet.WriteAttributeString("ySplit", "1");
        _sheet.WriteAttributeString("topLeftCell", "A2");
        _sheet.WriteAttributeString("activePane", "bottomLeft");
        _sheet.WriteAttributeString("state", "frozen");
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteStartElement("cols", MainNamespace);
        for (var i = 0; i < widths.Count; i++)
        {
            var column = Number(i + 1);
            _sheet.WriteStartElement("col", MainNamespace);
            _sheet.WriteAttributeString("min", column);
            _sheet.WriteAttributeString("max", column);
            _sheet.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
            _sheet.WriteAttributeString("style", Number(dateColumns?.Contains(i) == true ? DateStyle : TextStyle));
            _sheet.WriteAttributeString("customWidth", "1");
            _sheet.WriteEndElement();
        }

        _sheet.WriteEndElement();
        _sheet.WriteStartElement("sheetData", MainNamespace);
        WriteRow([.. header.Select(text => (object?)text)], BoldStyle);
    }

    /// <summary>Writes a row: a <see cref="string"/> as text, an <see cref="int"/> as a number, a <see cref="LocalDate"/> as a date cell; null leaves the cell empty.</summary>
    public void WriteRow(IReadOnlyList<object?> values) => WriteRow(values, null);

    /// <summary>Ends the sheet and writes the package's central directory.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndDocument();
        _sheet.Dispose();
        _sheetStream.Dispose();
        _package.Dispose();
    }

    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            _sheet.Dispose();
            _sheetStream.Dispose();
            _package.Dispose();
        }
    }

    /// <summary>A width in characters for <paramref name="text"/>, counting a CJK character as two.</summary>
    public static double Width(string text, double minimum) =>
        Math.Min(60, Math.Max(minimum, text.Sum(c => c > 0x2E80 ? 2 : 1) + 2));

    private void WriteRow(IReadOnlyList<object?> values, int? style)
    {
        _row++;
        var rowNumber = Number(_row);
        _sheet.WriteStartElement("row", MainNamespace);
        _sheet.WriteAttributeString("r", rowNumber);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not (string or int or LocalDate))
            {
                continue;
            }

            _sheet.WriteStartElement("c", MainNamespace);
            _sheet.WriteAttributeString("r", SiteRowReader.ColumnLetters(i) + rowNumber);
            var cellStyle = style ?? (values[i] is LocalDate ? DateStyle : (int?)null);
            if (cellStyle is { } s)
            {
                _sheet.WriteAttributeString("s", Number(s));
            }

            switch (values[i])
            {
                case string text:
                    _sheet.WriteAttributeString("t", "inlineStr");
                    _sheet.WriteStartElement("is", MainNamespace);
                    _sheet.WriteStartElement("t", MainNamespace);
                    _sheet.WriteAttributeString("xml", "space", null, "preserve");
                    _sheet.WriteString(XmlSafe(text));
                    _sheet.WriteEndElement();
                    _sheet.WriteEndElement();
                    break;
                case int number:
                    _sheet.WriteAttributeString("t", "n");
                    _sheet.WriteElementString("v", MainNamespace, Number(number));
                    break;
                case LocalDate date:
                    _sheet.WriteElementString("v", MainNamespace, Number(Period.Between(Epoch, date, PeriodUnits.Days).Days));
                    break;
            }

            _sheet.WriteEndElement();
        }

        _sheet.WriteEndElement();
    }

    private void Part(string name, string xml)
    {
        var entry = _package.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + xml);
        stream.Write(bytes);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => System.Security.SecurityElement.Escape(XmlSafe(text));

    /// <summary>Drops characters XML 1.0 cannot carry (control characters), which would otherwise make the writer throw.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i, 2);
                i++;
            }
        }

        return safe.Length == text.Length ? text : safe.ToString();
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Xml;
using IcpBadge.Configuration;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// One worksheet of an XLSX workbook, its rows read one at a time straight from the package's XML. Texts come from the
/// shared strings or the cell; numbers as their invariant text; cells formatted as dates (built-in or custom date
/// formats, either date system) as <c>YYYY-MM-DD</c>; TRUE/FALSE as <c>true</c>/<c>false</c>.
/// </summary>
/// <remarks>
/// Read with <see cref="ZipArchive"/> and <see cref="XmlReader"/> rather than an Open XML library: an inventory needs
/// four parts of the package, and the SDK's generated schema types more than doubled the native binary's size.
/// Elements are matched by local name, so transitional and strict Open XML both read.
/// </remarks>
internal sealed class XlsxSheet : ISheetSource
{
    private readonly ZipArchive _package;
    private readonly ZipArchiveEntry _worksheet;
    private readonly string? _sourceName;
    private readonly string _sheetName;
    private readonly List<string> _sharedStrings;
    private readonly bool[] _dateStyles;
    private readonly bool _date1904;

    private XlsxSheet(ZipArchive package, ZipArchiveEntry worksheet, string sheetName, string? sourceName, List<string> sharedStrings, bool[] dateStyles, bool date1904)
    {
        _package = package;
        _worksheet = worksheet;
        _sheetName = sheetName;
        _sourceName = sourceName;
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
        _date1904 = date1904;
    }

    /// <summary>Opens the sheet named <paramref name="sheet"/> (the first when null) of the workbook in <paramref name="stream"/>.</summary>
    /// <exception cref="InventoryFormatException">The stream is no XLSX workbook, or it has no such sheet.</exception>
    public static XlsxSheet Open(Stream stream, string? sheet, string? sourceName)
    {
        ZipArchive package;
        try
        {
            package = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            throw NotXlsx(sourceName, exception);
        }

        try
        {
            var workbook = package.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("xl/workbook.xml is missing");
            var (sheets, date1904) = ReadWorkbook(workbook);
            var targets = ReadRelationships(package.GetEntry("xl/_rels/workbook.xml.rels"));
            var chosen = sheet is null
                ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => s.Name == sheet) ?? sheets.FirstOrDefault(s => string.Equals(s.Name, sheet, StringComparison.OrdinalIgnoreCase));
            if (chosen is null || !targets.TryGetValue(chosen.RelationshipId, out var target) || package.GetEntry(PartName(target)) is not { } part)
            {
                throw new InventoryFormatException(sourceName, null, sheet is null
                    ? AuditsText.Get("Spreadsheet.NoSheets")
                    : AuditsText.Format("Spreadsheet.NoSuchSheet", sheet, string.Join(", ", sheets.Select(s => s.Name))));
            }

            var sharedStrings = ReadSharedStrings(package.GetEntry(targets.Values.FirstOrDefault(t => t.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase)) is { } shared ? PartName(shared) : "xl/sharedStrings.xml"));
            var dateStyles = ReadDateStyles(package.GetEntry(targets.Values.FirstOrDefault(t => t.EndsWith("styles.xml", StringComparison.OrdinalIgnoreCase)) is { } styles ? PartName(styles) : "xl/styles.xml"));
            return new XlsxSheet(package, part, chosen.Name, sourceName, sharedStrings, dateStyles, date1904);
        }
        catch (Exception exception) when (exception is not InventoryFormatException)
        {
            package.Dispose();
            throw exception is InvalidDataException or IOException or XmlException
                ? NotXlsx(sourceName, exception)
                : exception;
        }
    }

    public IEnumerable<SheetRow> Rows()
    {
        using var stream = _worksheet.Open();
        using var reader = XmlReader.Create(stream, ReaderSettings);
        var previous = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            var number = int.TryParse(reader.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) ? index : previous + 1;
            previous = number;
            var cells = new List<SheetCell?>();
            if (!reader.IsEmptyElement)
            {
                var depth = reader.Depth;
                while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
                    {
                        var column = SiteRowReader.ColumnIndex(reader.GetAttribute("r"));
                        if (column < 0)
                        {
                            column = cells.Count;
                        }

                        while (cells.Count <= column)
                        {
                            cells.Add(null);
                        }

                        cells[column] = ReadCell(reader);
                    }
                }
            }

            yield return new SheetRow(number, cells);
        }
    }

    public string CellName(int row, int column, string field) => Prefix() + SiteRowReader.ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    public string FieldName(int row, string field) => $"{Prefix()}{row.ToString(CultureInfo.InvariantCulture)}:{field}";

    public void Dispose() => _package.Dispose();

    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    private static InventoryFormatException NotXlsx(string? sourceName, Exception exception) =>
        new(sourceName, null, AuditsText.Format("Spreadsheet.NotXlsx", exception.Message.ReplaceLineEndings(" ")));

    private string Prefix() => _sourceName is null ? $"{_sheetName}!" : $"{_sourceName}!{_sheetName}!";

    /// <summary>Reads the <c>c</c> element the reader is on, leaving the reader on its end.</summary>
    private SheetCell? ReadCell(XmlReader reader)
    {
        var type = reader.GetAttribute("t");
        var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
        string? raw = null;
        string? inline = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            var advance = true;
            while ((!advance || reader.Read()) && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                // ReadElementContentAsString already moves past the element: the node after it is not to be skipped.
                advance = true;
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
                {
                    raw = reader.ReadElementContentAsString();
                    advance = false;
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
                {
                    inline = ReadStringItem(reader);
                }
            }
        }

        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _sharedStrings.Count
                    ? new SheetCell(_sharedStrings[index])
                    : null;
            case "inlineStr":
                return inline is null ? null : new SheetCell(inline);
        }

        if (raw is null)
        {
            return null;
        }

        switch (type)
        {
            case "b":
                return new SheetCell(raw == "1" ? "true" : "false");
            case "d":
                // ISO 8601 date cells (strict Open XML): the date part.
                return new SheetCell(raw.Length >= 10 ? raw[..10] : raw);
            case null or "n":
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return new SheetCell(raw);
                }

                var serial = _date1904 ? number + 1462 : number;
                return style < _dateStyles.Length && _dateStyles[style] && SpreadsheetDates.FromSerial(serial) is { } date
                    ? new SheetCell(date, serial)
                    : new SheetCell(SiteRowReader.NumberText(raw), serial);
            default:
                // Formula strings and errors (#N/A…): their text.
                return new SheetCell(raw);
        }
    }

    /// <summary>
    /// A shared or inline string (<c>si</c>/<c>is</c>, the reader on it): its plain text, or its rich-text runs joined,
    /// without phonetic guides (<c>rPh</c>). Leaves the reader on the item's end.
    /// </summary>
    private static string ReadStringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        var phonetic = -1;
        var advance = true;
        while ((!advance || reader.Read()) && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            // ReadElementContentAsString already moves past the element: the node after it is not to be skipped.
            advance = true;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh" && !reader.IsEmptyElement)
            {
                phonetic = reader.Depth;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == phonetic)
            {
                phonetic = -1;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && phonetic < 0 && !reader.IsEmptyElement)
            {
                text.Append(reader.ReadElementContentAsString());
                advance = false;
            }
        }

        return text.ToString();
    }

    private sealed record SheetEntry(string Name, string RelationshipId);

    private static (List<SheetEntry> Sheets, bool Date1904) ReadWorkbook(ZipArchiveEntry entry)
    {
        var sheets = new List<SheetEntry>();
        var date1904 = false;
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, ReaderSettings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "workbookPr")
            {
                date1904 = reader.GetAttribute("date1904") is "1" or "true";
            }
            else if (reader.LocalName == "sheet")
            {
                string? id = null;
                for (var i = 0; i < reader.AttributeCount; i++)
                {
                    reader.MoveToAttribute(i);
                    if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
                    {
                        id = reader.Value;
                    }
                }

                reader.MoveToElement();
                if (reader.GetAttribute("name") is { } name && id is not null)
                {
                    sheets.Add(new SheetEntry(name, id));
                }
            }
        }

        return (sheets, date1904);
    }

    /// <summary>The workbook's relationships: id → target (relative to <c>xl/</c>, or absolute from the package root).</summary>
    private static Dictionary<string, string> ReadRelationships(ZipArchiveEntry? entry)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (entry is null)
        {
            return targets;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, ReaderSettings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
            {
                targets[id] = target;
            }
        }

        return targets;
    }

    private static string PartName(string target) => target.StartsWith('/') ? target[1..] : "xl/" + target;

    private static List<string> ReadSharedStrings(ZipArchiveEntry? entry)
    {
        var strings = new List<string>();
        if (entry is null)
        {
            return strings;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, ReaderSettings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(ReadStringItem(reader));
            }
        }

        return strings;
    }

    /// <summary>For each cell format (the <c>s</c> of a cell), whether its number format shows a date.</summary>
    private static bool[] ReadDateStyles(ZipArchiveEntry? entry)
    {
        if (entry is null)
        {
            return [];
        }

        var custom = new Dictionary<int, string>();
        var formats = new List<bool>();
        var numberFormatIds = new List<int>();
        using (var stream = entry.Open())
        using (var reader = XmlReader.Create(stream, ReaderSettings))
        {
            var inCellFormats = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                {
                    inCellFormats = false;
                }
                else if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                else if (reader.LocalName == "numFmt" && int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                {
                    custom[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                }
                else if (reader.LocalName == "cellXfs")
                {
                    inCellFormats = !reader.IsEmptyElement;
                }
                else if (inCellFormats && reader.LocalName == "xf")
                {
                    numberFormatIds.Add(int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var format) ? format : 0);
                }
            }
        }

        foreach (var id in numberFormatIds)
        {
            formats.Add(IsDateFormat(id, custom));
        }

        return [.. formats];
    }

    private static bool IsDateFormat(int id, Dictionary<int, string> custom)
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

using System.Buffers;
using System.Globalization;
using System.Text.Json;
using IcpBadge.Configuration;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// Turns the rows of a sheet into sites: the header row names the fields, each following row is written as the JSON
/// object of one inventory site and read by <see cref="SiteInventory.ReadSite"/>, so a spreadsheet accepts and refuses
/// exactly what a JSON inventory does. Problems are then renamed after the cell they come from.
/// </summary>
internal static class SiteRowReader
{
    // The path the core puts before every problem; replaced by the cell's name.
    private const string Prefix = "#";

    /// <summary>Reads the sites of <paramref name="source"/> lazily; empty rows are skipped.</summary>
    /// <exception cref="InventoryFormatException">While enumerating: the header names no field, an unknown field, a field twice, or a JSON-only field.</exception>
    public static IEnumerable<SiteProfileResult> Read(ISheetSource source, string? sourceName, string baseDirectory)
    {
        using var rows = source.Rows().GetEnumerator();
        Dictionary<int, InventoryColumn>? header = null;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (header is null)
            {
                if (row.Cells.All(cell => string.IsNullOrWhiteSpace(cell?.Text)))
                {
                    continue;
                }

                header = Header(source, row, sourceName);
                continue;
            }

            if (header.Keys.All(column => string.IsNullOrWhiteSpace(row[column]?.Text)))
            {
                continue;
            }

            yield return Site(source, header, row, baseDirectory);
        }

        if (header is null)
        {
            throw new InventoryFormatException(sourceName, null, AuditsText.Get("Spreadsheet.NoHeader"));
        }
    }

    private static Dictionary<int, InventoryColumn> Header(ISheetSource source, SheetRow row, string? sourceName)
    {
        var header = new Dictionary<int, InventoryColumn>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var name = row.Cells[i]?.Text.Trim();
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var cell = source.CellName(row.Number, i, name);
            if (InventoryColumns.JsonOnlyField(name) is { } jsonOnly)
            {
                throw new InventoryFormatException(sourceName, null, AuditsText.Format("Spreadsheet.JsonOnlyColumn", cell, jsonOnly));
            }

            var column = InventoryColumns.Find(name)
                ?? throw new InventoryFormatException(sourceName, null, AuditsText.Format("Spreadsheet.UnknownColumn", cell, name));
            if (header.ContainsValue(column))
            {
                throw new InventoryFormatException(sourceName, null, AuditsText.Format("Spreadsheet.DuplicateColumn", cell, column.Path));
            }

            header[i] = column;
        }

        return header;
    }

    private static SiteProfileResult Site(ISheetSource source, Dictionary<int, InventoryColumn> header, SheetRow row, string baseDirectory)
    {
        var json = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(json))
        {
            Write(writer, header
                .Select(pair => (Column: pair.Value, Cell: row[pair.Key]))
                .Where(pair => !string.IsNullOrWhiteSpace(pair.Cell?.Text))
                .OrderBy(pair => InventoryColumns.OrderOf(pair.Column))
                .Select(pair => (pair.Column, pair.Cell!.Value)));
        }

        var result = SiteInventory.ReadSite(json.WrittenSpan, Prefix, baseDirectory);
        return result.Success
            ? result
            : SiteProfileResult.Failure([.. result.Problems.Select(problem => Rename(source, header, row, problem))]);
    }

    /// <summary>Writes the site object: the fields in schema order, so the fields of one object are written together.</summary>
    private static void Write(Utf8JsonWriter writer, IEnumerable<(InventoryColumn Column, SheetCell Cell)> fields)
    {
        var open = new List<string>();
        writer.WriteStartObject();
        foreach (var (column, cell) in fields)
        {
            var parents = column.Segments.Count - 1;
            var common = 0;
            while (common < open.Count && common < parents && open[common] == column.Segments[common])
            {
                common++;
            }

            for (; open.Count > common; open.RemoveAt(open.Count - 1))
            {
                writer.WriteEndObject();
            }

            for (; open.Count < parents; open.Add(column.Segments[open.Count]))
            {
                writer.WriteStartObject(column.Segments[open.Count]);
            }

            writer.WritePropertyName(column.Segments[^1]);
            WriteValue(writer, column, cell);
        }

        for (; open.Count > 0; open.RemoveAt(open.Count - 1))
        {
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, InventoryColumn column, SheetCell cell)
    {
        var text = cell.Text.Trim();
        switch (column.Kind)
        {
            case ColumnKind.Date:
                writer.WriteStringValue(SpreadsheetDates.Normalize(text, cell.Serial));
                break;
            case ColumnKind.List:
                writer.WriteStartArray();
                foreach (var item in Items(text))
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            case ColumnKind.PairList:
                writer.WriteStartArray();
                foreach (var item in Items(text))
                {
                    var equals = item.IndexOf('=', StringComparison.Ordinal);
                    if (equals < 0)
                    {
                        writer.WriteStringValue(item);
                        continue;
                    }

                    writer.WriteStartObject();
                    writer.WriteString(column.PairNames[0], item[..equals].Trim());
                    writer.WriteString(column.PairNames[1], item[(equals + 1)..].Trim());
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(text);
                break;
        }
    }

    /// <summary>The items of a list cell: separated by <c>;</c> (or the full-width <c>；</c> a Chinese keyboard types), blanks dropped.</summary>
    private static string[] Items(string text) =>
        text.Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The problem under the name of its cell (the column whose field path starts the problem's path), or of its row and field.</summary>
    private static ConfigurationProblem Rename(ISheetSource source, Dictionary<int, InventoryColumn> header, SheetRow row, ConfigurationProblem problem)
    {
        var field = problem.Path.Length > Prefix.Length ? problem.Path[(Prefix.Length + 1)..] : string.Empty;
        var segments = field.Split(':');
        var match = header
            .Where(pair => pair.Value.Segments.Count <= segments.Length
                && pair.Value.Segments.Select((name, i) => string.Equals(name, segments[i], StringComparison.OrdinalIgnoreCase)).All(same => same))
            .OrderByDescending(pair => pair.Value.Segments.Count)
            .Select(pair => (KeyValuePair<int, InventoryColumn>?)pair)
            .FirstOrDefault();
        if (match is { } found)
        {
            return new ConfigurationProblem(source.CellName(row.Number, found.Key, found.Value.Path), problem.Value ?? row[found.Key]?.Text.Trim(), problem.Text);
        }

        return new ConfigurationProblem(source.FieldName(row.Number, field.Replace(':', '.')), problem.Value, problem.Text);
    }

    /// <summary>A cell position as Excel names its column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The zero-based column of a cell reference such as <c>C7</c>, or -1.</summary>
    public static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i == 0 ? -1 : column - 1;
    }

    /// <summary>Invariant text of a cell number: integers without a decimal point or exponent (a year, a long number typed as a number).</summary>
    public static string NumberText(string raw) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : raw;
}

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>One cell's content as read: its text, and for a number cell its value as an Excel date serial (1900 system).</summary>
/// <param name="Text">The text (a date-formatted cell already as <c>YYYY-MM-DD</c>).</param>
/// <param name="Serial">The number when the cell holds one, so a date column can read a serial the sheet did not format as a date.</param>
internal readonly record struct SheetCell(string Text, double? Serial = null);

/// <summary>One row of a sheet: its number as people see it (the CSV line, the worksheet row) and its cells by column position.</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<SheetCell?> Cells)
{
    /// <summary>The cell at <paramref name="column"/>, null when the row is shorter or the cell empty.</summary>
    public SheetCell? this[int column] => column < Cells.Count ? Cells[column] : null;
}

/// <summary>A sheet to read an inventory from: its rows, and how to name a cell in a problem.</summary>
internal interface ISheetSource : IDisposable
{
    /// <summary>The rows, lazily, header first.</summary>
    IEnumerable<SheetRow> Rows();

    /// <summary>The cell at <paramref name="column"/> of row <paramref name="row"/> whose field is <paramref name="field"/>: <c>sites.xlsx!Sheet1!C7</c>, <c>sites.csv:7:Icp.Number</c>.</summary>
    string CellName(int row, int column, string field);

    /// <summary>A field of row <paramref name="row"/> that has no column: <c>sites.xlsx!Sheet1!7:Icp.Number</c>, <c>sites.csv:7:Icp.Number</c>.</summary>
    string FieldName(int row, string field);
}

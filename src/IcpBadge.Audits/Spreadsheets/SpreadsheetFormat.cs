namespace IcpBadge.Audits.Spreadsheets;

/// <summary>The spreadsheet file formats an inventory can be kept in.</summary>
public enum SpreadsheetFormat
{
    /// <summary>Comma-separated values (<c>.csv</c>): UTF-8 with or without a byte order mark, or GB18030/GBK.</summary>
    Csv,

    /// <summary>An Excel workbook (<c>.xlsx</c>).</summary>
    Xlsx,
}

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>How a column's text becomes the JSON value of its field.</summary>
internal enum ColumnKind
{
    /// <summary>One value, written as it is.</summary>
    Text,

    /// <summary>A date (<c>*On</c>): date cells and <c>2026/11/1</c>-style text become <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>A list of texts separated by <c>;</c>.</summary>
    List,

    /// <summary>A list of pairs separated by <c>;</c>, each <c>first=second</c> (<c>host=number</c>) or the first alone.</summary>
    PairList,
}

/// <summary>One column of a spreadsheet inventory: a field path of the configuration schema, e.g. <c>Icp.Number</c>.</summary>
/// <param name="Path">The field path with dots, as written in the header row.</param>
/// <param name="Segments">The path's names, e.g. <c>Icp</c>, <c>Number</c>.</param>
/// <param name="Kind">How its text is read.</param>
/// <param name="PairNames">For <see cref="ColumnKind.PairList"/>: the two property names of an item (<c>Host</c>, <c>IcpNumber</c>).</param>
internal sealed record InventoryColumn(string Path, IReadOnlyList<string> Segments, ColumnKind Kind, IReadOnlyList<string> PairNames);

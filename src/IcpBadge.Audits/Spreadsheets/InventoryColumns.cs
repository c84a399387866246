using System.Text.Json.Serialization.Metadata;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// The columns of a spreadsheet inventory, found by walking the schema (<see cref="IcpBadgeOptions"/>) in its own
/// order: every text, flag, number and date field; lists of texts; lists of pairs (<c>Site.Domains</c>, written
/// <c>host=number</c>). A list of larger objects (<c>Changes</c>) cannot be written in one cell and stays JSON-only.
/// </summary>
internal static class InventoryColumns
{
    private static readonly (List<InventoryColumn> Columns, List<string> JsonOnly) Schema = Build();

    private static readonly Dictionary<string, int> Order =
        Schema.Columns.Select((column, index) => (column.Path, index)).ToDictionary(p => p.Path, p => p.index, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, InventoryColumn> Lookup =
        Schema.Columns.ToDictionary(column => column.Path, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every column, in schema order.</summary>
    public static IReadOnlyList<InventoryColumn> All => Schema.Columns;

    /// <summary>The field paths that only a JSON inventory can hold (<c>Changes</c>).</summary>
    public static IReadOnlyList<string> JsonOnly => Schema.JsonOnly;

    /// <summary>Finds a column by its path in any letter case, with <c>.</c> or <c>:</c> between names; null when none.</summary>
    public static InventoryColumn? Find(string path) =>
        Lookup.TryGetValue(path.Trim().Replace(':', '.'), out var column) ? column : null;

    /// <summary>The JSON-only field a path falls under (<c>Changes</c> for <c>Changes</c> or <c>Changes.Filing</c>), or null.</summary>
    public static string? JsonOnlyField(string path)
    {
        var normal = path.Trim().Replace(':', '.');
        return JsonOnly.FirstOrDefault(field =>
            normal.Equals(field, StringComparison.OrdinalIgnoreCase)
            || normal.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase)
            || normal.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The position of a column in schema order (fields of one object stay together when written).</summary>
    public static int OrderOf(InventoryColumn column) => Order[column.Path];

    private static (List<InventoryColumn>, List<string>) Build()
    {
        var context = InventoryJsonContext.Default;
        var columns = new List<InventoryColumn>();
        var jsonOnly = new List<string>();
        Walk(context, context.GetTypeInfo(typeof(IcpBadgeOptions))!, [], columns, jsonOnly);
        return (columns, jsonOnly);
    }

    private static void Walk(InventoryJsonContext context, JsonTypeInfo type, List<string> path, List<InventoryColumn> columns, List<string> jsonOnly)
    {
        foreach (var property in type.Properties)
        {
            List<string> segments = [.. path, property.Name];
            var info = context.GetTypeInfo(property.PropertyType)!;
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    Walk(context, info, segments, columns, jsonOnly);
                    break;
                case JsonTypeInfoKind.Enumerable when context.GetTypeInfo(info.ElementType!) is { Kind: JsonTypeInfoKind.None }:
                    columns.Add(new(string.Join('.', segments), segments, ColumnKind.List, []));
                    break;
                case JsonTypeInfoKind.Enumerable when context.GetTypeInfo(info.ElementType!) is { Kind: JsonTypeInfoKind.Object } item && item.Properties.Count <= 2:
                    columns.Add(new(string.Join('.', segments), segments, ColumnKind.PairList, [.. item.Properties.Select(p => p.Name)]));
                    break;
                case JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary:
                    jsonOnly.Add(string.Join('.', segments));
                    break;
                default:
                    var isDate = property.Name.EndsWith("On", StringComparison.Ordinal) && property.PropertyType == typeof(string);
                    columns.Add(new(string.Join('.', segments), segments, isDate ? ColumnKind.Date : ColumnKind.Text, []));
                    break;
            }
        }
    }
}

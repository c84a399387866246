using IcpBadge.Localization;

namespace IcpBadge.Configuration.Inventory;

/// <summary>A site's value has the wrong JSON type: where it is (field path and byte offset in the file) and what is wrong.</summary>
internal sealed class InventoryJsonException(string field, LocalizedText reason, long offset) : Exception($"{field}: {reason.En}")
{
    /// <summary>The field, e.g. <c>Site:Domains:0</c>.</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong.</summary>
    public LocalizedText Reason { get; } = reason;

    /// <summary>The byte offset of the value in the file (after any byte order mark).</summary>
    public long Offset { get; } = offset;
}

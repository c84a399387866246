using System.Text.Json.Serialization;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// Compile-time metadata of <see cref="IcpBadgeOptions"/>, used only to list its fields (<see cref="InventoryColumns"/>):
/// an option added to the schema becomes a spreadsheet column without a change here, and nothing is reflected at run
/// time (NativeAOT).
/// </summary>
[JsonSerializable(typeof(IcpBadgeOptions))]
internal sealed partial class InventoryJsonContext : JsonSerializerContext;

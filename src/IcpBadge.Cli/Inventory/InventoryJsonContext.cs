using System.Text.Json;
using System.Text.Json.Serialization;

namespace IcpBadge.Cli.Inventory;

/// <summary>
/// Source-generated reading of inventories: no reflection at start-up, so a 10,000-site inventory costs little more
/// than starting the tool. Same leniency as configuration binding: any letter case, comments, trailing commas.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
    Converters = [typeof(DomainOptionsJsonConverter)])]
[JsonSerializable(typeof(IcpBadgeOptions))]
internal sealed partial class InventoryJsonContext : JsonSerializerContext;

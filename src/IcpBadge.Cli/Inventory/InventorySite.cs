using IcpBadge.Configuration;

namespace IcpBadge.Cli.Inventory;

/// <summary>One validated site of an inventory, with where it came from.</summary>
/// <param name="Source">The file it was read from.</param>
/// <param name="Index">Its index in <c>Sites</c>, or null for a <c>--config</c> file.</param>
/// <param name="Profile">The validated site.</param>
internal sealed record InventorySite(string Source, int? Index, SiteProfile Profile);

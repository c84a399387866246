namespace IcpBadge.Cli.Inventory;

/// <summary>An inventory file: <c>{ "Sites": [ &lt;site as in SPEC §2, without the IcpBadge wrapper&gt;, ... ] }</c>.</summary>
internal sealed class InventoryDocument
{
    public List<IcpBadgeOptions?> Sites { get; set; } = [];
}

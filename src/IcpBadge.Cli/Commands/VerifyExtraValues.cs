namespace IcpBadge.Cli.Commands;

/// <summary>The values of <see cref="VerifyExtraOptions"/> for one run.</summary>
internal sealed record VerifyExtraValues(string? Output, bool AllPages, string? Shard, string? Inventory, string? Sheet, string? Sitemap, bool DenyPrivate);

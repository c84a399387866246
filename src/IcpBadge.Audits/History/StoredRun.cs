namespace IcpBadge.Audits.History;

/// <summary>A run read back from the history: the union of its stored shards, and whether it is complete.</summary>
/// <param name="Reference">Its id, times and shard counts.</param>
/// <param name="Run">The sites of every stored shard (inventory order) and their changes; <see cref="AuditRun.Shard"/> is null.</param>
/// <param name="MissingShards">The shard indexes not yet stored (empty when complete).</param>
public sealed record StoredRun(RunReference Reference, AuditRun Run, IReadOnlyList<int> MissingShards)
{
    /// <summary>Whether every shard is in.</summary>
    public bool IsComplete => MissingShards.Count == 0;
}

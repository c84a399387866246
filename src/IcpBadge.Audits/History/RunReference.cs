using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>A run in the history: its id, day and times, and whether all its shards are in.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="Today">The day obligations were judged on.</param>
/// <param name="StartedAt">When its first shard started.</param>
/// <param name="FinishedAt">When its last stored shard finished.</param>
/// <param name="ShardCount">How many shards make the run (1 unsharded).</param>
/// <param name="ShardsIn">How many shards are stored.</param>
public sealed record RunReference(string RunId, LocalDate Today, Instant StartedAt, Instant FinishedAt, int ShardCount, int ShardsIn)
{
    /// <summary>Whether every shard is in.</summary>
    public bool IsComplete => ShardsIn >= ShardCount;
}

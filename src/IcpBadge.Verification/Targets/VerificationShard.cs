using System.Globalization;

namespace IcpBadge.Verification;

/// <summary>
/// <c>--shard I/N</c>: shard <c>I</c> of <c>N</c> takes the targets at 0-based positions <c>I</c>, <c>I+N</c>, <c>I+2N</c>, …
/// of the full, expanded target list (so <c>0/3</c>, <c>1/3</c>, <c>2/3</c> together cover every target exactly once).
/// </summary>
/// <param name="Index">The 0-based shard index, <c>0 ≤ Index &lt; Count</c>.</param>
/// <param name="Count">The number of shards, at least 1.</param>
public sealed record VerificationShard(int Index, int Count)
{
    /// <summary>Parses <c>I/N</c>; returns null and a clear problem when it is malformed or out of range.</summary>
    public static VerificationShard? Parse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            problem = $"--shard = '{text}': expected I/N with whole numbers, e.g. 0/4 (I is 0-based).";
            return null;
        }

        if (count < 1)
        {
            problem = $"--shard = '{text}': N must be at least 1.";
            return null;
        }

        if (index >= count)
        {
            problem = $"--shard = '{text}': I is 0-based, so it must be between 0 and {count - 1} for {count} shard(s).";
            return null;
        }

        return new VerificationShard(index, count);
    }

    /// <summary>The items of this shard, in their original order.</summary>
    public IEnumerable<T> Select<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Where((_, i) => i % Count == Index);
    }
}

using System.Globalization;
using IcpBadge.Localization;

namespace IcpBadge.Verification;

/// <summary>
/// <c>--shard I/N</c>: shard <c>I</c> of <c>N</c> takes the targets at 0-based positions <c>I</c>, <c>I+N</c>, <c>I+2N</c>, …
/// of the full, expanded target list (so <c>0/3</c>, <c>1/3</c>, <c>2/3</c> together cover every target exactly once).
/// </summary>
/// <param name="Index">The 0-based shard index, <c>0 ≤ Index &lt; Count</c>.</param>
/// <param name="Count">The number of shards, at least 1.</param>
public sealed record VerificationShard(int Index, int Count)
{
    /// <summary>Parses <c>I/N</c>; returns null and a clear problem, in Chinese and English, when it is malformed or out of range.</summary>
    public static VerificationShard? Parse(string text, out LocalizedText? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            problem = VerificationText.Format("Shard.Malformed", text);
            return null;
        }

        if (count < 1)
        {
            problem = VerificationText.Format("Shard.NoShards", text);
            return null;
        }

        if (index >= count)
        {
            problem = VerificationText.Format("Shard.OutOfRange", text, count - 1, count);
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

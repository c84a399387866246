namespace IcpBadge.Audits.Notifications;

/// <summary>At most <c>permits</c> sends in any <c>window</c> (DingTalk: 20 a minute), waiting on the injected clock.</summary>
internal sealed class SlidingWindowLimiter(int permits, TimeSpan window, TimeProvider time)
{
    // The times of the sends in the last window, and of those already given a later slot; never decreasing.
    private readonly List<DateTimeOffset> _slots = [];
    private readonly Lock _lock = new();

    /// <summary>Waits until one more send keeps within the limit, and counts it.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now, slot;
        lock (_lock)
        {
            now = time.GetUtcNow();
            _slots.RemoveAll(sent => sent <= now - window);
            slot = _slots.Count < permits ? now : _slots[^permits] + window;
            _slots.Add(slot);
        }

        return slot > now ? Task.Delay(slot - now, time, cancellationToken) : Task.CompletedTask;
    }
}

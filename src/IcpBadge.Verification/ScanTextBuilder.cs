using System.Text;

namespace IcpBadge.Verification;

/// <summary>
/// One <see cref="StringBuilder"/> per thread for building a page's scan text. A fresh builder grows chunk by chunk
/// and then is copied by <c>ToString</c>, about three times the text's size in garbage per page; pages are inspected
/// one after another on each thread, so the builder (and its capacity) can be reused.
/// </summary>
internal static class ScanTextBuilder
{
    // A builder that grew past this (an unusually large page) is dropped rather than kept for the thread's lifetime.
    private const int MaxKeptCapacity = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>An empty builder; the thread's cached one when there is one.</summary>
    public static StringBuilder Rent()
    {
        var builder = t_cached;
        if (builder is null)
        {
            return new StringBuilder(16 * 1024);
        }

        t_cached = null;
        return builder.Clear();
    }

    /// <summary>Keeps <paramref name="builder"/> for the next page on this thread (its text must have been copied out).</summary>
    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= MaxKeptCapacity)
        {
            t_cached = builder;
        }
    }
}

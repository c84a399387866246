using IcpBadge.Localization;

namespace IcpBadge.Verification.Fetching;

/// <summary>
/// What one GET (redirects followed) produced, before <see cref="PageFetcher"/> turns it into a page (decoded HTML or
/// a NET001 finding) or a document (raw bytes or a reason). Both results come from this one path, so their limits
/// cannot drift apart.
/// </summary>
internal readonly record struct FetchOutcome(
    Uri FinalUrl, int? StatusCode, string? MediaType, string? CharSet, ReadOnlyMemory<byte> Body, FetchFailureKind FailureKind, LocalizedText? Reason)
{
    public bool Succeeded => FailureKind == FetchFailureKind.None;

    /// <summary>Whether another attempt may succeed: a connection error, a time-out of one exchange, 5xx or 429.</summary>
    public bool Transient { get; init; }

    /// <summary>The server's <c>Retry-After</c>, as a delay from when the response arrived; null when absent.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The headers of the last response that <see cref="PageFetcher.RecordedHeaders"/> names; null when none arrived.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>When the last response's headers arrived; null when none did.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>How many attempts were made (1 without retries).</summary>
    public int Attempts { get; init; }

    public static FetchOutcome Failed(Uri finalUrl, int? statusCode, FetchFailureKind kind, LocalizedText reason, bool transient = false) =>
        new(finalUrl, statusCode, null, null, ReadOnlyMemory<byte>.Empty, kind, reason) { Transient = transient };
}

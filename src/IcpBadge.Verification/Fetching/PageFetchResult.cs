namespace IcpBadge.Verification.Fetching;

/// <summary>What fetching one URL produced: the decoded HTML, or a failure with its NET001 finding.</summary>
public sealed class PageFetchResult
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    internal PageFetchResult(Uri requestedUrl, FetchOutcome outcome, string? html, InspectionFinding? failure)
    {
        RequestedUrl = requestedUrl;
        FinalUrl = outcome.FinalUrl;
        StatusCode = outcome.StatusCode;
        Html = html;
        Body = outcome.Body;
        Headers = outcome.Headers ?? NoHeaders;
        ReceivedAt = outcome.ReceivedAt;
        Attempts = outcome.Attempts;
        FailureKind = outcome.FailureKind;
        Failure = failure;
    }

    /// <summary>The URL asked for.</summary>
    public Uri RequestedUrl { get; }

    /// <summary>The URL after redirects (the last one requested).</summary>
    public Uri FinalUrl { get; }

    /// <summary>The HTTP status of the last response; null when none was received.</summary>
    public int? StatusCode { get; }

    /// <summary>The decoded page; null on failure.</summary>
    public string? Html { get; }

    /// <summary>
    /// The page as the server sent it: its bytes in its own charset, with only the HTTP <c>Content-Encoding</c> (gzip,
    /// deflate, br) removed — what evidence stores. Empty on failure.
    /// </summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// The headers of the last response named by <see cref="PageFetcher.RecordedHeaders"/> (names in lower case,
    /// repeated values joined with <c>", "</c>); empty when no response arrived.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>When the last response's headers arrived (from <see cref="PageFetchOptions.TimeProvider"/>); null when none did.</summary>
    public DateTimeOffset? ReceivedAt { get; }

    /// <summary>How many attempts the fetch took: 1, or more when transient failures were retried.</summary>
    public int Attempts { get; }

    /// <summary>Whether the page was fetched and decoded.</summary>
    public bool Succeeded => FailureKind == FetchFailureKind.None;

    /// <summary>Why the fetch failed; <see cref="FetchFailureKind.None"/> on success.</summary>
    public FetchFailureKind FailureKind { get; }

    /// <summary>The NET001 finding describing the failure; null on success.</summary>
    public InspectionFinding? Failure { get; }
}

namespace IcpBadge.Verification.Fetching;

/// <summary>What fetching one URL produced: the decoded HTML, or a failure with its NET001 finding.</summary>
public sealed class PageFetchResult
{
    internal PageFetchResult(Uri requestedUrl, Uri finalUrl, int? statusCode, string? html, FetchFailureKind failureKind, InspectionFinding? failure)
    {
        RequestedUrl = requestedUrl;
        FinalUrl = finalUrl;
        StatusCode = statusCode;
        Html = html;
        FailureKind = failureKind;
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

    /// <summary>Whether the page was fetched and decoded.</summary>
    public bool Succeeded => FailureKind == FetchFailureKind.None;

    /// <summary>Why the fetch failed; <see cref="FetchFailureKind.None"/> on success.</summary>
    public FetchFailureKind FailureKind { get; }

    /// <summary>The NET001 finding describing the failure; null on success.</summary>
    public InspectionFinding? Failure { get; }
}

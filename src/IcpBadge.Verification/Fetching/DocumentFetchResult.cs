using IcpBadge.Localization;

namespace IcpBadge.Verification.Fetching;

/// <summary>
/// What <see cref="PageFetcher.FetchDocumentAsync"/> produced for a document that is not a page (a sitemap): its bytes
/// with any <c>Content-Encoding</c> removed, or why it could not be fetched.
/// </summary>
public sealed class DocumentFetchResult
{
    internal DocumentFetchResult(Uri requestedUrl, FetchOutcome outcome)
    {
        RequestedUrl = requestedUrl;
        FinalUrl = outcome.FinalUrl;
        StatusCode = outcome.StatusCode;
        MediaType = outcome.MediaType;
        Body = outcome.Body;
        FailureKind = outcome.FailureKind;
        FailureText = outcome.Reason;
        FailureReason = outcome.Reason?.En;
    }

    /// <summary>The URL asked for.</summary>
    public Uri RequestedUrl { get; }

    /// <summary>The URL after redirects (the last one requested); relative links in the document resolve against it.</summary>
    public Uri FinalUrl { get; }

    /// <summary>The HTTP status of the last response; null when none was received.</summary>
    public int? StatusCode { get; }

    /// <summary>The media type of the <c>Content-Type</c> header (e.g. <c>application/xml</c>); null when absent or on failure.</summary>
    public string? MediaType { get; }

    /// <summary>
    /// The body after HTTP <c>Content-Encoding</c> decoding, at most <see cref="PageFetchOptions.MaxBodyBytes"/> (or
    /// <see cref="PageFetchOptions.MaxDecompressedBytes"/> when encoded); empty on failure. A file that is itself
    /// compressed (<c>sitemap.xml.gz</c>) is returned as it is: the caller decides how far it may expand.
    /// </summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Whether the document was fetched.</summary>
    public bool Succeeded => FailureKind == FetchFailureKind.None;

    /// <summary>Why the fetch failed; <see cref="FetchFailureKind.None"/> on success.</summary>
    public FetchFailureKind FailureKind { get; }

    /// <summary>The reason in English, e.g. <c>the server answered HTTP 404</c>; null on success.</summary>
    public string? FailureReason { get; }

    /// <summary>The reason in Chinese and English; null on success.</summary>
    public LocalizedText? FailureText { get; }
}

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

    public static FetchOutcome Failed(Uri finalUrl, int? statusCode, FetchFailureKind kind, LocalizedText reason) =>
        new(finalUrl, statusCode, null, null, ReadOnlyMemory<byte>.Empty, kind, reason);
}

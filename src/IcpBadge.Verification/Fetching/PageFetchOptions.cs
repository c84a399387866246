namespace IcpBadge.Verification.Fetching;

/// <summary>The limits <see cref="PageFetcher"/> applies to every target.</summary>
public sealed class PageFetchOptions
{
    /// <summary>The most time one target may take, redirects and body included. Default 20 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The most bytes read from the wire for one response. Default 5 MB.</summary>
    public long MaxBodyBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>The most bytes a compressed response may expand to. Default 10 MB.</summary>
    public long MaxDecompressedBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The most redirects followed. Default 10.</summary>
    public int MaxRedirects { get; init; } = 10;
}

namespace IcpBadge.Verification.Fetching;

/// <summary>Why a page could not be fetched; each is reported as a NET001 finding.</summary>
public enum FetchFailureKind
{
    /// <summary>The page was fetched.</summary>
    None = 0,

    /// <summary>DNS, TCP, TLS or protocol error.</summary>
    ConnectionError,

    /// <summary>The target took longer than the time allowed.</summary>
    Timeout,

    /// <summary>The final response was not 2xx.</summary>
    HttpStatus,

    /// <summary>The content type is not HTML.</summary>
    NotHtml,

    /// <summary>The body is larger than the body cap.</summary>
    TooLarge,

    /// <summary>The compressed body expands past the decompressed-size cap.</summary>
    DecompressesTooLarge,

    /// <summary>More redirects than allowed.</summary>
    TooManyRedirects,

    /// <summary>A redirect leads back to a URL already visited.</summary>
    RedirectLoop,

    /// <summary>The URL (or a redirect) is not http or https, or is otherwise unusable.</summary>
    UnsupportedUrl,

    /// <summary>The target (or a redirect) is in a private network and <see cref="PageFetchOptions.AllowPrivateNetworks"/> is false.</summary>
    PrivateNetwork,
}

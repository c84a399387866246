using IcpBadge.Localization;
using IcpBadge.Verification.Fetching;

namespace IcpBadge.Verification.Browser;

/// <summary>The browser could not render a page: it did not start, failed, timed out, or printed too much.</summary>
public sealed class ChromiumRenderException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public ChromiumRenderException()
    {
    }

    /// <summary>Creates the exception with a one-line <paramref name="message"/>.</summary>
    /// <param name="message">What went wrong, in one line.</param>
    public ChromiumRenderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line <paramref name="message"/> and its cause.</summary>
    /// <param name="message">What went wrong, in one line.</param>
    /// <param name="innerException">The cause.</param>
    public ChromiumRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message in both languages.</summary>
    internal ChromiumRenderException(LocalizedText text, Exception? innerException = null)
        : base(text.En, innerException)
    {
        Text = text;
    }

    /// <summary>The message in both languages (the English one is <see cref="Exception.Message"/>), when the verifier made it.</summary>
    public LocalizedText? Text { get; }

    /// <summary>What failed, in the fetcher's terms (a refused private address, an HTTP status, a connection error).</summary>
    internal FetchFailureKind Kind { get; init; } = FetchFailureKind.ConnectionError;

    /// <summary>Whether another attempt may succeed (a refused or reset connection, HTTP 5xx or 429), as for a fetch.</summary>
    internal bool Transient { get; init; }

    /// <summary>The HTTP status of the page's document, when one arrived.</summary>
    internal int? StatusCode { get; init; }
}

using System.Text.Json;
using IcpBadge.Localization;

namespace IcpBadge.Audits.Evidence;

/// <summary>
/// What <see cref="EvidenceCollector"/> kept for one target: the page as received, its screenshot (or why there is
/// none), and <see cref="Record"/>, the <c>evidence.json</c> that ties them to the URL, the time and the response.
/// </summary>
public sealed class TargetEvidence
{
    internal TargetEvidence(Uri url, Uri finalUrl, DateTimeOffset fetchedAt, int? status, IReadOnlyDictionary<string, string> headers, EvidenceFile? html, EvidenceFile? screenshot, LocalizedText? screenshotNote, EvidenceFile record)
    {
        Url = url;
        FinalUrl = finalUrl;
        FetchedAt = fetchedAt;
        Status = status;
        Headers = headers;
        Html = html;
        Screenshot = screenshot;
        ScreenshotNote = screenshotNote;
        Record = record;
    }

    /// <summary>The target URL asked for.</summary>
    public Uri Url { get; }

    /// <summary>The URL after redirects.</summary>
    public Uri FinalUrl { get; }

    /// <summary>When the response arrived, in China time (<c>+08:00</c>).</summary>
    public DateTimeOffset FetchedAt { get; }

    /// <summary>The HTTP status of the last response; null when none arrived.</summary>
    public int? Status { get; }

    /// <summary>The response headers kept (<see cref="IcpBadge.Verification.Fetching.PageFetcher.RecordedHeaders"/>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The page as received (its bytes in its own charset, HTTP compression removed); null when nothing was fetched.</summary>
    public EvidenceFile? Html { get; }

    /// <summary>The PNG of the page scrolled to its footer; null when none was taken (<see cref="ScreenshotNote"/> says why).</summary>
    public EvidenceFile? Screenshot { get; }

    /// <summary>Why there is no screenshot (Chromium absent, the page not fetched, the browser failed); null when there is one.</summary>
    public LocalizedText? ScreenshotNote { get; }

    /// <summary>The target's <c>evidence.json</c>, stored by its hash like the other files.</summary>
    public EvidenceFile Record { get; }

    /// <summary>Every file of this target: the record, then the page and the screenshot when present.</summary>
    public IReadOnlyList<EvidenceFile> Files => [Record, .. new[] { Html, Screenshot }.OfType<EvidenceFile>()];

    /// <summary>
    /// Writes this target's entry of an audit's JSON <c>evidence</c> list: <c>{ "target", "files": [ { "kind",
    /// "name", "sha256", "bytes" } ], "note": { "zh", "en" } | null }</c>.
    /// </summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("target", Url.AbsoluteUri);
        writer.WritePropertyName("files");
        EvidenceRecord.WriteFiles(writer, Files);
        writer.WritePropertyName("note");
        EvidenceRecord.WriteText(writer, ScreenshotNote);
        writer.WriteEndObject();
    }
}

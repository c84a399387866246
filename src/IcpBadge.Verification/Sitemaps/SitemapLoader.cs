using System.Globalization;
using System.Runtime.InteropServices;
using IcpBadge.Localization;
using IcpBadge.Verification.Fetching;

namespace IcpBadge.Verification.Sitemaps;

/// <summary>
/// Collects the page URLs of a sitemap (<c>verify --sitemap</c>): a local file (path or <c>file:</c> URI) or an http(s) URL, a urlset or
/// a sitemap index whose children are followed depth first, in document order. Remote sitemaps are fetched with the
/// run's <see cref="PageFetcher"/> (its time, size and redirect limits); gzip files are decompressed under a cap.
/// Each sitemap is read at most once, so an index that lists itself or its parent ends instead of looping.
/// </summary>
public sealed class SitemapLoader
{
    private const string Accept = "application/xml,text/xml;q=0.9,*/*;q=0.5";

    private readonly Func<PageFetcher> _fetcher;
    private readonly SitemapLimits _limits;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _pages = [];
    private readonly List<LocalizedText> _notes = [];
    private int _sitemaps;

    private SitemapLoader(Func<PageFetcher> fetcher, SitemapLimits limits)
    {
        _fetcher = fetcher;
        _limits = limits;
    }

    /// <summary>
    /// Reads the sitemap at <paramref name="location"/> and every sitemap it leads to. A child of a local index is a
    /// path relative to the index's folder, a <c>file:</c> URI or an http(s) URL; a child of a remote index resolves
    /// against the index's URL (after redirects) and must be http(s): a server never gets to make us read local files.
    /// For the same reason a remote sitemap's pages that are not http(s) URLs are skipped, with a note.
    /// </summary>
    /// <param name="location">The sitemap: a path, a <c>file:</c> URI or an http(s) URL.</param>
    /// <param name="fetcher">Gives the fetcher for remote sitemaps; not called when every sitemap is local.</param>
    /// <param name="limits">The caps; <see cref="SitemapLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="SitemapException">A sitemap could not be fetched, read or parsed, or a cap was passed.</exception>
    public static async Task<SitemapPages> LoadAsync(string location, Func<PageFetcher> fetcher, SitemapLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        var loader = new SitemapLoader(fetcher, limits ?? SitemapLimits.Default);
        var top = WebUrl.TryCreate(location, out var url) ? new Source(url, null)
            : Uri.TryCreate(location, UriKind.Absolute, out var file) && file.IsFile ? new Source(null, file.LocalPath)
            : new Source(null, location);
        try
        {
            await loader.VisitAsync(top, parent: null, depth: 0, cancellationToken).ConfigureAwait(false);
        }
        catch (SitemapException exception) when (exception.Location is null)
        {
            throw new SitemapException(exception.Text, exception) { Location = location };
        }

        return new SitemapPages(location, loader._pages, loader._notes);
    }

    private async Task VisitAsync(Source source, Source? parent, int depth, CancellationToken cancellationToken)
    {
        if (!_seen.Add(source.Key))
        {
            _notes.Add(VerificationText.Format("Sitemap.ListedAgain", source, parent));
            return;
        }

        if (++_sitemaps > _limits.MaxSitemaps)
        {
            throw new SitemapException(VerificationText.Format("Sitemap.TooManySitemaps", Count(_limits.MaxSitemaps)));
        }

        var (entries, baseUrl) = await ReadAsync(source, parent, cancellationToken).ConfigureAwait(false);
        if (entries.MoreThanMax)
        {
            throw Fail(source, parent, VerificationText.Format("Sitemap.TooManyEntries", Count(_limits.MaxEntriesPerFile)));
        }

        if (!entries.IsIndex)
        {
            AddPages(source, entries.Locs);
            return;
        }

        if (depth >= _limits.MaxDepth)
        {
            throw Fail(source, parent, VerificationText.Format("Sitemap.TooDeep", _limits.MaxDepth));
        }

        foreach (var child in entries.Locs)
        {
            await VisitAsync(Resolve(source, baseUrl, parent, child), source, depth + 1, cancellationToken).ConfigureAwait(false);
        }
    }

    private void AddPages(Source source, IReadOnlyList<string> locs)
    {
        var skipped = 0;
        foreach (var loc in locs)
        {
            if (source.Url is not null && !WebUrl.TryCreate(loc, out _))
            {
                skipped++;
                continue;
            }

            _pages.Add(loc);
        }

        if (skipped > 0)
        {
            _notes.Add(VerificationText.Format(skipped == 1 ? "Sitemap.SkippedOne" : "Sitemap.SkippedMany", skipped, source));
        }

        if (_pages.Count > _limits.MaxPages)
        {
            throw new SitemapException(VerificationText.Format("Sitemap.TooManyPages", Count(_limits.MaxPages)));
        }
    }

    /// <summary>Where a child sitemap listed in <paramref name="index"/> lives.</summary>
    private static Source Resolve(Source index, Uri? indexUrl, Source? indexParent, string child)
    {
        if (indexUrl is not null)
        {
            return Uri.TryCreate(indexUrl, child, out var url) && WebUrl.IsHttp(url)
                ? new Source(url, null)
                : throw Fail(index, indexParent, VerificationText.Format("Sitemap.ChildNotHttp", child));
        }

        if (!Uri.TryCreate(child, UriKind.Absolute, out var absolute))
        {
            return new Source(null, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(index.Path!))!, child));
        }

        return absolute.IsFile ? new Source(null, absolute.LocalPath)
            : WebUrl.TryCreate(child, out var web) ? new Source(web, null)
            : throw Fail(index, indexParent, VerificationText.Format("Sitemap.ChildUnusable", child));
    }

    /// <summary>The entries of one sitemap, and the URL its relative children resolve against (null when local).</summary>
    private async Task<(SitemapEntries Entries, Uri? BaseUrl)> ReadAsync(Source source, Source? parent, CancellationToken cancellationToken)
    {
        Stream file;
        Uri? baseUrl = null;
        string? mediaType = null;
        if (source.Url is { } url)
        {
            var fetched = await _fetcher().FetchDocumentAsync(url, Accept, cancellationToken).ConfigureAwait(false);
            if (!fetched.Succeeded)
            {
                throw Fail(source, parent, VerificationText.Format("Sitemap.NotFetched", fetched.FailureText));
            }

            // A redirect target is the same sitemap: an index listing it under its final URL is not read twice.
            _seen.Add(new Source(fetched.FinalUrl, null).Key);
            baseUrl = fetched.FinalUrl;
            mediaType = fetched.MediaType;
            file = MemoryMarshal.TryGetArray(fetched.Body, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(fetched.Body.ToArray(), writable: false);
        }
        else
        {
            try
            {
                file = File.OpenRead(source.Path!);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw Fail(source, parent, VerificationText.Format("Sitemap.Unreadable", exception.Message));
            }
        }

        try
        {
            using var xml = SitemapContent.Open(file, _limits.MaxXmlBytes);
            return (SitemapParser.Read(xml, _limits.MaxEntriesPerFile), baseUrl);
        }
        catch (SitemapFormatException exception)
        {
            // The Content-Type explains most of these failures (an HTML error page, a JSON API), so it is named.
            throw Fail(source, parent, mediaType is null ? exception.Text : VerificationText.Format("Sitemap.SentAs", TrimPeriod(exception.Text), mediaType));
        }
        catch (SitemapContent.TooLargeException exception)
        {
            throw Fail(source, parent, exception.Text);
        }
        catch (InvalidDataException exception)
        {
            throw Fail(source, parent, VerificationText.Format("Sitemap.CorruptGzip", exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Fail(source, parent, VerificationText.Format("Sitemap.Unreadable", exception.Message));
        }
        finally
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The top-level sitemap is named by <c>--sitemap = '…'</c> already; a child is named with the index listing it.</summary>
    private static SitemapException Fail(Source source, Source? parent, LocalizedText reason) =>
        new(parent is null ? reason : VerificationText.Format("Sitemap.Child", source, parent, reason));

    /// <summary>A count written with thousands separators, e.g. <c>50,000</c>.</summary>
    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The reason without its closing full stop, to go on with the media type.</summary>
    private static LocalizedText TrimPeriod(LocalizedText reason) => new(reason.Zh.TrimEnd('。', '.'), reason.En.TrimEnd('.'));

    /// <summary>A sitemap: an http(s) URL or a local path.</summary>
    private readonly record struct Source(Uri? Url, string? Path)
    {
        /// <summary>What makes two mentions the same sitemap: the URL without its fragment, or the full path.</summary>
        public string Key => Url is not null ? "url:" + Url.GetLeftPart(UriPartial.Query) : "file:" + System.IO.Path.GetFullPath(Path!);

        public override string ToString() => Url?.AbsoluteUri ?? Path!;
    }
}

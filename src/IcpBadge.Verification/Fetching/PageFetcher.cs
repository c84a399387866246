using System.Buffers;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using IcpBadge.Html;
using IcpBadge.Localization;
using IcpBadge.Verification.Browser;
using Polly;
using Polly.Retry;

namespace IcpBadge.Verification.Fetching;

/// <summary>
/// Fetches one page over http or https with these limits: redirects followed by hand (at most
/// <see cref="PageFetchOptions.MaxRedirects"/>, loops detected), a time limit per target, a cap on the bytes read
/// and on the bytes they decompress to (gzip, deflate, brotli, decompressed as a stream so neither cap is ever
/// exceeded in memory), HTML only. Every failure becomes a NET001 finding; the fetcher never throws for a bad server.
/// <see cref="FetchDocumentAsync"/> fetches other documents (sitemaps) along the same path, as bytes.
/// </summary>
public sealed class PageFetcher
{
    /// <summary>The name of the <see cref="HttpClient"/> registered by <see cref="FetchingServiceCollectionExtensions.AddPageFetcher"/>.</summary>
    public const string HttpClientName = "IcpBadge.PageFetcher";

    private const int ChunkSize = 64 * 1024;

    private const string HtmlAccept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    private readonly HttpClient _client;
    private readonly PageFetchOptions _options;
    private readonly PrivateNetworkGuard? _guard;
    private readonly HostConcurrencyGate _gate;
    private readonly ResiliencePipeline<FetchOutcome> _retries;

    /// <summary>Creates a fetcher on <paramref name="client"/>, which must not follow redirects or decompress by itself.</summary>
    public PageFetcher(HttpClient client, PageFetchOptions? options = null)
        : this(client, options, gate: null)
    {
    }

    /// <summary>A fetcher sharing <paramref name="gate"/> (the per-host cap) with others, as the registered ones do.</summary>
    internal PageFetcher(HttpClient client, PageFetchOptions? options, HostConcurrencyGate? gate)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new PageFetchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxConcurrentRequestsPerHost, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.Retries, nameof(options));
        _guard = _options.AllowPrivateNetworks ? null : CreateGuard(_options);
        _gate = gate ?? new HostConcurrencyGate(_options.MaxConcurrentRequestsPerHost);
        _retries = CreateRetries(_options);
    }

    /// <summary>
    /// The response headers a <see cref="PageFetchResult"/> keeps (<see cref="PageFetchResult.Headers"/>), for
    /// evidence: what the server said about the page, its type, size, age and caching.
    /// </summary>
    public static IReadOnlyList<string> RecordedHeaders { get; } =
        ["content-type", "content-length", "content-encoding", "content-language", "last-modified", "etag", "date", "server", "cache-control"];

    /// <summary>The User-Agent sent with every request: <c>icp-badge/&lt;version&gt; (+https://github.com/icpbadge/icpbadge)</c>.</summary>
    public static string UserAgent { get; } = CreateUserAgent();

    /// <summary>The limits in force.</summary>
    public PageFetchOptions Options => _options;

    /// <summary>
    /// The handler the fetcher expects: no automatic redirects, no automatic decompression, no cookies, and the
    /// private-network guard on (as <see cref="CreateHandler(PageFetchOptions)"/> with default options).
    /// </summary>
    public static SocketsHttpHandler CreateHandler() => CreateHandler(new PageFetchOptions());

    /// <summary>
    /// The handler the fetcher expects, guarded as <paramref name="options"/> say: unless
    /// <see cref="PageFetchOptions.AllowPrivateNetworks"/> is true, its <see cref="SocketsHttpHandler.ConnectCallback"/>
    /// resolves each target, checks every address and connects only to an allowed one.
    /// </summary>
    public static SocketsHttpHandler CreateHandler(PageFetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(15),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        if (!options.AllowPrivateNetworks)
        {
            handler.ConnectCallback = CreateGuard(options).ConnectAsync;
        }

        return handler;
    }

    /// <summary>Fetches <paramref name="url"/>; failures are reported in the result, never thrown.</summary>
    public async Task<PageFetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var outcome = await SendAsync(url, HtmlAccept, IsHtml, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            var finding = new InspectionFinding(VerificationRules.Net001, FindingSeverity.Error, VerificationText.Format("Finding.NET001.PageUnchecked", outcome.Reason), outcome.FinalUrl.AbsoluteUri);
            return new PageFetchResult(url, outcome, null, finding);
        }

        var html = HtmlCharset.Decode(outcome.Body.Span, outcome.CharSet);
        return new PageFetchResult(url, outcome, html, null);
    }

    /// <summary>
    /// Fetches a document that is not a page (a sitemap) with the same limits as <see cref="FetchAsync"/> — redirects,
    /// time, body and decompressed-size caps, User-Agent — but of any <c>Content-Type</c> and without charset
    /// decoding: the caller parses the bytes. Failures are reported in the result, never thrown.
    /// </summary>
    /// <param name="url">The http or https URL.</param>
    /// <param name="accept">The <c>Accept</c> header to send, e.g. <c>application/xml,text/xml;q=0.9,*/*;q=0.1</c>.</param>
    /// <param name="cancellationToken">Cancels the fetch (a cancellation is thrown, unlike a time-out).</param>
    public async Task<DocumentFetchResult> FetchDocumentAsync(Uri url, string accept, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrWhiteSpace(accept);
        var outcome = await SendAsync(url, accept, acceptsMediaType: null, cancellationToken).ConfigureAwait(false);
        return new DocumentFetchResult(url, outcome);
    }

    /// <summary>The private-network guard in force; null when <see cref="PageFetchOptions.AllowPrivateNetworks"/> is true.</summary>
    internal PrivateNetworkGuard? Guard => _guard;

    /// <summary>
    /// Renders <paramref name="url"/> in <paramref name="renderer"/> under the same policy as a fetch: the guard
    /// checks the URL first (resolving it, since the browser connects by itself) and every request of the page
    /// (redirects and sub-resources, through the browser's request interception), the host's slot of the per-host cap
    /// is held while the page loads, and transient failures (refused or reset connections, HTTP 5xx or 429) are
    /// retried with the same back-off inside the same time limit. The body of a success is the rendered DOM in UTF-8.
    /// </summary>
    internal Task<FetchOutcome> RenderAsync(Uri url, ChromiumRenderer renderer, CancellationToken cancellationToken) =>
        WebUrl.IsHttp(url)
            ? RunAsync(url, (lease, budget) => RenderAttemptAsync(url, renderer, lease, budget, cancellationToken), cancellationToken)
            : Task.FromResult(FetchOutcome.Failed(url, null, FetchFailureKind.UnsupportedUrl, VerificationText.Format("Fetch.NotHttp", url)));

    private async Task<FetchOutcome> RenderAttemptAsync(Uri url, ChromiumRenderer renderer, HostConcurrencyGate.HostLease lease, CancellationToken budget, CancellationToken cancellationToken)
    {
        try
        {
            if (_guard is not null && await _guard.CheckTargetAsync(url, resolve: true, budget).ConfigureAwait(false) is { } refusal)
            {
                return FetchOutcome.Failed(url, null, FetchFailureKind.PrivateNetwork, refusal);
            }

            await lease.EnterAsync(url, budget).ConfigureAwait(false);
            var html = await renderer.RenderAsync(url, _guard, budget).ConfigureAwait(false);
            var body = System.Text.Encoding.UTF8.GetBytes(html);
            return new FetchOutcome(url, 200, "text/html", "utf-8", body, FetchFailureKind.None, null) { ReceivedAt = _options.TimeProvider.GetUtcNow() };
        }
        catch (ChromiumRenderException exception)
        {
            var reason = exception.Text ?? new LocalizedText(exception.Message, exception.Message);
            return FetchOutcome.Failed(url, exception.StatusCode, exception.Kind, reason, exception.Transient);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var seconds = _options.Timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            return FetchOutcome.Failed(url, null, FetchFailureKind.Timeout, VerificationText.Format("Fetch.Timeout", seconds));
        }
    }

    /// <summary>
    /// The one fetch path: <see cref="AttemptAsync"/> under the per-host cap, retried on transient failures with
    /// jittered back-off (Polly), all inside the target's time limit. The limit starts once the first host slot is held.
    /// </summary>
    private Task<FetchOutcome> SendAsync(Uri url, string accept, Func<string, bool>? acceptsMediaType, CancellationToken cancellationToken)
    {
        if (!WebUrl.IsHttp(url))
        {
            return Task.FromResult(FetchOutcome.Failed(url, null, FetchFailureKind.UnsupportedUrl, VerificationText.Format("Fetch.NotHttp", url)));
        }

        return RunAsync(url, (lease, budget) => AttemptAsync(url, accept, acceptsMediaType, lease, budget, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// One target's attempts (a fetch or a render) under the policy: the per-host cap, retries of transient outcomes
    /// with jittered back-off (Polly), all inside the target's time limit, which starts once the first host slot is held.
    /// </summary>
    private async Task<FetchOutcome> RunAsync(Uri url, Func<HostConcurrencyGate.HostLease, CancellationToken, Task<FetchOutcome>> attemptOnce, CancellationToken cancellationToken)
    {
        using var lease = _gate.NewLease();
        await lease.EnterAsync(url, cancellationToken).ConfigureAwait(false);
        var time = _options.TimeProvider;
        var deadline = time.GetUtcNow() + _options.Timeout;
        using var timer = new CancellationTokenSource(_options.Timeout, time);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        var attempt = new Attempt(this, attemptOnce, lease, deadline);
        try
        {
            await _retries.ExecuteAsync(static (attempt, token) => attempt.RunAsync(token), attempt, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && attempt.Last is not null)
        {
            // The time ran out during a back-off: the last failure is the one to report.
        }

        return attempt.Last!.Value with { Attempts = attempt.Count };
    }

    /// <summary>The retry strategy: transient outcomes are tried again while a back-off still fits the time limit.</summary>
    private static ResiliencePipeline<FetchOutcome> CreateRetries(PageFetchOptions options)
    {
        var builder = new ResiliencePipelineBuilder<FetchOutcome> { TimeProvider = options.TimeProvider };
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<FetchOutcome>
            {
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result is { Transient: true }),
                DelayGenerator = static args => ValueTask.FromResult(args.Outcome.Result.RetryAfter),
            });
        }

        return builder.Build();
    }

    /// <summary>One fetch's attempts: what each needs, and the last outcome (reported when the time runs out).</summary>
    private sealed class Attempt(PageFetcher fetcher, Func<HostConcurrencyGate.HostLease, CancellationToken, Task<FetchOutcome>> attemptOnce, HostConcurrencyGate.HostLease lease, DateTimeOffset deadline)
    {
        public FetchOutcome? Last { get; private set; }

        public int Count { get; private set; }

        public async ValueTask<FetchOutcome> RunAsync(CancellationToken budget)
        {
            Count++;
            var outcome = await attemptOnce(lease, budget).ConfigureAwait(false);

            // The host's slot is not held during a back-off; a Retry-After that ends past the time limit is not waited for.
            lease.Release();
            if (outcome.Transient && outcome.RetryAfter is { } wait && fetcher._options.TimeProvider.GetUtcNow() + wait >= deadline)
            {
                outcome = outcome with { Transient = false };
            }

            Last = outcome;
            return outcome;
        }
    }

    /// <summary>
    /// One attempt: GET with redirects followed by hand, and the body read under its caps.
    /// <paramref name="acceptsMediaType"/> refuses a declared <c>Content-Type</c> (NotHtml); null accepts any.
    /// </summary>
    private async Task<FetchOutcome> AttemptAsync(Uri url, string accept, Func<string, bool>? acceptsMediaType, HostConcurrencyGate.HostLease lease, CancellationToken budget, CancellationToken cancellationToken)
    {
        var current = url;
        int? status = null;
        try
        {
            var visited = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
            for (var redirects = 0; ; redirects++)
            {
                if (_guard is not null && await _guard.CheckTargetAsync(current, resolve: IsProxied(current), budget).ConfigureAwait(false) is { } refusal)
                {
                    return FetchOutcome.Failed(current, status, FetchFailureKind.PrivateNetwork, refusal);
                }

                await lease.EnterAsync(current, budget).ConfigureAwait(false);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(UserAgent);
                request.Headers.Accept.ParseAdd(accept);
                request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, budget).ConfigureAwait(false);
                var receivedAt = _options.TimeProvider.GetUtcNow();
                status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!WebUrl.IsHttp(next))
                    {
                        return FetchOutcome.Failed(current, status, FetchFailureKind.UnsupportedUrl, VerificationText.Format("Fetch.RedirectNotHttp", next));
                    }

                    if (!visited.Add(next.AbsoluteUri))
                    {
                        return FetchOutcome.Failed(next, status, FetchFailureKind.RedirectLoop, VerificationText.Format("Fetch.RedirectLoop", current, next));
                    }

                    if (redirects + 1 > _options.MaxRedirects)
                    {
                        return FetchOutcome.Failed(next, status, FetchFailureKind.TooManyRedirects, VerificationText.Format("Fetch.TooManyRedirects", _options.MaxRedirects));
                    }

                    current = next;
                    continue;
                }

                var headers = Recorded(response);
                if (status is < 200 or >= 300)
                {
                    return FetchOutcome.Failed(current, status, FetchFailureKind.HttpStatus, VerificationText.Format("Fetch.HttpStatus", status), transient: status is >= 500 or 429) with
                    {
                        RetryAfter = RetryAfter(response, receivedAt),
                        Headers = headers,
                        ReceivedAt = receivedAt,
                    };
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (mediaType is not null && acceptsMediaType is not null && !acceptsMediaType(mediaType))
                {
                    return FetchOutcome.Failed(current, status, FetchFailureKind.NotHtml, VerificationText.Format("Fetch.NotHtml", mediaType)) with { Headers = headers, ReceivedAt = receivedAt };
                }

                var read = await ReadBodyAsync(current, status.Value, response, budget).ConfigureAwait(false);
                return read with { Headers = headers, ReceivedAt = receivedAt };
            }
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var seconds = _options.Timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            return FetchOutcome.Failed(current, status, FetchFailureKind.Timeout, VerificationText.Format("Fetch.Timeout", seconds));
        }
        catch (OperationCanceledException exception) when (!budget.IsCancellationRequested && exception.InnerException is TimeoutException)
        {
            // The handler's own connect time-out: this exchange timed out, the target still has time for another.
            return FetchOutcome.Failed(current, status, FetchFailureKind.ConnectionError, VerificationText.Format("Fetch.ConnectionError", Innermost(exception)), transient: true);
        }
        catch (HttpRequestException exception) when (exception.InnerException is PrivateNetworkException refused)
        {
            return FetchOutcome.Failed(current, status, FetchFailureKind.PrivateNetwork, refused.Reason);
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            return FetchOutcome.Failed(current, status, FetchFailureKind.ConnectionError, VerificationText.Format("Fetch.ConnectionError", exception.Message.TrimEnd('.')), transient: true);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidDataException or System.Security.Authentication.AuthenticationException)
        {
            // A refused or reset connection, a broken response: another attempt may get through. A TLS failure will not.
            var transient = exception is not System.Security.Authentication.AuthenticationException && exception.InnerException is not System.Security.Authentication.AuthenticationException;
            return FetchOutcome.Failed(current, status, FetchFailureKind.ConnectionError, VerificationText.Format("Fetch.ConnectionError", Innermost(exception)), transient);
        }
    }

    /// <summary>The response headers kept for evidence (<see cref="RecordedHeaders"/>), names in lower case.</summary>
    private static Dictionary<string, string> Recorded(HttpResponseMessage response)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in RecordedHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                kept[name] = string.Join(", ", values);
            }
        }

        return kept;
    }

    /// <summary>The <c>Retry-After</c> of a response as a delay (a date in the past is no delay); null when absent.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset receivedAt) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > receivedAt ? date - receivedAt : TimeSpan.Zero,
        _ => null,
    };

    private async Task<FetchOutcome> ReadBodyAsync(Uri current, int status, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = response.Content.Headers;
        if (headers.ContentLength is { } length && length > _options.MaxBodyBytes)
        {
            return TooLarge(current, status);
        }

        var encodings = headers.ContentEncoding.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0 && e != "identity").ToList();
        if (encodings.Count > 1 || (encodings.Count == 1 && encodings[0] is not ("gzip" or "x-gzip" or "deflate" or "br")))
        {
            return FetchOutcome.Failed(current, status, FetchFailureKind.ConnectionError, VerificationText.Format("Fetch.UnsupportedEncoding", string.Join(", ", encodings)));
        }

        var raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (raw.ConfigureAwait(false))
        {
            var counting = new CountingStream(raw, _options.MaxBodyBytes);
            await using (counting.ConfigureAwait(false))
            {
                Stream decoded = encodings.Count == 0 ? counting : encodings[0] switch
                {
                    "gzip" or "x-gzip" => new GZipStream(counting, CompressionMode.Decompress, leaveOpen: true),
                    "deflate" => new ZLibOrDeflateStream(counting),
                    _ => new BrotliStream(counting, CompressionMode.Decompress, leaveOpen: true),
                };
                var limit = encodings.Count == 0 ? _options.MaxBodyBytes : _options.MaxDecompressedBytes;
                await using (decoded.ConfigureAwait(false))
                {
                    using var body = new MemoryStream();
                    var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
                    try
                    {
                        while (true)
                        {
                            int read;
                            try
                            {
                                read = await decoded.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false);
                            }
                            catch (BodyCapExceededException)
                            {
                                return TooLarge(current, status);
                            }
                            catch (InvalidDataException exception)
                            {
                                return FetchOutcome.Failed(current, status, FetchFailureKind.ConnectionError, VerificationText.Format("Fetch.CorruptCompression", exception.Message));
                            }

                            if (read == 0)
                            {
                                break;
                            }

                            if (body.Length + read > limit)
                            {
                                return encodings.Count == 0
                                    ? TooLarge(current, status)
                                    : FetchOutcome.Failed(current, status, FetchFailureKind.DecompressesTooLarge, VerificationText.Format("Fetch.DecompressesTooLarge", encodings[0], Megabytes(limit)));
                            }

                            body.Write(buffer, 0, read);
                        }
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }

                    // The buffer outlives the MemoryStream (disposing one frees nothing), so no copy is made.
                    return new FetchOutcome(current, status, headers.ContentType?.MediaType, headers.ContentType?.CharSet, body.GetBuffer().AsMemory(0, (int)body.Length), FetchFailureKind.None, null);
                }
            }
        }
    }

    private static PrivateNetworkGuard CreateGuard(PageFetchOptions options) =>
        new(new NetworkAddressPolicy(options.AllowedPrivateEndpoints), options.Resolver);

    /// <summary>
    /// True when a proxy (from the environment, as the handler of <see cref="CreateHandler()"/> uses) will connect to
    /// <paramref name="url"/> instead of this process: then the guard resolves and checks the target before sending.
    /// </summary>
    private static bool IsProxied(Uri url) => !HttpClient.DefaultProxy.IsBypassed(url);

    private FetchOutcome TooLarge(Uri current, int status) =>
        FetchOutcome.Failed(current, status, FetchFailureKind.TooLarge, VerificationText.Format("Fetch.TooLarge", Megabytes(_options.MaxBodyBytes)));

    private static LocalizedText Megabytes(long bytes) =>
        bytes % (1024 * 1024) == 0 ? VerificationText.Format("Fetch.Megabytes", bytes / (1024 * 1024)) : VerificationText.Format("Fetch.Bytes", bytes);

    private static bool IsHtml(string mediaType) =>
        mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    private static string Innermost(Exception exception)
    {
        var message = exception.Message;
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            message = inner.Message;
        }

        return message.TrimEnd('.');
    }

    private static string CreateUserAgent()
    {
        var version = typeof(PageFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return $"icp-badge/{(plus < 0 ? version : version[..plus])} (+https://github.com/icpbadge/icpbadge)";
    }

    /// <summary>Thrown inside the read loop when the wire bytes pass the body cap; caught there.</summary>
    private sealed class BodyCapExceededException : IOException;

    /// <summary>Counts the bytes read from the wire and stops at the cap, before a decompressor sees more.</summary>
    private sealed class CountingStream(Stream inner, long cap) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, Limit(count)));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer[..Limit(buffer.Length)], cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        // Ask for one byte more than the cap allows, so a body of exactly the cap is accepted and one byte more is not.
        private int Limit(int count) => (int)Math.Min(count, Math.Max(1, cap + 1 - _read));

        private int Count(int read)
        {
            _read += read;
            if (_read > cap)
            {
                throw new BodyCapExceededException();
            }

            return read;
        }
    }

    /// <summary>HTTP "deflate" is zlib-wrapped by the RFC, raw deflate in practice; this accepts both.</summary>
    private sealed class ZLibOrDeflateStream(Stream inner) : Stream
    {
        private Stream? _decoder;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_decoder is null)
            {
                var first = new byte[2];
                var got = 0;
                while (got < 2)
                {
                    var n = await inner.ReadAsync(first.AsMemory(got), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        break;
                    }

                    got += n;
                }

                // A zlib header: CM = 8 and the 16-bit header a multiple of 31.
                var zlib = got == 2 && (first[0] & 0x0F) == 8 && ((first[0] << 8) | first[1]) % 31 == 0;
                var prefixed = new PrefixedStream(first.AsMemory(0, got), inner);
                _decoder = zlib ? new ZLibStream(prefixed, CompressionMode.Decompress) : new DeflateStream(prefixed, CompressionMode.Decompress);
            }

            return await _decoder.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _decoder?.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A few bytes already read, then the rest of a stream.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
            {
                return inner.Read(buffer);
            }

            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_prefix.IsEmpty)
            {
                return inner.ReadAsync(buffer, cancellationToken);
            }

            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

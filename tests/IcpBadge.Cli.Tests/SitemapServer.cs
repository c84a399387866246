using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using IcpBadge.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) for the <c>--sitemap URL</c> tests: each test registers the
/// documents it needs under its own paths (sitemaps, gzip files, pages, redirects, slow answers); anything else is 404.
/// It counts the requests per path and keeps the last User-Agent, so a test can prove what was fetched and how often.
/// </summary>
internal sealed class SitemapServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Route> _routes;
    private readonly ConcurrentDictionary<string, int> _hits;
    private readonly ConcurrentDictionary<string, string> _userAgents;

    private SitemapServer(WebApplication app, Uri root, ConcurrentDictionary<string, Route> routes, ConcurrentDictionary<string, int> hits, ConcurrentDictionary<string, string> userAgents)
    {
        _app = app;
        Root = root;
        _routes = routes;
        _hits = hits;
        _userAgents = userAgents;
    }

    public Uri Root { get; }

    public string Url(string path) => new Uri(Root, path).AbsoluteUri;

    public static async Task<SitemapServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var routes = new ConcurrentDictionary<string, Route>(StringComparer.Ordinal);
        var hits = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var userAgents = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            userAgents[path] = context.Request.Headers.UserAgent.ToString();
            if (!routes.TryGetValue(path, out var route))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            try
            {
                await route.Delay(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (route.Location is not null)
            {
                context.Response.Redirect(route.Location);
                return;
            }

            context.Response.ContentType = route.ContentType;
            if (route.ContentEncoding is not null)
            {
                context.Response.Headers.ContentEncoding = route.ContentEncoding;
            }

            context.Response.ContentLength = route.Body.Length;
            try
            {
                await context.Response.Body.WriteAsync(route.Body, context.RequestAborted);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
                // The client hung up at its cap: that is the point of some tests.
            }
        });

        await app.StartAsync();
        var address = app.Urls.Single();
        return new SitemapServer(app, new Uri(address.TrimEnd('/') + "/"), routes, hits, userAgents);
    }

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/>.</summary>
    public void Serve(string path, string contentType, byte[] body, string? contentEncoding = null) =>
        _routes[path] = new Route(contentType, body, contentEncoding, null, _ => Task.CompletedTask);

    /// <summary>Serves UTF-8 <paramref name="text"/> at <paramref name="path"/>.</summary>
    public void Serve(string path, string contentType, string text) => Serve(path, contentType, Encoding.UTF8.GetBytes(text));

    /// <summary>Serves the good page of <see cref="HostileServer.GoodPage"/> (no findings) at each path.</summary>
    public void ServePages(params string[] paths)
    {
        foreach (var path in paths)
        {
            Serve(path, "text/html; charset=utf-8", HostileServer.GoodPage);
        }
    }

    /// <summary>Answers <paramref name="path"/> with a 302 to <paramref name="location"/>.</summary>
    public void Redirect(string path, string location) =>
        _routes[path] = new Route("text/plain", [], null, location, _ => Task.CompletedTask);

    /// <summary>Answers <paramref name="path"/> only after <paramref name="delay"/>.</summary>
    public void ServeSlowly(string path, string contentType, string text, TimeSpan delay) =>
        _routes[path] = new Route(contentType, Encoding.UTF8.GetBytes(text), null, null, token => Task.Delay(delay, token));

    /// <summary>How many requests <paramref name="path"/> received.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>The User-Agent of the last request for <paramref name="path"/>.</summary>
    public string? UserAgent(string path) => _userAgents.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A urlset listing <paramref name="locs"/>.</summary>
    public static string Urlset(params string[] locs) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + string.Concat(locs.Select(l => $"  <url><loc>{l}</loc></url>\n")) + "</urlset>\n";

    /// <summary>A sitemap index listing <paramref name="locs"/>.</summary>
    public static string Index(params string[] locs) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + string.Concat(locs.Select(l => $"  <sitemap><loc>{l}</loc></sitemap>\n")) + "</sitemapindex>\n";

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A gzip file of some tens of KB: a urlset start tag, then <paramref name="megabytes"/> MB of spaces.</summary>
    public static byte[] GzipBomb(int megabytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><urlset>"));
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                gzip.Write(spaces);
            }
        }

        return output.ToArray();
    }

    private sealed record Route(string ContentType, byte[] Body, string? ContentEncoding, string? Location, Func<CancellationToken, Task> Delay);
}

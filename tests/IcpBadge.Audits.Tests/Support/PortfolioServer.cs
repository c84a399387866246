using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IcpBadge.Audits.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 whose pages a test changes between audits: each path serves a page, a status, or
/// a number of 503s before its page.
/// </summary>
internal sealed class PortfolioServer : IAsyncDisposable
{
    public const string GoodPage = IcpBadge.Testing.HostileServer.GoodPage;

    /// <summary>The good page showing another site's ICP number: an ICP error.</summary>
    public static readonly string BrokenPage = GoodPage.Replace("京ICP备12345678号-1", "京ICP备87654321号-1", StringComparison.Ordinal);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);

    private PortfolioServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    public static async Task<PortfolioServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        PortfolioServer? server = null;
        app.Run(async context =>
        {
            if (!server!._pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
            {
                context.Response.StatusCode = 404;
                return;
            }

            if (Interlocked.Decrement(ref page.FailuresLeft) >= 0)
            {
                context.Response.StatusCode = 503;
                return;
            }

            context.Response.StatusCode = page.Status;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(page.Body);
        });
        await app.StartAsync();
        var address = app.Urls.First();
        server = new PortfolioServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        return server;
    }

    public Uri Url(string path) => new(Root, path);

    public void Serve(string path, string body, int status = 200, int failFirst = 0) =>
        _pages[path] = new Page { Body = body, Status = status, FailuresLeft = failFirst };

    public void Remove(string path) => _pages.TryRemove(path, out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class Page
    {
        public required string Body { get; init; }

        public int Status { get; init; }

        public int FailuresLeft;
    }
}

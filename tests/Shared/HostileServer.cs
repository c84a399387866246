using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IcpBadge.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) serving a good page and hostile endpoints: a redirect loop,
/// a 60 MB streamed body, a gzip bomb, a slow response, 404, 500, an image, a GBK page whose charset is only in the
/// HTTP header, and a hosting provider's block page.
/// </summary>
internal sealed class HostileServer : IAsyncDisposable
{
    public const string GoodPage = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>示例网站 - 首页</title></head>
        <body><header><h1>示例网站</h1></header>
        <main><p>示例网站提供产品介绍、新闻动态和联系方式。</p><p>第二段内容。</p><p>第三段内容。</p><p>第四段内容。</p></main>
        <footer>
          <p>© 2024 示例科技有限公司 版权所有</p>
          <p><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener noreferrer">京ICP备12345678号-1</a> <img src="/police.png" alt="公安备案图标"><a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143" target="_blank" rel="noreferrer">京公网安备11010502030143号</a></p>
        </footer></body></html>
        """;

    public const string BlockPage = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>网站暂时无法访问</title></head>
        <body><h1>网站暂时无法访问</h1><p>该网站暂时无法进行访问，可能由以下原因导致：</p>
        <ul><li>您的网站未备案，或者原备案号被取消。</li><li>域名在访问黑名单中。</li></ul></body></html>
        """;

    public const int SixtyMegabytes = 60 * 1024 * 1024;

    private readonly WebApplication _app;

    private readonly long[] _hugeWritten;

    private readonly long[] _requests;

    private HostileServer(WebApplication app, Uri root, long[] hugeWritten, long[] requests)
    {
        _requests = requests;
        _app = app;
        Root = root;
        _hugeWritten = hugeWritten;
    }

    public Uri Root { get; }

    /// <summary>How many requests reached the server so far.</summary>
    public long Requests => Interlocked.Read(ref _requests[0]);

    /// <summary>How many bytes the 60 MB endpoint managed to write before the client hung up.</summary>
    public long HugeBytesWritten => Interlocked.Read(ref _hugeWritten[0]);

    public Uri Url(string path) => new(Root, path);

    public static async Task<HostileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936);
        var bomb = GzipBomb(30 * 1024 * 1024);
        var hugeWritten = new long[1];
        var requests = new long[1];
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref requests[0]);
            return next(context);
        });

        app.MapGet("/", () => Results.Content(GoodPage, "text/html; charset=utf-8"));
        app.MapGet("/index.html", () => Results.Content(GoodPage, "text/html; charset=utf-8"));
        app.MapGet("/inner/page.html", () => Results.Content(GoodPage, "text/html; charset=utf-8"));
        app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        app.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        app.MapGet("/chain/{n:int}", (int n) => n == 0 ? Results.Content(GoodPage, "text/html; charset=utf-8") : Results.Redirect($"/chain/{n - 1}"));
        app.MapGet("/huge", async (HttpContext context) =>
        {
            Interlocked.Exchange(ref hugeWritten[0], 0);
            context.Response.ContentType = "text/html; charset=utf-8";
            var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
            try
            {
                for (var written = 0; written < SixtyMegabytes; written += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    Interlocked.Add(ref hugeWritten[0], chunk.Length);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
            }
        });
        app.MapGet("/bomb", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb, context.RequestAborted);
        });
        app.MapGet("/gzip-good", async (HttpContext context) =>
        {
            var body = Gzip(Encoding.UTF8.GetBytes(GoodPage));
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        app.MapGet("/br", async (HttpContext context) =>
        {
            using var output = new MemoryStream();
            using (var brotli = new BrotliStream(output, CompressionLevel.Optimal))
            {
                brotli.Write(Encoding.UTF8.GetBytes(GoodPage));
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentEncoding = "br";
            await context.Response.Body.WriteAsync(output.ToArray(), context.RequestAborted);
        });
        app.MapGet("/deflate", async (HttpContext context) =>
        {
            using var output = new MemoryStream();
            using (var deflate = new DeflateStream(output, CompressionLevel.Optimal))
            {
                deflate.Write(Encoding.UTF8.GetBytes(GoodPage));
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentEncoding = "deflate";
            await context.Response.Body.WriteAsync(output.ToArray(), context.RequestAborted);
        });
        app.MapGet("/declared-huge", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = SixtyMegabytes;
            try
            {
                await context.Response.StartAsync(context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }

            context.Abort();
        });
        app.MapGet("/big5-meta", () => Results.Bytes(Encoding.GetEncoding(950).GetBytes("<html><head><meta charset=\"big5\"></head><body><p>網站備案資訊</p></body></html>"), "text/html"));
        app.MapGet("/slow-body", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        });
        app.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            return Results.Content(GoodPage, "text/html");
        });
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/broken", () => Results.StatusCode(500));
        app.MapGet("/image.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"));
        app.MapGet("/gbk", () => Results.Bytes(gbk.GetBytes(GoodPage.Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal)), "text/html; charset=GBK"));
        app.MapGet("/blocked", () => Results.Content(BlockPage, "text/html; charset=utf-8"));
        app.MapGet("/redirect", (string to) => Results.Redirect(to));
        app.MapGet("/ua", (HttpContext context) => Results.Content($"<html><body><p>{context.Request.Headers.UserAgent}</p></body></html>", "text/html"));

        await app.StartAsync();
        var address = app.Urls.Single();
        return new HostileServer(app, new Uri(address.TrimEnd('/') + "/"), hugeWritten, requests);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A gzip body of some tens of KB that expands to <paramref name="size"/> bytes of spaces.</summary>
    private static byte[] GzipBomb(int size)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            Array.Fill(zeros, (byte)' ');
            for (var i = 0; i < size / zeros.Length; i++)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    }
}

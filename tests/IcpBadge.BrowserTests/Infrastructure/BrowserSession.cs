using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace IcpBadge.BrowserTests.Infrastructure;

/// <summary>A browser context with one page on the sample site; disposing it closes the context and its popups.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>The MIIT filing system the ICP link points to; answered locally, never fetched.</summary>
    public const string MiitUrl = "https://beian.miit.gov.cn/";

    /// <summary>The title of the stub page served for <see cref="MiitUrl"/>.</summary>
    public const string MiitStubTitle = "MIIT stub (IcpBadge browser tests)";

    internal const string MiitPattern = "https://beian.miit.gov.cn/**";

    private readonly SampleSiteProcess _site;
    private readonly ConcurrentQueue<string> _blocked = new();
    private readonly ConcurrentQueue<string> _stubbed = new();
    private IPage? _page;

    internal BrowserSession(IBrowserContext context, SampleSiteProcess site)
    {
        Context = context;
        _site = site;
    }

    /// <summary>The browser context (1280×800, zh-CN, light colour scheme).</summary>
    public IBrowserContext Context { get; }

    /// <summary>The page the session opened.</summary>
    public IPage Page
    {
        get => _page ?? throw new InvalidOperationException("The page is not open yet.");
        internal set => _page = value;
    }

    /// <summary>The sample site's root URL.</summary>
    public Uri BaseUrl => _site.BaseUrl;

    /// <summary>Requests that were aborted because they left 127.0.0.1 (and were not the MIIT stub).</summary>
    public IReadOnlyCollection<string> BlockedRequests => [.. _blocked];

    /// <summary>Requests answered by the MIIT stub.</summary>
    public IReadOnlyCollection<string> StubbedRequests => [.. _stubbed];

    /// <summary>The sample site's output so far, for failure messages.</summary>
    public string SiteOutput => _site.Output;

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    internal async Task AllowOnlyLoopbackAsync(IRoute route)
    {
        var url = route.Request.Url;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && ((uri.Scheme is "http" or "https" && uri.Host == "127.0.0.1") || uri.Scheme == "data"))
        {
            await route.ContinueAsync();
            return;
        }

        _blocked.Enqueue(url);
        await route.AbortAsync("blockedbyclient");
    }

    internal async Task FulfillMiitStubAsync(IRoute route)
    {
        _stubbed.Enqueue(route.Request.Url);
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{MiitStubTitle}</title></head>" +
                   "<body><p>工业和信息化部政务服务平台 (stub)</p></body></html>",
        });
    }
}

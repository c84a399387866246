using BenchmarkDotNet.Attributes;
using IcpBadge.AspNetCore;
using IcpBadge.AspNetCore.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IcpBadge.Benchmarks;

/// <summary>
/// P1 (component): <c>&lt;IcpFooter /&gt;</c> rendered statically by <see cref="HtmlRenderer"/> against a component that
/// adds the same pre-rendered string as markup. Same container, same cascading <see cref="HttpContext"/>, same
/// rendering path; the only difference is the footer lookup.
/// </summary>
/// <remarks>
/// Each invocation is one static-rendering request: a DI scope, an <see cref="HtmlRenderer"/> in it, one render, then
/// both disposed — as ASP.NET Core does with its per-request renderer. One <see cref="HtmlRenderer"/> shared by all
/// invocations is not usable here: it keeps every root component it has rendered until it is disposed (about 2 KB each;
/// the heap grew by ~95 MB per 50,000 renders), so the run would measure a growing heap, not the render.
/// </remarks>
[MemoryDiagnoser]
public class ComponentBenchmarks
{
    private ServiceProvider _services = null!;
    private ILoggerFactory _loggerFactory = null!;
    private DefaultHttpContext _httpContext = null!;

    /// <summary>The site configuration; ratios are per configuration.</summary>
    [ParamsAllValues]
    public SiteNumbers Numbers { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _services = BenchmarkSite.CreateServices(Numbers, services => services.AddCascadingValue<HttpContext>(_ => _httpContext));
        _loggerFactory = _services.GetRequiredService<ILoggerFactory>();
        _httpContext = BenchmarkSite.CreateHttpContext(_services);
        var footer = _services.GetRequiredService<IcpBadgeFooter>();
        PreRenderedFooter.Html = BenchmarkSite.WarmUpAndCheckCached(footer);

        var actual = await IcpFooter().ConfigureAwait(false);
        BenchmarkSite.Check(nameof(ComponentBenchmarks), await Baseline().ConfigureAwait(false), actual);
        BenchmarkSite.Check(nameof(ComponentBenchmarks), PreRenderedFooter.Html, actual);

        // The request's host reaches the component: a domain filed under its own number shows that number.
        _httpContext.Request.Host = new HostString(BenchmarkSite.OtherHost);
        BenchmarkSite.CheckOtherHost(nameof(ComponentBenchmarks), Numbers, await IcpFooter().ConfigureAwait(false));
        _httpContext.Request.Host = new HostString(BenchmarkSite.Host);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true, Description = "pre-rendered string")]
    public Task<string> Baseline() => Render<PreRenderedFooter>();

    [Benchmark(Description = "<IcpFooter /> component")]
    public Task<string> IcpFooter() => Render<IcpFooter>();

    private async Task<string> Render<TComponent>()
        where TComponent : IComponent
    {
        await using var scope = _services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, _loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<TComponent>().ConfigureAwait(false)).ToHtmlString()).ConfigureAwait(false);
    }

    /// <summary>
    /// The baseline: the shape of <see cref="FooterComponentBase"/> (an injected service, a host parameter, the
    /// cascading request, one markup frame) with the footer lookup replaced by a string rendered once in setup.
    /// </summary>
    public sealed class PreRenderedFooter : ComponentBase
    {
        internal static string Html { get; set; } = "";

        [Inject]
        public IcpBadgeFooter Footer { get; set; } = default!;

        [Parameter]
        public string? Host { get; set; }

        [CascadingParameter]
        public HttpContext? HttpContext { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.AddMarkupContent(0, Html);
        }
    }
}

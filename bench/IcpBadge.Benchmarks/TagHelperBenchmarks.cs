using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using IcpBadge.AspNetCore;
using IcpBadge.AspNetCore.TagHelpers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.Benchmarks;

/// <summary>
/// P1 (tag helper): <c>&lt;icp-badge /&gt;</c> per request against writing the same pre-rendered string into the same
/// <see cref="TagHelperOutput"/>. Both sides create a fresh context and output and write the result to a reused
/// <see cref="StringWriter"/>, as Razor does; the only difference is the IcpBadge call.
/// </summary>
[MemoryDiagnoser]
public class TagHelperBenchmarks
{
    private static readonly Func<bool, HtmlEncoder, Task<TagHelperContent>> EmptyChildContent =
        (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent());

    private static readonly Microsoft.AspNetCore.Html.HtmlString SiteFooter = new("site-footer");

    private static readonly Microsoft.AspNetCore.Html.HtmlString FooterId = new("footer");

    private readonly StringWriter _writer = new();
    private ServiceProvider _services = null!;
    private IcpBadgeTagHelper _tagHelper = null!;
    private IcpBadgeTagHelper _withAttributes = null!;
    private string _preRendered = null!;
    private string _preRenderedWithAttributes = null!;

    /// <summary>The site configuration; ratios are per configuration.</summary>
    [ParamsAllValues]
    public SiteNumbers Numbers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkSite.CreateServices(Numbers);
        var footer = _services.GetRequiredService<IcpBadgeFooter>();
        _preRendered = BenchmarkSite.WarmUpAndCheckCached(footer);
        var httpContext = BenchmarkSite.CreateHttpContext(_services);
        _tagHelper = new IcpBadgeTagHelper(footer) { ViewContext = new ViewContext { HttpContext = httpContext } };
        _withAttributes = new IcpBadgeTagHelper(footer) { ViewContext = new ViewContext { HttpContext = httpContext }, Host = BenchmarkSite.Host };

        TagHelperWithAttributesAndHost();
        _preRenderedWithAttributes = _writer.ToString();
        if (!_preRenderedWithAttributes.StartsWith("<footer class=\"icp-badge site-footer\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The attributes did not reach the footer: " + _preRenderedWithAttributes);
        }

        TagHelper();
        var actual = _writer.ToString();
        Baseline();
        BenchmarkSite.Check(nameof(TagHelperBenchmarks), _writer.ToString(), actual);
        BenchmarkSite.Check(nameof(TagHelperBenchmarks), _preRendered, actual);

        // The request's host reaches the tag helper: a domain filed under its own number shows that number.
        httpContext.Request.Host = new HostString(BenchmarkSite.OtherHost);
        TagHelper();
        BenchmarkSite.CheckOtherHost(nameof(TagHelperBenchmarks), Numbers, _writer.ToString());
        httpContext.Request.Host = new HostString(BenchmarkSite.Host);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true, Description = "pre-rendered string")]
    public int Baseline()
    {
        var context = CreateContext();
        var output = CreateOutput();
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(_preRendered);
        GC.KeepAlive(context);
        return Write(output);
    }

    [Benchmark(Description = "<icp-badge /> tag helper")]
    public int TagHelper()
    {
        var context = CreateContext();
        var output = CreateOutput();

        // ProcessAsync completes synchronously (TagHelper.ProcessAsync calls Process); waiting on it here rather than
        // making the method async keeps an async state machine and Task<int> out of this side only.
        _tagHelper.ProcessAsync(context, output).GetAwaiter().GetResult();
        GC.KeepAlive(context);
        return Write(output);
    }

    /// <summary>
    /// What <see cref="TagHelperWithAttributesAndHost"/> is measured against: the same element with the same attributes,
    /// its content set to the same footer pre-rendered with those attributes (its ratio to the baseline is the cost of
    /// Razor's attribute lists alone).
    /// </summary>
    [Benchmark(Description = "pre-rendered string, same attributes")]
    public int PreRenderedWithAttributes()
    {
        var attributes = Attributes();
        var context = new TagHelperContext("icp-badge", [.. attributes], new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput("icp-badge", [.. attributes], EmptyChildContent);
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(_preRenderedWithAttributes);
        GC.KeepAlive(context);
        return Write(output);
    }

    /// <summary>
    /// <c>&lt;icp-badge class="site-footer" id="footer" data-track="footer" host="…" /&gt;</c>: the attributes Razor
    /// hands over (literal values arrive as <see cref="Microsoft.AspNetCore.Html.HtmlString"/>) go onto the wrapper, and
    /// the host attribute chooses the number; the spliced footer is cached, so this is a lookup too.
    /// </summary>
    [Benchmark(Description = "<icp-badge class id data-* host /> tag helper")]
    public int TagHelperWithAttributesAndHost()
    {
        var attributes = Attributes();
        var context = new TagHelperContext("icp-badge", [.. attributes], new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput("icp-badge", [.. attributes], EmptyChildContent);
        _withAttributes.ProcessAsync(context, output).GetAwaiter().GetResult();
        GC.KeepAlive(context);
        return Write(output);
    }

    private static TagHelperAttribute[] Attributes() =>
    [
        new("class", SiteFooter),
        new("id", FooterId),
        new("data-track", FooterId),
    ];

    private static TagHelperContext CreateContext() =>
        new("icp-badge", [], new Dictionary<object, object>(), "id");

    private static TagHelperOutput CreateOutput() => new("icp-badge", [], EmptyChildContent);

    private int Write(TagHelperOutput output)
    {
        var builder = _writer.GetStringBuilder().Clear();
        output.WriteTo(_writer, HtmlEncoder.Default);
        return builder.Length;
    }
}

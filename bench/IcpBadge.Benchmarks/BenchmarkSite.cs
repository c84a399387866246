using IcpBadge.AspNetCore;
using IcpBadge.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace IcpBadge.Benchmarks;

/// <summary>The site configurations P1 is measured with.</summary>
public enum SiteNumbers
{
    /// <summary>One website number for every domain (most sites): the footer does not depend on the host.</summary>
    OneNumber,

    /// <summary>A second domain filed under its own website number: the request's host is read and matched.</summary>
    PerHost,
}

/// <summary>The DI container and request shared by the P1 benchmarks: a realistic Beijing site served on www.example.cn.</summary>
internal static class BenchmarkSite
{
    /// <summary>The request's host: a configured domain with the <c>www.</c> prefix, so matching it (PerHost) strips <c>www.</c>.</summary>
    public const string Host = "www.example.cn";

    /// <summary>The second configured domain; with <see cref="SiteNumbers.PerHost"/> it shows its own number (<c>-2</c>). Setup checks only.</summary>
    public const string OtherHost = "example.com.cn";

    public static ServiceProvider CreateServices(SiteNumbers numbers, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new BenchmarkHostEnvironment());
        services.AddIcpBadge(o =>
        {
            o.Site.Name = "示例网站";
            o.Site.Domains.Add(new() { Host = "example.cn" });
            o.Site.Domains.Add(new() { Host = "example.com.cn", IcpNumber = numbers == SiteNumbers.PerHost ? "京ICP备12345678号-2" : null });
            o.Icp.Number = "京ICP备12345678号-1";
            o.Police.Number = "京公网安备11010502030143号";
            o.Police.Icon = "/images/police-emblem.png";
            o.Copyright.Holder = "示例科技有限公司";
            o.Copyright.Since = 2019;
        });
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static DefaultHttpContext CreateHttpContext(IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Scheme = "https";
        context.Request.Host = new HostString(Host);
        context.Request.Path = "/";
        return context;
    }

    /// <summary>
    /// Renders the footer twice and throws unless both calls return the same string instance: the renderer's cache is
    /// warm and a request does no template work.
    /// </summary>
    public static string WarmUpAndCheckCached(IcpBadgeFooter footer, string host = Host)
    {
        var first = footer.Render(TemplateNames.Default, host);
        var second = footer.Render(TemplateNames.Default, host);
        if (!ReferenceEquals(first, second))
        {
            throw new InvalidOperationException("IcpBadgeFooter.Render returned a new string on the second call: the footer is rendered per request.");
        }

        if (!first.Contains("京ICP备12345678号-1", StringComparison.Ordinal) || !first.Contains("11010502030143", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unexpected footer for {host}: {first}");
        }

        return first;
    }

    public static void Check(string what, string expected, string actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{what}: the benchmark and the baseline write different HTML.\nexpected: {expected}\nactual:   {actual}");
        }
    }

    /// <summary>Checks the footer rendered for a request on <see cref="OtherHost"/>: the host reached the footer.</summary>
    public static void CheckOtherHost(string what, SiteNumbers numbers, string html)
    {
        var expected = numbers == SiteNumbers.PerHost ? "京ICP备12345678号-2" : "京ICP备12345678号-1";
        if (!html.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{what}: the footer for {OtherHost} does not show {expected}.\n{html}");
        }
    }

    private sealed class BenchmarkHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "IcpBadge.Benchmarks";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using IcpBadge.AspNetCore.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IcpBadge.AspNetCore.Tests;

/// <summary>The sample site, hosted in-process by WebApplicationFactory.</summary>
public sealed partial class SampleSiteTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Home_HasFooterFromAppSettings_WithChineseAsCharacters()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains(">京ICP备20260101号-1</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\"", html, StringComparison.Ordinal);
        Assert.Matches("© 2019–20[2-9][0-9] 北京京华示例科技有限公司 版权所有", html);
        Assert.DoesNotContain("<icp-badge", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_PiecesKeepTheirLiteralAttributes_OnEveryRequest()
    {
        // Razor compiles class="piece" into one static attribute object per element; the second request is answered
        // from the cache by matching those objects, and must write the same bytes as the first.
        using var client = factory.CreateClient();

        var first = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<p>ICP link: <a class=\"icp-badge__icp piece\" href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\" data-piece=\"icp\">京ICP备20260101号-1</a></p>", first, StringComparison.Ordinal);
        Assert.Contains("<p>Police badge: <a class=\"icp-badge__police piece\"", first, StringComparison.Ordinal);
        Assert.Contains(" data-piece=\"police\">", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ComponentPage_FooterEqualsTagHelperFooter()
    {
        using var client = factory.CreateClient();

        var fromTagHelper = Footer(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var fromComponent = Footer(await client.GetStringAsync(new Uri("/component", UriKind.Relative)));

        Assert.Equal(fromTagHelper, fromComponent);
    }

    [Fact]
    public async Task CliRender_OfTheSitesAppSettings_PrintsTheSitesFooter()
    {
        using var client = factory.CreateClient();
        var fromSite = Footer(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var appSettings = Path.Combine(FindSampleSite(), "appsettings.json");

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await IcpBadge.Cli.CliApplication.RunAsync(["render", "--config", appSettings], new IcpBadge.Cli.CliConsole(stdout, stderr, isTerminal: false));

        Assert.Equal(0, exitCode);
        Assert.Contains(">京ICP备20260101号-1</a>", fromSite, StringComparison.Ordinal);
        Assert.Equal(fromSite + "\n", stdout.ToString());
    }

    [Fact]
    public async Task CssAsset_IsServedFromContent()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/_content/IcpBadge.AspNetCore/icp-badge.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".icp-badge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingConfiguration_ChangesTheNextResponse_AndABadEditKeepsTheLastFooter()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-reload-");
        var file = Path.Combine(folder.FullName, "override.json");
        try
        {
            await File.WriteAllTextAsync(file, """{ "IcpBadge": { "Icp": { "Number": "京ICP备20260101号-1" } } }""");
            var logs = new LogSignal();
            using var reloading = factory.WithWebHostBuilder(b => b
                .ConfigureAppConfiguration((_, config) => config.AddJsonFile(file, optional: false, reloadOnChange: true))
                .ConfigureLogging(logging => logging.AddProvider(logs)));
            using var client = reloading.CreateClient();
            Assert.Contains(">京ICP备20260101号-1</a>", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

            // Each edit is judged after the app has logged what it made of it: the event, not a guess at the watcher's delay.
            var reloaded = logs.NextAsync("the footer now shows 京ICP备20260101号-5");
            await File.WriteAllTextAsync(file, """{ "IcpBadge": { "Icp": { "Number": "京ICP备20260101号-5" } } }""");
            await reloaded.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains(">京ICP备20260101号-5</a>", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

            var rejected = logs.NextAsync("IcpBadge configuration change ignored");
            await File.WriteAllTextAsync(file, """{ "IcpBadge": { "Icp": { "Number": "京ICP备20260101-9" } } }""");
            await rejected.WaitAsync(TimeSpan.FromSeconds(30));
            var afterBadEdit = await client.GetStringAsync(new Uri("/", UriKind.Relative));
            Assert.Contains(">京ICP备20260101号-5</a>", afterBadEdit, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void InvalidConfiguration_FailsStart_NamingTheField()
    {
        using var broken = factory.WithWebHostBuilder(b => b.UseSetting("IcpBadge:Police:Number", "粤公网安备52990002000093号"));

        var exception = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(exception is OptionsValidationException ? exception : exception.InnerException ?? exception);
        var failure = Assert.Single(validation.Failures);
        Assert.StartsWith("IcpBadge:Police:Number = '粤公网安备52990002000093号': The prefix 粤 (广东) does not match division code 52 (贵州)", failure, StringComparison.Ordinal);
    }

    private static string Footer(string html) => FooterPattern().Match(html).Value;

    private static string FindSampleSite()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "sample-site", "IcpBadge.SampleSite");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("sample-site/IcpBadge.SampleSite not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("<footer class=\"icp-badge\".*?</footer>", RegexOptions.Singleline)]
    private static partial Regex FooterPattern();
}

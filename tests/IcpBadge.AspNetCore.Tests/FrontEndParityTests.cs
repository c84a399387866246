using Bunit;
using IcpBadge.AspNetCore.Components;
using IcpBadge.AspNetCore.TagHelpers;
using IcpBadge.AspNetCore.Tests.Support;
using IcpBadge.Cli;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace IcpBadge.AspNetCore.Tests;

/// <summary>One renderer behind three front-ends: the tag helper, the component and <c>icp-badge render</c> agree byte for byte.</summary>
public sealed class FrontEndParityTests : IDisposable
{
    private readonly DirectoryInfo _folder = TestSites.CreateFolder();

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("default")]
    [InlineData("compact")]
    public async Task TagHelperComponentAndCli_ProduceIdenticalHtml(string template)
    {
        // Tag helper, from options configured in code.
        await using var services = new ServiceCollection().AddTestIcpBadge(_folder.FullName).BuildServiceProvider();
        var output = new TagHelperOutput("icp-badge", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        await new IcpBadgeTagHelper(services.GetRequiredService<IcpBadgeFooter>()) { Template = template }
            .ProcessAsync(new TagHelperContext("icp-badge", [], new Dictionary<object, object>(), "t"), output);
        var fromTagHelper = output.Content.GetContent();

        // Razor component.
        using var bunit = new BunitContext();
        bunit.Services.AddTestIcpBadge(_folder.FullName);
        var fromComponent = bunit.Render<IcpFooter>(p => p.Add(c => c.Template, template)).Markup;

        // CLI, reading the same configuration from icpbadge.json.
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(
            ["render", "--config", Path.Combine(_folder.FullName, "icpbadge.json"), "--template", template],
            new CliConsole(stdout, stderr, isTerminal: false),
            new FakeClock(TestSites.Now));
        var fromCli = stdout.ToString();

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr.ToString());
        Assert.Contains("京公网安备11010502030143号", fromTagHelper, StringComparison.Ordinal);
        Assert.Equal(fromTagHelper, fromComponent);
        Assert.Equal(fromTagHelper.TrimEnd('\n') + "\n", fromCli);
    }
}

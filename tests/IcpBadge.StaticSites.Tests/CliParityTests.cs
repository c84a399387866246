using System.Globalization;
using IcpBadge.Cli;
using IcpBadge.Rendering;

namespace IcpBadge.StaticSites.Tests;

/// <summary>
/// <see cref="SiteInjector.Run"/> writes exactly the bytes <c>icp-badge inject</c> writes: the same sample site is
/// injected by each, in-process, and every file of the two folders compared, for the first run and the rerun.
/// </summary>
public sealed class CliParityTests
{
    public static TheoryData<string[]> Variants() =>
    [
        [],
        ["--template", TemplateNames.Compact],
        ["--emblem", "copy"],
        ["--exclude", "about/**", "--include", "**/*.html"],
    ];

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Run_SameBytesAsTheInjectCommand(string[] more)
    {
        using var viaCli = SampleSite.Create();
        using var viaLibrary = SampleSite.Create();
        var injector = new SiteInjector(viaLibrary.Profile, OptionsFor(more));

        for (var run = 1; run <= 2; run++)
        {
            var (exitCode, output) = await RunCliAsync(["inject", viaCli.Site, "--config", viaCli.Config, .. more]);
            var summary = injector.Run(viaLibrary.Site);

            Assert.Equal(0, exitCode);
            Assert.Equal(
                $"{summary.Total} page(s) in {viaCli.Site}: {summary.Changed} changed, {summary.Unchanged} unchanged, {summary.Skipped.Count} skipped, {summary.Failed.Count} failed.",
                output.Trim());
            var expected = viaCli.Snapshot();
            var actual = viaLibrary.Snapshot();
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (path, bytes) in expected)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"Run {run}: {path} differs from what `icp-badge inject` wrote.");
            }
        }
    }

    /// <summary>The options the CLI arguments of <see cref="Variants"/> stand for.</summary>
    private static InjectionOptions OptionsFor(string[] arguments)
    {
        string? Value(string name) => Array.IndexOf(arguments, name) is var at and >= 0 ? arguments[at + 1] : null;
        return new InjectionOptions
        {
            Clock = SampleSite.Clock,
            TemplateName = Value("--template") ?? TemplateNames.Default,
            Emblem = Value("--emblem") == "copy" ? EmblemMode.Copy : EmblemMode.Inline,
            Include = Value("--include") is { } include ? [include] : [],
            Exclude = Value("--exclude") is { } exclude ? [exclude] : [],
        };
    }

    private static async Task<(int ExitCode, string Output)> RunCliAsync(string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(output, error, isTerminal: false);
        var exitCode = await CliApplication.RunAsync(args, console, SampleSite.Clock, CancellationToken.None);
        Assert.Equal(string.Empty, error.ToString());
        return (exitCode, output.ToString());
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Cli.Tests;

/// <summary>What one in-process run of <c>icp-badge</c> produced.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>The non-empty lines of standard error.</summary>
    public IReadOnlyList<string> ErrorLines => Lines(Error);

    /// <summary>The error lines proper (prefixed <c>icp-badge:</c>), without the "Run ... --help" hint.</summary>
    public IReadOnlyList<string> Problems => [.. ErrorLines.Where(l => l.StartsWith("icp-badge: ", StringComparison.Ordinal))];

    /// <summary>The non-empty lines of standard output, trailing padding removed.</summary>
    public IReadOnlyList<string> OutLines => Lines(Out);

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs <c>icp-badge</c> in-process with string writers as stdout and stderr (never a terminal).</summary>
internal static partial class CliRunner
{
    /// <summary>Noon, 24 Nov 2026, China time: copyright lines read "2019–2026", default dates are 2026-11-24.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2026, 11, 24, 4, 0);

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(NodaTime.SystemClock.Instance, args);

    /// <summary>Runs with time from <paramref name="clock"/> (a FakeClock for "today" without <c>--today</c>).</summary>
    public static async Task<CliResult> RunAsync(NodaTime.IClock clock, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(output, error, isTerminal: false);
        var exitCode = await CliApplication.RunAsync(args, console, clock, CancellationToken.None).ConfigureAwait(false);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs at <see cref="Now"/> with <paramref name="environment"/> as the only environment variables (ICPBADGE_LANG, LANG…).</summary>
    public static async Task<CliResult> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(output, error, isTerminal: false, environment: name => environment.GetValueOrDefault(name));
        var exitCode = await CliApplication.RunAsync(args, console, new FakeClock(Now), CancellationToken.None).ConfigureAwait(false);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs with time fixed at <see cref="Now"/>, so copyright years and default dates are stable.</summary>
    public static Task<CliResult> RunAtNowAsync(params string[] args) => RunCoreAsync(input: null, args);

    /// <summary>Runs at <see cref="Now"/> as if a person at a terminal typed <paramref name="input"/> (one answer a line).</summary>
    public static Task<CliResult> RunInteractiveAsync(string input, params string[] args) => RunCoreAsync(input, args);

    private static async Task<CliResult> RunCoreAsync(string? input, string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        using var reader = new StringReader(input ?? string.Empty);
        var console = new CliConsole(output, error, isTerminal: false, reader, isInteractive: input is not null);
        var exitCode = await CliApplication.RunAsync(args, console, new FakeClock(Now), CancellationToken.None).ConfigureAwait(false);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Fails if <paramref name="text"/> contains a .NET stack trace or an exception type name.</summary>
    public static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotMatch(StackFrame(), text);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    /// <summary>The value of a <c>label   value</c> detail line, e.g. <c>Detail(block, "kind")</c>.</summary>
    public static string Detail(string block, string label)
    {
        var match = Regex.Match(block, "^  " + Regex.Escape(label) + @" +(?<value>.*?)\s*$", RegexOptions.Multiline);
        Assert.True(match.Success, $"No '{label}' line in:\n{block}");
        return match.Groups["value"].Value;
    }

    /// <summary>Whether a <c>label   value</c> detail line exists.</summary>
    public static bool HasDetail(string block, string label) =>
        Regex.IsMatch(block, "^  " + Regex.Escape(label) + " ", RegexOptions.Multiline);

    [GeneratedRegex(@"^\s+at \S+", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}

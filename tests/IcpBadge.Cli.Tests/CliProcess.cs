using System.Diagnostics;
using System.Text;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>icp-badge</c> as a real process that runs to its end: the native binary when <c>ICPBADGE_NATIVE</c> names one,
/// else the framework-dependent <c>IcpBadge.Cli.dll</c> run by <c>dotnet</c> (as <see cref="InjectProcess"/> finds
/// them). The language and the history come from the arguments alone: <c>ICPBADGE_LANG</c>, the locale variables and
/// <c>ICPBADGE_HISTORY</c> are removed from its environment.
/// </summary>
internal static class CliProcess
{
    /// <summary>Runs <paramref name="args"/> to the end (failing after <paramref name="limit"/>) and returns its exit code and output.</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyList<string> args, TimeSpan limit)
    {
        var native = NativeBinary.Path is { } path && File.Exists(path) ? path : null;
        var start = new ProcessStartInfo(native ?? InjectProcess.DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        if (native is null)
        {
            start.ArgumentList.Add(InjectProcess.FrameworkDependentBuild());
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var variable in (string[])["ICPBADGE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "ICPBADGE_HISTORY"])
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timer = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"icp-badge {string.Join(' ', args)} did not finish within {limit.TotalSeconds} s.");
        }

        return new CliResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}

using System.Diagnostics;
using System.Text;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>icp-badge inject</c> as a real process that a test may SIGKILL: the native binary when <c>ICPBADGE_NATIVE</c>
/// names one (./test.sh publishes it), else the framework-dependent <c>IcpBadge.Cli.dll</c> built next to the tests and
/// run by <c>dotnet</c>. Output is in English (<c>--lang en</c>) and read as it comes, so the process never blocks on it.
/// </summary>
internal sealed class InjectProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private InjectProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Which build runs: "native" or "framework-dependent".</summary>
    public static string Kind => NativeBinary.Path is { } native && File.Exists(native) ? "native" : "framework-dependent";

    public static InjectProcess Start(string site, string config)
    {
        var native = NativeBinary.Path is { } path && File.Exists(path) ? path : null;
        var start = new ProcessStartInfo(native ?? DotnetHost())
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
            start.ArgumentList.Add(FrameworkDependentBuild());
        }

        foreach (var arg in (string[])["inject", site, "--config", config, "--lang", "en"])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return new InjectProcess(process);
    }

    /// <summary>Waits until the process exits by itself or <paramref name="delay"/> has passed.</summary>
    /// <returns>Whether it exited by itself.</returns>
    public async Task<bool> ExitsWithinAsync(TimeSpan delay)
    {
        using var timer = new CancellationTokenSource(delay);
        try
        {
            await _process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Sends SIGKILL (what <see cref="Process.Kill()"/> sends on Unix) and waits for the process to be gone.</summary>
    /// <returns>False when the process had already exited by itself.</returns>
    public async Task<bool> KillAsync()
    {
        var killed = false;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                killed = true;
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        return killed;
    }

    /// <summary>Waits for a run to finish (failing after a minute) and returns its exit code and output.</summary>
    public async Task<CliResult> CompleteAsync()
    {
        Assert.True(await ExitsWithinAsync(TimeSpan.FromMinutes(1)), "icp-badge inject did not finish within a minute.");
        return new CliResult(_process.ExitCode, await _output.ConfigureAwait(false), await _error.ConfigureAwait(false));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    /// <summary>
    /// <c>src/IcpBadge.Cli/bin/CONFIG/TFM/IcpBadge.Cli.dll</c> of the tests' own configuration and framework: the CLI's own
    /// output folder, whose dependencies match its deps.json (the copy next to the tests leans on the tests' shared
    /// frameworks).
    /// </summary>
    internal static string FrameworkDependentBuild()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (tests.Name, tests.Parent!.Name);
        var dll = Path.Combine(Path.GetDirectoryName(TempSite.SampleFolder)!, "src", "IcpBadge.Cli", "bin", configuration, framework, "IcpBadge.Cli.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build src/IcpBadge.Cli -c {configuration} first.");
        return dll;
    }

    /// <summary>The <c>dotnet</c> running these tests (<c>DOTNET_HOST_PATH</c> under <c>dotnet test</c>), else the one on PATH.</summary>
    internal static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

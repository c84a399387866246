using System.Diagnostics;
using System.Text;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// The NativeAOT <c>icp-badge</c> that <c>ICPBADGE_NATIVE</c> names (./test.sh publishes it to
/// <c>artifacts/native/linux-x64/icp-badge</c>), run as a real process: arguments, an empty standard input,
/// standard output and error as UTF-8, the exit code.
/// </summary>
internal static class NativeBinary
{
    /// <summary>How long one run may take before the test fails (a hung binary must not hang the suite).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The binary's path, or null when <c>ICPBADGE_NATIVE</c> is unset or empty.</summary>
    public static string? Path
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("ICPBADGE_NATIVE");
            return string.IsNullOrWhiteSpace(configured) ? null : configured.Trim();
        }
    }

    /// <summary>The binary's path; the test fails with what to do when it is not configured or missing.</summary>
    public static string RequiredPath()
    {
        var path = Path;
        Assert.True(path is not null && File.Exists(path),
            $"ICPBADGE_NATIVE must name the native icp-badge (it is '{path}'); ./test.sh publishes it with " +
            "`dotnet publish src/IcpBadge.Cli -c Release -r linux-x64 -o artifacts/native/linux-x64`.");
        return path!;
    }

    /// <summary>Whether <c>CI</c> is <c>true</c>: then a missing binary fails the tests instead of skipping them.</summary>
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Runs the binary (or <paramref name="executable"/>, a copy of it) in <paramref name="workingDirectory"/> with
    /// <paramref name="args"/>; standard input is empty.
    /// </summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, IReadOnlyList<string> args, string? executable = null)
    {
        var path = executable ?? RequiredPath();

        var start = new ProcessStartInfo(path!)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardErrorEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The in-process runs see no environment (CliRunner): the language comes from --lang alone, here too.
        foreach (var variable in (string[])["ICPBADGE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"])
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"icp-badge {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s.");
        }

        return new CliResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}

/// <summary>A <see cref="FactAttribute"/> for tests of the native binary, skipped or failed as <see cref="NativeTheoryAttribute"/> says.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NativeFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the binary is not configured and CI is not <c>true</c>.</summary>
    public NativeFactAttribute() => Skip = new NativeTheoryAttribute().Skip;
}

/// <summary>
/// A <see cref="TheoryAttribute"/> for tests of the native binary: skipped with the reason when <c>ICPBADGE_NATIVE</c>
/// is unset, unless <c>CI=true</c>, where the test runs and fails instead (the pattern of <see cref="ChromiumFactAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NativeTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the binary is not configured and CI is not <c>true</c>.</summary>
    public NativeTheoryAttribute()
    {
        if (NativeBinary.Path is null && !NativeBinary.IsCi)
        {
            Skip = "ICPBADGE_NATIVE is not set. Publish the native binary (dotnet publish src/IcpBadge.Cli -c Release -r linux-x64 " +
                "-o artifacts/native/linux-x64) and set ICPBADGE_NATIVE to artifacts/native/linux-x64/icp-badge. " +
                "Native tests are skipped when CI is not 'true' and fail when CI=true.";
        }
    }
}

using System.Globalization;
using CsCheck;

namespace IcpBadge.Tests.Fuzz;

/// <summary>
/// Runs one fuzz target: a fixed, small number of iterations in a normal test run, or for a time budget when
/// <c>ICPBADGE_FUZZ_SECONDS</c> is set (by <c>eng/ci/fuzz.sh</c>). CsCheck prints the seed of a failing input, and
/// <c>CsCheck_Seed=&lt;seed&gt;</c> replays it. When <c>ICPBADGE_FUZZ_REPORT</c> names a file, one line
/// "target iterations seconds" is appended to it per target, for the CI summary.
/// </summary>
internal static class Fuzzing
{
    /// <summary>The trait that marks fuzz targets: <c>dotnet test --filter Category=Fuzz</c>.</summary>
    public const string Category = "Fuzz";

    public static void Run<T>(string target, Gen<T> gen, Action<T> property, long iterations, Func<T, string>? print = null)
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("ICPBADGE_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : -1;
        long count = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        gen.Sample(
            value =>
            {
                Interlocked.Increment(ref count);
                property(value);
            },
            writeLine: null,
            iter: seconds > 0 ? -1 : iterations,
            time: seconds,
            print: print);
        if (Environment.GetEnvironmentVariable("ICPBADGE_FUZZ_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, string.Create(CultureInfo.InvariantCulture, $"{target} {Interlocked.Read(ref count)} {clock.Elapsed.TotalSeconds:F1}\n"));
        }
    }

    /// <summary>Bytes in a readable form for a failure message: ASCII as is, other bytes as \xNN.</summary>
    public static string Show(byte[] bytes) =>
        string.Concat(bytes.Select(b => b is >= 0x20 and < 0x7f and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:x2}"));
}

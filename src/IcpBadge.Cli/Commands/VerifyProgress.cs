using IcpBadge.Verification;
using Spectre.Console;

namespace IcpBadge.Cli.Commands;

/// <summary>A Spectre.Console progress bar over a <c>verify</c> or <c>audit</c> run, on a terminal only.</summary>
internal static class VerifyProgress
{
    /// <summary>Runs <paramref name="verify"/>, handing it a progress sink on a terminal and none otherwise.</summary>
    public static async Task<T> RunAsync<T>(CliConsole console, CliText text, Func<IProgress<VerificationProgress>?, Task<T>> verify)
    {
        if (!console.IsTerminal)
        {
            return await verify(null).ConfigureAwait(false);
        }

        T? report = default;
        await console.CreateAnsiConsole().Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(text["Verify.Progress"], autoStart: true, maxValue: 1);
            report = await verify(new Bar(task)).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return report!;
    }

    /// <summary>Moves the bar directly from the verifier's threads (Spectre's task is thread-safe), in no particular order.</summary>
    private sealed class Bar(ProgressTask task) : IProgress<VerificationProgress>
    {
        public void Report(VerificationProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = Math.Max(task.Value, value.Completed);
        }
    }
}

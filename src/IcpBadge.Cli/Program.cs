using System.Runtime.InteropServices;

namespace IcpBadge.Cli;

/// <summary>The <c>icp-badge</c> entry point: everything else lives in <see cref="CliApplication"/>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var console = CliConsole.FromSystemConsole();
        // System.CommandLine turns SIGINT/SIGTERM into cancellation; these registrations only note which signal it was,
        // so a cancelled run ends with one line and the shell's 128+N code instead of an unhandled-exception abort.
        var signal = new TaskCompletionSource<PosixSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => signal.TrySetResult(c.Signal));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => signal.TrySetResult(c.Signal));
        try
        {
            return await CliApplication.RunAsync(args, console).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LanguageChoice.TryChoose(args, console.GetEnvironmentVariable, out var language, out _);
            console.WriteError(new CliText(language)["Error.Cancelled"]);
            return await ExitCodeAsync(signal.Task).ConfigureAwait(false);
        }
        finally
        {
            await console.Out.FlushAsync().ConfigureAwait(false);
        }
    }

    /// <summary>128 + the signal's number, as a shell reports a process the signal ended (130 for Ctrl+C, 143 for SIGTERM).</summary>
    /// <remarks>The handlers of one signal run in no fixed order, so ours may note it just after the cancellation it caused.</remarks>
    private static async Task<int> ExitCodeAsync(Task<PosixSignal> signal)
    {
        try
        {
            return await signal.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false) == PosixSignal.SIGTERM ? 128 + 15 : 128 + 2;
        }
        catch (TimeoutException)
        {
            return 128 + 2;
        }
    }
}

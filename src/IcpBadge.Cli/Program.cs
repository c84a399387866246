using System.Runtime.InteropServices;

namespace IcpBadge.Cli;

/// <summary>The <c>icp-badge</c> entry point: everything else lives in <see cref="CliApplication"/>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var console = CliConsole.FromSystemConsole();
        // System.CommandLine turns SIGINT/SIGTERM into cancellation; this only remembers which signal it was, so a
        // cancelled run ends with one line and the shell's 128+N code instead of an unhandled-exception abort.
        PosixSignal? received = null;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => received ??= c.Signal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => received ??= c.Signal);
        try
        {
            return await CliApplication.RunAsync(args, console).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            console.WriteError("cancelled.");
            return received == PosixSignal.SIGTERM ? 128 + 15 : 128 + 2;
        }
        finally
        {
            await console.Out.FlushAsync().ConfigureAwait(false);
        }
    }
}

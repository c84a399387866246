namespace IcpBadge.Cli;

/// <summary>The <c>icp-badge</c> entry point: everything else lives in <see cref="CliApplication"/>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var console = CliConsole.FromSystemConsole();
        try
        {
            return await CliApplication.RunAsync(args, console).ConfigureAwait(false);
        }
        finally
        {
            await console.Out.FlushAsync().ConfigureAwait(false);
        }
    }
}

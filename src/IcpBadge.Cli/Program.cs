namespace IcpBadge.Cli;

/// <summary>The <c>icp-badge</c> entry point: everything else lives in <see cref="CliApplication"/>.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => CliApplication.RunAsync(args, CliConsole.FromSystemConsole());
}

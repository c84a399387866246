using IcpBadge.Cli;

return await CliApplication.RunAsync(args, CliConsole.FromSystemConsole()).ConfigureAwait(false);

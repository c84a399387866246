namespace IcpBadge.Cli;

/// <summary>The process exit codes every command uses (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was valid / nothing to report.</summary>
    public const int Success = 0;

    /// <summary>The work ran and found problems (verify errors, overdue deadlines).</summary>
    public const int Findings = 1;

    /// <summary>Bad input: an invalid number, an unknown province, a bad option or configuration.</summary>
    public const int InvalidInput = 2;

    /// <summary>The audit history store failed (unreachable, read-only, damaged); the results were still printed.</summary>
    public const int HistoryFailed = 3;

    /// <summary>A bug: something failed that should not have.</summary>
    public const int Unexpected = 70;
}

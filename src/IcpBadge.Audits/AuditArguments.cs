using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using IcpBadge.Verification;
using NodaTime;

namespace IcpBadge.Audits;

/// <summary>
/// The options of <c>icp-badge audit</c> as typed on a command line, checked and turned into <see cref="AuditOptions"/>:
/// any front-end (the CLI, a scheduler, a web form) gets the same checks and the same one-line problems.
/// </summary>
/// <param name="Today"><c>--today</c>: <c>YYYY-MM-DD</c>, or null for today.</param>
/// <param name="Shard"><c>--shard</c>: <c>I/N</c>, or null.</param>
/// <param name="RunId"><c>--run-id</c>, or null (required with a shard).</param>
/// <param name="Concurrency"><c>--concurrency</c>: 1 to 256.</param>
/// <param name="TimeoutSeconds"><c>--timeout</c>: more than 0, at most 3600.</param>
/// <param name="WarnDays"><c>--warn-days</c>: 0 to 365.</param>
/// <param name="Basis"><c>--basis</c>: <c>Launch</c>, <c>IcpApproval</c> or <c>Earliest</c> (any case, <c>icp-approval</c> too).</param>
/// <param name="DenyPrivate"><c>--deny-private</c>: refuse private networks (they are allowed otherwise, as on the operator's own machine).</param>
/// <param name="Evidence"><c>--evidence</c>: the evidence folder, or null.</param>
public sealed record AuditArguments(
    string? Today,
    string? Shard,
    string? RunId,
    int Concurrency,
    double TimeoutSeconds,
    int WarnDays,
    string Basis,
    bool DenyPrivate,
    string? Evidence)
{
    /// <summary>The options these arguments give; null and one clear line, in both languages, when one is wrong.</summary>
    public AuditOptions? ToOptions(out LocalizedText? problem)
    {
        problem = null;
        LocalDate? day = null;
        if (Today is not null)
        {
            if (!IsoDate.TryParse(Today.AsSpan().Trim(), out var parsed))
            {
                problem = AuditsText.Format("Arguments.Today", Today);
                return null;
            }

            day = parsed;
        }

        var shard = Shard is null ? null : VerificationShard.Parse(Shard, out problem);
        problem ??= Concurrency is < 1 or > 256 ? AuditsText.Get("Arguments.Concurrency")
            : TimeoutSeconds is not (> 0 and <= 3600) ? AuditsText.Get("Arguments.Timeout")
            : WarnDays is < 0 or > 365 ? AuditsText.Get("Arguments.WarnDays")
            : !Enum.TryParse<DeadlineBasis>(Basis.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out _) ? AuditsText.Format("Arguments.Basis", Basis)
            : shard is not null && string.IsNullOrWhiteSpace(RunId) ? AuditsText.Get("Arguments.ShardNeedsRunId")
            : Evidence is not null ? EvidenceFolderProblem(Evidence)
            : null;
        if (problem is not null)
        {
            return null;
        }

        return new AuditOptions
        {
            RunId = string.IsNullOrWhiteSpace(RunId) ? null : RunId.Trim(),
            Today = day,
            Deadlines = new DeadlineOptions
            {
                WarnDays = WarnDays,
                Basis = Enum.Parse<DeadlineBasis>(Basis.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true),
            },
            Concurrency = Concurrency,
            Timeout = TimeSpan.FromSeconds(TimeoutSeconds),
            AllowPrivateNetworks = !DenyPrivate,
            Shard = shard,
            EvidenceDirectory = Evidence,
        };
    }

    /// <summary>Creates the evidence folder now, so a folder that cannot be written is bad input before anything is fetched.</summary>
    private static LocalizedText? EvidenceFolderProblem(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return AuditsText.Format("Arguments.Evidence", folder, exception.Message);
        }
    }
}

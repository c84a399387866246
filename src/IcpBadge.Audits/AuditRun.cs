using IcpBadge.Localization;
using IcpBadge.Verification;
using NodaTime;

namespace IcpBadge.Audits;

/// <summary>
/// One audit run (or one shard of it): every site's obligations and home-page verification, what changed since each
/// site's last completed run in the history, and the counts. Its writers produce what <c>icp-badge audit</c> prints.
/// </summary>
/// <example>
/// <code>
/// var run = await new AuditRunner(clock).RunAsync(profiles, new AuditOptions { History = store });
/// run.WriteJson(stream);
/// </code>
/// </example>
public sealed class AuditRun
{
    /// <summary>Creates a run.</summary>
    /// <param name="runId">Any unique string; shards of one run share it.</param>
    /// <param name="startedAt">When the run started.</param>
    /// <param name="finishedAt">When it finished.</param>
    /// <param name="today">The day obligations were judged on (China date).</param>
    /// <param name="sites">The sites, in inventory order.</param>
    /// <param name="changes">What changed since each site's last completed run; empty without history.</param>
    /// <param name="shard">Which shard of the run this is; null for a whole run.</param>
    public AuditRun(string runId, Instant startedAt, Instant finishedAt, LocalDate today, IReadOnlyList<SiteAudit> sites, IReadOnlyList<AuditChange> changes, VerificationShard? shard = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(changes);
        RunId = runId;
        StartedAt = startedAt;
        FinishedAt = finishedAt;
        Today = today;
        Sites = sites;
        Changes = changes;
        Shard = shard;
        Summary = AuditSummary.Of(sites);
    }

    /// <summary>The run's id: any unique string; shards of one run share it.</summary>
    public string RunId { get; }

    /// <summary>When the run (or this shard) started; written with <c>+08:00</c>.</summary>
    public Instant StartedAt { get; }

    /// <summary>When it finished; written with <c>+08:00</c>.</summary>
    public Instant FinishedAt { get; }

    /// <summary>The day obligations were judged on (China date).</summary>
    public LocalDate Today { get; }

    /// <summary>The sites, in inventory order.</summary>
    public IReadOnlyList<SiteAudit> Sites { get; }

    /// <summary>What changed since each site's last completed run.</summary>
    public IReadOnlyList<AuditChange> Changes { get; }

    /// <summary>Which shard of the run this is (<c>--shard I/N</c>); null for a whole run (stored as shard 0 of 1).</summary>
    public VerificationShard? Shard { get; }

    /// <summary>The counts over <see cref="Sites"/>.</summary>
    public AuditSummary Summary { get; }

    /// <summary>Whether anything is overdue or any verification error was found: <c>audit</c> exits 1.</summary>
    public bool HasProblems => Summary.Overdue > 0 || Summary.Errors > 0;

    /// <summary>
    /// Writes the run as UTF-8 JSON (<c>audit --format json</c>), ending with a newline: <c>runId</c>,
    /// <c>startedAt</c>, <c>finishedAt</c>, <c>today</c>, <c>sites</c> (obligations as <c>deadlines</c> writes them,
    /// targets as <c>verify</c> writes them, evidence), <c>changes</c> and <c>summary</c>. The same in every language.
    /// </summary>
    public void WriteJson(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        AuditJsonWriter.Write(output, this);
    }

    /// <summary>Writes the run in <paramref name="format"/> onto <paramref name="output"/>: what <c>audit --format text|json</c> prints.</summary>
    public void Write(TextWriter output, AuditReportFormat format, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == AuditReportFormat.Json)
        {
            JsonOntoText.Write(output, WriteJson);
        }
        else
        {
            WriteText(output, language);
        }
    }

    /// <summary>Writes the run as text (<c>audit --format text</c>) in <paramref name="language"/>.</summary>
    public void WriteText(TextWriter output, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        AuditTextWriter.Write(output, this, language);
    }
}

using System.Data.Common;
using IcpBadge.Configuration;

namespace IcpBadge.Audits.History;

/// <summary>Writes the sites of one run inside its transaction, with each statement prepared once for every site.</summary>
public abstract partial class AuditHistoryStore
{
    private sealed class RunWriter : IAsyncDisposable
    {
        private readonly AuditRun _run;
        private readonly int _shard;
        private readonly long _startedAt;
        private readonly ILookup<string, AuditChange> _changes;
        private readonly IReadOnlyDictionary<string, string> _lastCompletedRunBySite;
        private readonly DbCommand _previousFindings;
        private readonly DbCommand _site;
        private readonly DbCommand _obligation;
        private readonly DbCommand _target;
        private readonly DbCommand _finding;
        private readonly DbCommand _evidenceTarget;
        private readonly DbCommand _evidenceFile;
        private readonly DbCommand _evidence;
        private readonly DbCommand _change;

        public RunWriter(DbConnection connection, DbTransaction transaction, AuditRun run, int shard, IReadOnlyDictionary<string, string> lastCompletedRunBySite)
        {
            _run = run;
            _shard = shard;
            _startedAt = run.StartedAt.ToUnixTimeMilliseconds();
            _changes = run.Changes.ToLookup(c => c.SiteId, StringComparer.Ordinal);
            _lastCompletedRunBySite = lastCompletedRunBySite;
            _previousFindings = Command(connection, transaction, "SELECT fingerprint, first_seen, first_seen_run FROM findings WHERE run_id = @run AND site_id = @site", "run", "site");
            _site = Command(
                connection,
                transaction,
                "INSERT INTO site_results (run_id, site_id, shard_index, position, name, clean, overdue, due_soon, errors, warnings, unreachable) VALUES (@run, @site, @shard, @position, @name, @clean, @overdue, @dueSoon, @errors, @warnings, @unreachable)",
                "run", "site", "shard", "position", "name", "clean", "overdue", "dueSoon", "errors", "warnings", "unreachable");
            _obligation = Command(
                connection,
                transaction,
                "INSERT INTO obligations (run_id, site_id, position, obligation_id, subject_zh, subject_en, due, state, days_left, days_late, done_on, stricter_due, notes) VALUES (@run, @site, @position, @id, @subjectZh, @subjectEn, @due, @state, @daysLeft, @daysLate, @doneOn, @stricterDue, @notes)",
                "run", "site", "position", "id", "subjectZh", "subjectEn", "due", "state", "daysLeft", "daysLate", "doneOn", "stricterDue", "notes");
            _target = Command(
                connection,
                transaction,
                "INSERT INTO targets (run_id, site_id, position, target, final_url, status, is_home_page) VALUES (@run, @site, @position, @target, @finalUrl, @status, @home)",
                "run", "site", "position", "target", "finalUrl", "status", "home");
            _finding = Command(
                connection,
                transaction,
                "INSERT INTO findings (run_id, site_id, target_position, position, rule, severity, message_zh, message_en, evidence, fingerprint, first_seen, first_seen_run) VALUES (@run, @site, @target, @position, @rule, @severity, @zh, @en, @evidence, @fingerprint, @firstSeen, @firstSeenRun)",
                "run", "site", "target", "position", "rule", "severity", "zh", "en", "evidence", "fingerprint", "firstSeen", "firstSeenRun");
            _evidenceTarget = Command(
                connection,
                transaction,
                "INSERT INTO evidence_targets (run_id, site_id, position, target, notes) VALUES (@run, @site, @position, @target, @notes)",
                "run", "site", "position", "target", "notes");
            _evidenceFile = Command(
                connection,
                transaction,
                "INSERT INTO evidence_files (sha256, bytes, first_stored) VALUES (@sha256, @bytes, @at) ON CONFLICT (sha256) DO NOTHING",
                "sha256", "bytes", "at");
            _evidence = Command(
                connection,
                transaction,
                "INSERT INTO evidence (run_id, site_id, target_position, position, kind, path, sha256) VALUES (@run, @site, @target, @position, @kind, @path, @sha256)",
                "run", "site", "target", "position", "kind", "path", "sha256");
            _change = Command(
                connection,
                transaction,
                "INSERT INTO changes (run_id, site_id, position, kind, rule, obligation, target, from_state, to_state) VALUES (@run, @site, @position, @kind, @rule, @obligation, @target, @from, @to)",
                "run", "site", "position", "kind", "rule", "obligation", "target", "from", "to");
        }

        public async Task WriteAsync(SiteAudit site, CancellationToken ct)
        {
            var runId = _run.RunId;
            var firstSeen = await PreviousFirstSeenAsync(site.Id, ct).ConfigureAwait(false);
            await ExecuteAsync(_site, ct, runId, site.Id, _shard, site.Position, site.Name, site.IsClean ? 1 : 0, site.Overdue, site.DueSoon, site.Errors, site.Warnings, site.Unreachable).ConfigureAwait(false);
            for (var i = 0; i < site.Obligations.Count; i++)
            {
                var o = site.Obligations[i];
                await ExecuteAsync(
                    _obligation,
                    ct,
                    runId,
                    site.Id,
                    i,
                    o.Id,
                    o.Subject?.Zh,
                    o.Subject?.En,
                    Date(o.Due),
                    o.State.ToString(),
                    o.DaysLeft,
                    o.DaysLate,
                    Date(o.DoneOn),
                    Date(o.StricterDue),
                    NotesJson(o.Notes)).ConfigureAwait(false);
            }

            for (var t = 0; t < site.Targets.Count; t++)
            {
                var target = site.Targets[t];
                await ExecuteAsync(_target, ct, runId, site.Id, t, target.Target, target.FinalUrl, AuditNames.Status(target.Status), target.IsHomePage ? 1 : 0).ConfigureAwait(false);
                for (var f = 0; f < target.Findings.Count; f++)
                {
                    var finding = target.Findings[f];
                    var fingerprint = FindingFingerprint.Of(site.Id, target.Target, finding.Rule, finding.Evidence);
                    var (seen, seenRun) = firstSeen.TryGetValue(fingerprint, out var earlier) ? earlier : (_startedAt, runId);
                    await ExecuteAsync(_finding, ct, runId, site.Id, t, f, finding.Rule, AuditNames.Severity(finding.Severity), finding.MessageZh, finding.MessageEn, finding.Evidence, fingerprint, seen, seenRun).ConfigureAwait(false);
                }
            }

            for (var e = 0; e < site.Evidence.Count; e++)
            {
                var entry = site.Evidence[e];
                await ExecuteAsync(_evidenceTarget, ct, runId, site.Id, e, entry.Target, NotesJson(entry.Notes)).ConfigureAwait(false);
                for (var f = 0; f < entry.Files.Count; f++)
                {
                    var file = entry.Files[f];
                    await ExecuteAsync(_evidenceFile, ct, file.Sha256, file.Bytes, _startedAt).ConfigureAwait(false);
                    await ExecuteAsync(_evidence, ct, runId, site.Id, e, f, file.Kind, file.Path, file.Sha256).ConfigureAwait(false);
                }
            }

            var position = 0;
            foreach (var change in _changes[site.Id])
            {
                await ExecuteAsync(_change, ct, runId, site.Id, position++, change.Kind.ToString(), change.Rule, change.Obligation, change.Target, change.From, change.To).ConfigureAwait(false);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in new[] { _previousFindings, _site, _obligation, _target, _finding, _evidenceTarget, _evidenceFile, _evidence, _change })
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>When each finding of the site's last completed run was first seen, by fingerprint: a finding still there keeps its date.</summary>
        private async Task<Dictionary<string, (long At, string RunId)>> PreviousFirstSeenAsync(string siteId, CancellationToken ct)
        {
            var seen = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
            if (!_lastCompletedRunBySite.TryGetValue(siteId, out var previous))
            {
                return seen;
            }

            Set(_previousFindings, previous, siteId);
            await using var reader = await _previousFindings.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                seen.TryAdd(reader.GetString(0), (Long(reader, 1), reader.GetString(2)));
            }

            return seen;
        }

        private static string? Date(NodaTime.LocalDate? date) => date is { } value ? IsoDate.Format(value) : null;
    }
}

using System.Data.Common;
using IcpBadge.Configuration;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using IcpBadge.Rules;
using IcpBadge.Verification;
using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>The reads: runs, sites as they were, per-site history, notifications, evidence hashes.</summary>
public abstract partial class AuditHistoryStore
{
    private const string RunReferenceSql = """
        SELECT r.run_id, r.today, r.started_at, r.shard_count,
               (SELECT COUNT(*) FROM run_shards s WHERE s.run_id = r.run_id),
               (SELECT MAX(s.finished_at) FROM run_shards s WHERE s.run_id = r.run_id)
        FROM runs r
        """;

    private static readonly Dictionary<string, ObligationDefinition> DefinitionsById =
        ObligationCatalog.All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    private static async Task<StoredRun?> LoadRunCoreAsync(DbConnection connection, string? runId, CancellationToken ct)
    {
        if (runId is null)
        {
            await using var latest = Command(connection, null, LatestCompleteRunSql);
            runId = (string?)await ScalarAsync(latest, ct).ConfigureAwait(false);
            if (runId is null)
            {
                return null;
            }
        }

        var reference = await ReadReferenceAsync(connection, runId, ct).ConfigureAwait(false);
        if (reference is null)
        {
            return null;
        }

        var rows = await ReadRunAsync(connection, runId, ct).ConfigureAwait(false);
        var stored = new HashSet<int>();
        await using (var shards = Command(connection, null, "SELECT shard_index FROM run_shards WHERE run_id = @run", "run"))
        {
            Set(shards, runId);
            await using var reader = await shards.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                stored.Add((int)Long(reader, 0));
            }
        }

        var missing = Enumerable.Range(0, reference.ShardCount).Where(i => !stored.Contains(i)).ToList();
        var run = new AuditRun(runId, reference.StartedAt, reference.FinishedAt, reference.Today, rows.Sites, rows.Changes);
        return new StoredRun(reference, run, missing);
    }

    private static async Task<IReadOnlyList<RunReference>> ListRunsCoreAsync(DbConnection connection, int limit, CancellationToken ct)
    {
        await using var command = Command(connection, null, RunReferenceSql + " ORDER BY r.started_at DESC, r.run_id DESC LIMIT @limit", "limit");
        Set(command, Math.Max(0, limit));
        return await ReadReferencesAsync(command, ct).ConfigureAwait(false);
    }

    private static async Task<RunReference?> ReadReferenceAsync(DbConnection connection, string runId, CancellationToken ct)
    {
        await using var command = Command(connection, null, RunReferenceSql + " WHERE r.run_id = @run", "run");
        Set(command, runId);
        return (await ReadReferencesAsync(command, ct).ConfigureAwait(false)).FirstOrDefault();
    }

    private static async Task<List<RunReference>> ReadReferencesAsync(DbCommand command, CancellationToken ct)
    {
        var references = new List<RunReference>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var started = Instant.FromUnixTimeMilliseconds(Long(reader, 2));
            var finished = reader.IsDBNull(5) ? started : Instant.FromUnixTimeMilliseconds(Long(reader, 5));
            references.Add(new RunReference(reader.GetString(0), IsoDate.Parse(reader.GetString(1)), started, finished, (int)Long(reader, 3), (int)Long(reader, 4)));
        }

        return references;
    }

    private static async Task<IReadOnlyDictionary<string, SiteAudit>> LoadLastCompletedCoreAsync(DbConnection connection, List<string> siteIds, string? excludingRunId, CancellationToken ct)
    {
        var lastRunBySite = await LastCompletedRunsAsync(connection, null, siteIds, excludingRunId ?? string.Empty, ct).ConfigureAwait(false);
        var result = new Dictionary<string, SiteAudit>(StringComparer.Ordinal);
        foreach (var group in lastRunBySite.GroupBy(p => p.Value, StringComparer.Ordinal))
        {
            var rows = await ReadRunAsync(connection, group.Key, ct).ConfigureAwait(false);
            var wanted = group.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var site in rows.Sites.Where(s => wanted.Contains(s.Id)))
            {
                result[site.Id] = site;
            }
        }

        return result;
    }

    private static async Task<IReadOnlyList<SiteHistory>> GetSiteHistoryCoreAsync(DbConnection connection, string? siteId, CancellationToken ct)
    {
        var ids = new List<string>();
        await using (var list = siteId is null
            ? Command(connection, null, "SELECT DISTINCT site_id FROM site_results")
            : Command(connection, null, "SELECT DISTINCT site_id FROM site_results WHERE site_id = @site", "site"))
        {
            if (siteId is not null)
            {
                Set(list, siteId);
            }

            await using var reader = await list.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }
        }

        ids.Sort(StringComparer.Ordinal);
        const string Latest = "SELECT sr.run_id FROM site_results sr JOIN runs r ON r.run_id = sr.run_id WHERE sr.site_id = @site";
        const string Order = " ORDER BY r.started_at DESC, r.run_id DESC LIMIT 1";
        await using var lastRun = Command(connection, null, Latest + Order, "site");
        await using var lastClean = Command(connection, null, Latest + " AND sr.clean = 1" + Order, "site");
        var references = new Dictionary<string, RunReference?>(StringComparer.Ordinal);
        var runs = new Dictionary<string, RunRows>(StringComparer.Ordinal);
        var histories = new List<SiteHistory>(ids.Count);
        foreach (var id in ids)
        {
            var lastId = (string?)await ScalarAsync(lastRun, ct, id).ConfigureAwait(false);
            var cleanId = (string?)await ScalarAsync(lastClean, ct, id).ConfigureAwait(false);
            if (lastId is null)
            {
                continue;
            }

            if (!runs.TryGetValue(lastId, out var rows))
            {
                rows = runs[lastId] = await ReadRunAsync(connection, lastId, ct).ConfigureAwait(false);
            }

            var site = rows.Sites.First(s => s.Id == id);
            var last = await ReferenceAsync(lastId).ConfigureAwait(false);
            var clean = cleanId is null ? null : await ReferenceAsync(cleanId).ConfigureAwait(false);
            histories.Add(new SiteHistory(id, site.Name, last!, clean, rows.OpenFindings[id], site.Obligations) { Evidence = site.Evidence });
        }

        return histories;

        async Task<RunReference?> ReferenceAsync(string runId)
        {
            if (!references.TryGetValue(runId, out var reference))
            {
                reference = references[runId] = await ReadReferenceAsync(connection, runId, ct).ConfigureAwait(false);
            }

            return reference;
        }
    }

    private static async Task<IReadOnlyList<NotificationRecord>> GetNotificationsCoreAsync(DbConnection connection, string channel, CancellationToken ct)
    {
        await using var command = Command(connection, null, "SELECT channel, site_id, subject, state, run_id, sent_at FROM notifications WHERE channel = @channel ORDER BY site_id, subject", "channel");
        Set(command, channel);
        var records = new List<NotificationRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            records.Add(new NotificationRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), Instant.FromUnixTimeMilliseconds(Long(reader, 5))));
        }

        return records;
    }

    private static async Task<IReadOnlyList<EvidenceHash>> GetEvidenceHashesCoreAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = Command(connection, null, "SELECT sha256, bytes, first_stored FROM evidence_files ORDER BY sha256");
        var hashes = new List<EvidenceHash>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            hashes.Add(new EvidenceHash(reader.GetString(0), Long(reader, 1), Instant.FromUnixTimeMilliseconds(Long(reader, 2))));
        }

        return hashes;
    }

    /// <summary>Every site of a stored run (all its stored shards), in inventory order, with its changes and its findings' first-seen dates.</summary>
    private static async Task<RunRows> ReadRunAsync(DbConnection connection, string runId, CancellationToken ct)
    {
        var sites = new List<(string Id, string Name, int Position)>();
        await using (var command = Command(connection, null, "SELECT site_id, name, position FROM site_results WHERE run_id = @run ORDER BY position, site_id", "run"))
        {
            Set(command, runId);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                sites.Add((reader.GetString(0), reader.GetString(1), (int)Long(reader, 2)));
            }
        }

        var obligations = new Dictionary<string, List<Obligation>>(StringComparer.Ordinal);
        await ReadRowsAsync(connection, runId, "SELECT site_id, obligation_id, subject_zh, subject_en, due, state, days_left, days_late, done_on, stricter_due, notes FROM obligations WHERE run_id = @run ORDER BY site_id, position", reader =>
        {
            if (!DefinitionsById.TryGetValue(reader.GetString(1), out var definition))
            {
                return;
            }

            var zh = Text(reader, 2);
            var en = Text(reader, 3);
            Add(obligations, reader.GetString(0), new Obligation
            {
                Definition = definition,
                Subject = zh is null && en is null ? null : new LocalizedText(zh ?? string.Empty, en ?? string.Empty),
                Due = ParseDate(Text(reader, 4)),
                State = ParseState(reader.GetString(5)),
                DaysLeft = NullableInt(reader, 6),
                DaysLate = NullableInt(reader, 7),
                DoneOn = ParseDate(Text(reader, 8)),
                StricterDue = ParseDate(Text(reader, 9)),
                Notes = ParseNotes(Text(reader, 10)),
            });
        }, ct).ConfigureAwait(false);

        var findings = new Dictionary<(string, int), List<InspectionFinding>>();
        var open = new Dictionary<string, List<OpenFinding>>(StringComparer.Ordinal);
        var targetNames = new Dictionary<(string, int), string>();
        var targets = new Dictionary<string, List<(int Position, string Target, string FinalUrl, TargetStatus Status, bool Home)>>(StringComparer.Ordinal);
        await ReadRowsAsync(connection, runId, "SELECT site_id, position, target, final_url, status, is_home_page FROM targets WHERE run_id = @run ORDER BY site_id, position", reader =>
        {
            var position = (int)Long(reader, 1);
            targetNames[(reader.GetString(0), position)] = reader.GetString(2);
            Add(targets, reader.GetString(0), (position, reader.GetString(2), reader.GetString(3), AuditNames.ParseStatus(reader.GetString(4)), Long(reader, 5) != 0));
        }, ct).ConfigureAwait(false);

        await ReadRowsAsync(connection, runId, "SELECT site_id, target_position, rule, severity, message_zh, message_en, evidence, fingerprint, first_seen, first_seen_run FROM findings WHERE run_id = @run ORDER BY site_id, target_position, position", reader =>
        {
            var site = reader.GetString(0);
            var target = (int)Long(reader, 1);
            var severity = AuditNames.ParseSeverity(reader.GetString(3));
            var finding = new InspectionFinding(reader.GetString(2), severity, new LocalizedText(reader.GetString(4), reader.GetString(5)), reader.GetString(6));
            Add(findings, (site, target), finding);
            var name = targetNames.GetValueOrDefault((site, target), string.Empty);
            Add(open, site, new OpenFinding(finding.Rule, name, severity, finding.Evidence, reader.GetString(7), Instant.FromUnixTimeMilliseconds(Long(reader, 8)), reader.GetString(9)));
        }, ct).ConfigureAwait(false);

        var evidenceTargets = new Dictionary<(string, int), (string Target, List<LocalizedText> Notes)>();
        await ReadRowsAsync(connection, runId, "SELECT site_id, position, target, notes FROM evidence_targets WHERE run_id = @run", reader =>
            evidenceTargets[(reader.GetString(0), (int)Long(reader, 1))] = (reader.GetString(2), ParseNotes(reader.GetString(3))), ct).ConfigureAwait(false);

        var evidenceFiles = new Dictionary<(string, int), List<EvidenceFile>>();
        await ReadRowsAsync(connection, runId, "SELECT e.site_id, e.target_position, e.kind, e.path, e.sha256, f.bytes FROM evidence e JOIN evidence_files f ON f.sha256 = e.sha256 WHERE e.run_id = @run ORDER BY e.site_id, e.target_position, e.position", reader =>
            Add(evidenceFiles, (reader.GetString(0), (int)Long(reader, 1)), new EvidenceFile(reader.GetString(2), reader.GetString(3), reader.GetString(4), Long(reader, 5))), ct).ConfigureAwait(false);

        var names = sites.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var changes = new Dictionary<string, List<AuditChange>>(StringComparer.Ordinal);
        await ReadRowsAsync(connection, runId, "SELECT site_id, kind, rule, obligation, target, from_state, to_state FROM changes WHERE run_id = @run ORDER BY site_id, position", reader =>
        {
            var site = reader.GetString(0);
            Add(changes, site, new AuditChange(site, names.GetValueOrDefault(site, site), AuditNames.ParseKind(reader.GetString(1)), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6)));
        }, ct).ConfigureAwait(false);

        var audits = new List<SiteAudit>(sites.Count);
        var allChanges = new List<AuditChange>();
        foreach (var (id, name, position) in sites)
        {
            var siteTargets = targets.GetValueOrDefault(id) ?? [];
            var reports = siteTargets
                .Select(t => new TargetReport(t.Target, t.FinalUrl, t.Status, t.Home, findings.GetValueOrDefault((id, t.Position)) ?? []))
                .ToList();
            var evidence = evidenceTargets
                .Where(p => p.Key.Item1 == id)
                .OrderBy(p => p.Key.Item2)
                .Select(p => new EvidenceEntry(p.Value.Target, evidenceFiles.GetValueOrDefault(p.Key) ?? [], p.Value.Notes))
                .ToList();
            audits.Add(new SiteAudit(id, name, obligations.GetValueOrDefault(id) ?? [], reports, evidence) { Position = position });
            allChanges.AddRange(changes.GetValueOrDefault(id) ?? []);
            open.TryAdd(id, []);
        }

        return new RunRows(audits, allChanges, open);
    }

    private static async Task ReadRowsAsync(DbConnection connection, string runId, string sql, Action<DbDataReader> read, CancellationToken ct)
    {
        await using var command = Command(connection, null, sql, "run");
        Set(command, runId);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            read(reader);
        }
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> into, TKey key, TValue value)
        where TKey : notnull
    {
        if (!into.TryGetValue(key, out var list))
        {
            into[key] = list = [];
        }

        list.Add(value);
    }

    private static LocalDate? ParseDate(string? text) => text is null ? null : IsoDate.Parse(text);

    private sealed record RunRows(List<SiteAudit> Sites, List<AuditChange> Changes, Dictionary<string, List<OpenFinding>> OpenFindings);
}

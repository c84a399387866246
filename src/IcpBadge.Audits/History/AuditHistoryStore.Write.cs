using System.Data.Common;
using System.Globalization;
using IcpBadge.Configuration;
using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>The writes: migrations, a run (or shard), notifications, pruning — each one transaction.</summary>
public abstract partial class AuditHistoryStore
{
    private const string LastCompletedSql = """
        SELECT sr.run_id FROM site_results sr JOIN runs r ON r.run_id = sr.run_id
        WHERE sr.site_id = @site AND sr.run_id <> @exclude
          AND (SELECT COUNT(*) FROM run_shards s WHERE s.run_id = r.run_id) >= r.shard_count
        ORDER BY r.started_at DESC, r.run_id DESC LIMIT 1
        """;

    private const string LatestCompleteRunSql = """
        SELECT r.run_id FROM runs r
        WHERE (SELECT COUNT(*) FROM run_shards s WHERE s.run_id = r.run_id) >= r.shard_count
        ORDER BY r.started_at DESC, r.run_id DESC LIMIT 1
        """;

    private async Task MigrateAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Read first, without a transaction: a read-only store at the current version must still answer queries.
        var version = await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
        if (version == AuditHistorySchema.CurrentVersion)
        {
            return;
        }

        CheckNotNewer(version);
        var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await using (var create = Command(connection, transaction, $"CREATE TABLE IF NOT EXISTS {AuditHistorySchema.MigrationsTable} (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"))
            {
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // Another process may have migrated meanwhile; the write lock taken above makes this read final.
            version = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            CheckNotNewer(version);
            foreach (var migration in AuditHistorySchema.Migrations.Where(m => m.Version > version))
            {
                foreach (var statement in migration.Statements)
                {
                    await using var command = Command(connection, transaction, statement);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var record = Command(connection, transaction, $"INSERT INTO {AuditHistorySchema.MigrationsTable} (version, name, applied_at) VALUES (@version, @name, @at)", "version", "name", "at");
                await ExecuteAsync(record, cancellationToken, migration.Version, migration.Name, Clock.GetCurrentInstant().ToUnixTimeMilliseconds()).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void CheckNotNewer(int version)
    {
        if (version > AuditHistorySchema.CurrentVersion)
        {
            throw new AuditHistoryException(AuditHistoryFailure.Refused, AuditsText.Format("History.NewerSchema", Description, version, AuditHistorySchema.CurrentVersion));
        }
    }

    private static async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = Command(connection, transaction, $"SELECT MAX(version) FROM {AuditHistorySchema.MigrationsTable}");
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }
        catch (DbException) when (transaction is null)
        {
            return 0; // no migrations table yet: a new store
        }
    }

    private async Task SaveAsync(DbConnection connection, AuditRun run, CancellationToken cancellationToken)
    {
        var shard = run.Shard ?? new Verification.VerificationShard(0, 1);
        var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var startedAt = run.StartedAt.ToUnixTimeMilliseconds();
            await using (var insertRun = Command(connection, transaction, "INSERT INTO runs (run_id, today, shard_count, started_at) VALUES (@run, @today, @count, @started) ON CONFLICT (run_id) DO NOTHING", "run", "today", "count", "started"))
            {
                await ExecuteAsync(insertRun, cancellationToken, run.RunId, IsoDate.Format(run.Today), shard.Count, startedAt).ConfigureAwait(false);
            }

            await using (var count = Command(connection, transaction, "SELECT shard_count FROM runs WHERE run_id = @run", "run"))
            {
                var stored = Convert.ToInt32(await ScalarAsync(count, cancellationToken, run.RunId).ConfigureAwait(false), CultureInfo.InvariantCulture);
                if (stored != shard.Count)
                {
                    throw new AuditHistoryException(AuditHistoryFailure.Refused, AuditsText.Format("History.ShardCountMismatch", run.RunId, stored, shard.Count));
                }
            }

            await using (var exists = Command(connection, transaction, "SELECT COUNT(*) FROM run_shards WHERE run_id = @run AND shard_index = @shard", "run", "shard"))
            {
                if (Convert.ToInt32(await ScalarAsync(exists, cancellationToken, run.RunId, shard.Index).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
                {
                    throw ShardTwice(run.RunId, shard);
                }
            }

            try
            {
                await using var insertShard = Command(connection, transaction, "INSERT INTO run_shards (run_id, shard_index, started_at, finished_at, sites) VALUES (@run, @shard, @started, @finished, @sites)", "run", "shard", "started", "finished", "sites");
                await ExecuteAsync(insertShard, cancellationToken, run.RunId, shard.Index, startedAt, run.FinishedAt.ToUnixTimeMilliseconds(), run.Sites.Count).ConfigureAwait(false);
            }
            catch (DbException exception) when (IsUniqueViolation(exception))
            {
                throw ShardTwice(run.RunId, shard);
            }

            var lastCompleted = await LastCompletedRunsAsync(connection, transaction, run.Sites.Select(s => s.Id), run.RunId, cancellationToken).ConfigureAwait(false);
            var writer = new RunWriter(connection, transaction, run, shard.Index, lastCompleted);
            await using (writer.ConfigureAwait(false))
            {
                foreach (var site in run.Sites)
                {
                    await writer.WriteAsync(site, cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static AuditHistoryException ShardTwice(string runId, Verification.VerificationShard shard) =>
        new(AuditHistoryFailure.Refused, AuditsText.Format("History.ShardTwice", shard.Index, shard.Count, runId));

    private static async Task RecordNotificationsCoreAsync(DbConnection connection, IReadOnlyList<NotificationRecord> records, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await using var upsert = Command(
                connection,
                transaction,
                """
                INSERT INTO notifications (channel, site_id, subject, state, run_id, sent_at) VALUES (@channel, @site, @subject, @state, @run, @sent)
                ON CONFLICT (channel, site_id, subject) DO UPDATE SET state = excluded.state, run_id = excluded.run_id, sent_at = excluded.sent_at
                """,
                "channel",
                "site",
                "subject",
                "state",
                "run",
                "sent");
            foreach (var record in records)
            {
                await ExecuteAsync(upsert, cancellationToken, record.Channel, record.SiteId, record.Subject, record.State, record.RunId, record.SentAt.ToUnixTimeMilliseconds()).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<PruneResult> PruneCoreAsync(DbConnection connection, int keepDays, CancellationToken cancellationToken)
    {
        var cutoff = (Clock.GetCurrentInstant() - Duration.FromDays(keepDays)).ToUnixTimeMilliseconds();
        var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            string keep;
            await using (var latest = Command(connection, transaction, LatestCompleteRunSql))
            {
                keep = (string?)await ScalarAsync(latest, cancellationToken).ConfigureAwait(false) ?? string.Empty;
            }

            // Children first, so the deletion does not depend on the connection enforcing ON DELETE CASCADE.
            var runs = 0;
            string[] tables = ["changes", "evidence", "evidence_targets", "findings", "targets", "obligations", "site_results", "run_shards", "runs"];
            foreach (var table in tables)
            {
                await using var delete = Command(
                    connection,
                    transaction,
                    $"DELETE FROM {table} WHERE run_id IN (SELECT run_id FROM runs WHERE started_at < @cutoff AND run_id <> @keep)",
                    "cutoff",
                    "keep");
                var removed = await ExecuteAsync(delete, cancellationToken, cutoff, keep).ConfigureAwait(false);
                runs = table == "runs" ? removed : runs;
            }

            var orphans = new List<string>();
            const string Orphan = "NOT EXISTS (SELECT 1 FROM evidence e WHERE e.sha256 = evidence_files.sha256)";
            await using (var select = Command(connection, transaction, $"SELECT sha256 FROM evidence_files WHERE {Orphan} ORDER BY sha256"))
            {
                await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    orphans.Add(reader.GetString(0));
                }
            }

            await using (var delete = Command(connection, transaction, $"DELETE FROM evidence_files WHERE {Orphan}"))
            {
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new PruneResult(runs, orphans);
        }
    }
}

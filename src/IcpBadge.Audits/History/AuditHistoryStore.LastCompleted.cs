using System.Data.Common;

namespace IcpBadge.Audits.History;

/// <summary>Which completed run each site was last seen in: the base of <c>changes</c> and of first-seen dates.</summary>
public abstract partial class AuditHistoryStore
{
    /// <summary>How many of the newest completed runs are read whole before falling back to a lookup per site.</summary>
    private const int RecentRunsReadWhole = 3;

    private const string RecentCompletedRunsSql = """
        SELECT r.run_id FROM runs r
        WHERE r.run_id <> @exclude
          AND (SELECT COUNT(*) FROM run_shards s WHERE s.run_id = r.run_id) >= r.shard_count
        ORDER BY r.started_at DESC, r.run_id DESC LIMIT @limit
        """;

    /// <summary>
    /// For each of <paramref name="siteIds"/>, the newest completed run other than <paramref name="excludingRunId"/>
    /// that holds a result for it; sites never audited are left out.
    /// </summary>
    /// <remarks>
    /// One ordered lookup per site (<see cref="LastCompletedSql"/>) reads every stored run of that site, so a nightly
    /// audit got slower as its history grew. A nightly audit finds nearly every site in the newest completed run, so
    /// the site lists of the newest few runs are read whole first (an index range each), and only the sites left over
    /// (new ones, or ones missing from those runs) get the per-site lookup.
    /// </remarks>
    private static async Task<Dictionary<string, string>> LastCompletedRunsAsync(
        DbConnection connection, DbTransaction? transaction, IEnumerable<string> siteIds, string excludingRunId, CancellationToken ct)
    {
        var remaining = new HashSet<string>(siteIds, StringComparer.Ordinal);
        var lastRunBySite = new Dictionary<string, string>(StringComparer.Ordinal);
        if (remaining.Count == 0)
        {
            return lastRunBySite;
        }

        var recent = new List<string>(RecentRunsReadWhole);
        await using (var runs = Command(connection, transaction, RecentCompletedRunsSql, "exclude", "limit"))
        {
            Set(runs, excludingRunId, RecentRunsReadWhole);
            await using var reader = await runs.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                recent.Add(reader.GetString(0));
            }
        }

        await using (var sites = Command(connection, transaction, "SELECT site_id FROM site_results WHERE run_id = @run", "run"))
        {
            foreach (var runId in recent)
            {
                Set(sites, runId);
                await using var reader = await sites.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (remaining.Count > 0 && await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    var siteId = reader.GetString(0);
                    if (remaining.Remove(siteId))
                    {
                        lastRunBySite[siteId] = runId;
                    }
                }

                if (remaining.Count == 0)
                {
                    return lastRunBySite;
                }
            }
        }

        await using var last = Command(connection, transaction, LastCompletedSql, "site", "exclude");
        foreach (var siteId in remaining)
        {
            if (await ScalarAsync(last, ct, siteId, excludingRunId).ConfigureAwait(false) is string runId)
            {
                lastRunBySite[siteId] = runId;
            }
        }

        return lastRunBySite;
    }
}

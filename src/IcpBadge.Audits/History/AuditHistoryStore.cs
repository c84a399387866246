using System.Data.Common;
using IcpBadge.Deadlines;
using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>
/// The audit history over ADO.NET: one schema (<see cref="AuditHistorySchema"/>) and one set of parameterised SQL
/// statements that SQLite (<see cref="SqliteAuditHistory"/>) and PostgreSQL share; a store only adds its connection,
/// its error classification and, where it differs, its locking. Every write is one transaction: a failure leaves
/// nothing half-written. Failures are <see cref="AuditHistoryException"/>s with one clear line.
/// </summary>
/// <example>
/// <code>
/// await using var history = AuditHistory.Open("audit.db", SystemClock.Instance);
/// var previous = await history.LoadLastCompletedAsync(["example.cn"], excludingRunId: null);
/// await history.SaveRunAsync(run);
/// foreach (var site in await history.GetSiteHistoryAsync()) { Console.WriteLine($"{site.Id} {site.LastCleanRun?.Today}"); }
/// </code>
/// </example>
public abstract partial class AuditHistoryStore : IAsyncDisposable
{
    private bool _initialized;

    /// <summary>Creates a store; <paramref name="clock"/> dates migrations and decides what <see cref="PruneAsync"/> keeps.</summary>
    protected AuditHistoryStore(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
    }

    /// <summary>The clock that dates migrations and pruning.</summary>
    protected IClock Clock { get; }

    /// <summary>How the store is named in messages: a file path, or host and database (never a password).</summary>
    public abstract string Description { get; }

    /// <summary>Whether several processes may write shards of one run at once (PostgreSQL yes, SQLite no: it has one writer).</summary>
    public abstract bool SupportsShards { get; }

    /// <summary>A new, closed connection to the store.</summary>
    protected abstract DbConnection CreateConnection();

    /// <summary>
    /// The one line for a driver exception: <see cref="AuditHistoryFailure.Unavailable"/> unless it says otherwise
    /// (a store overrides it to recognise its own read-only, missing or unreachable errors).
    /// </summary>
    protected virtual AuditHistoryException Classify(Exception exception) =>
        new(AuditHistoryFailure.Unavailable, AuditsText.Format("History.Failed", Description, OneLine(exception.Message)), exception);

    /// <summary>Whether <paramref name="exception"/> is a unique-key violation (a shard stored twice by concurrent writers).</summary>
    protected abstract bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// Starts the transaction of a write; SQLite takes its write lock at once, PostgreSQL may take an advisory lock
    /// so concurrent shards do not migrate the schema twice.
    /// </summary>
    protected virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Creates the schema or applies the migrations it lacks (one transaction); a store written by a newer version is
    /// refused. Called by every operation; call it first to fail early.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await RunAsync(async connection =>
        {
            await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            return true;
        }, initialize: false, cancellationToken).ConfigureAwait(false);
        _initialized = true;
    }

    /// <summary>
    /// Stores a run, or one shard of it (<see cref="AuditRun.Shard"/>), in one transaction: its sites, obligations,
    /// targets, findings (each with when it was first seen), evidence hashes and changes.
    /// </summary>
    /// <exception cref="AuditHistoryException">The store failed, or refused: the shard is already stored, the run id
    /// was stored with another shard count, or this store takes no shards.</exception>
    public Task SaveRunAsync(AuditRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Shard is { Count: > 1 } && !SupportsShards)
        {
            throw ShardsRefused();
        }

        return RunAsync(connection => SaveAsync(connection, run, cancellationToken), initialize: true, cancellationToken);
    }

    /// <summary>The refusal of <c>--shard</c> by a store with one writer.</summary>
    public AuditHistoryException ShardsRefused() =>
        new(AuditHistoryFailure.Refused, AuditsText.Format("History.ShardsNeedServer", Description));

    /// <summary>A run read back (the union of its stored shards): <paramref name="runId"/>, or the latest complete run when null; null when there is none.</summary>
    public Task<StoredRun?> LoadRunAsync(string? runId = null, CancellationToken cancellationToken = default) =>
        RunAsync(connection => LoadRunCoreAsync(connection, runId, cancellationToken), initialize: true, cancellationToken);

    /// <summary>The runs in the history, newest first, at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<RunReference>> ListRunsAsync(int limit = 100, CancellationToken cancellationToken = default) =>
        RunAsync(connection => ListRunsCoreAsync(connection, limit, cancellationToken), initialize: true, cancellationToken);

    /// <summary>
    /// For each of <paramref name="siteIds"/>, the site as it was in its last completed run (all shards in), not
    /// counting <paramref name="excludingRunId"/>; sites never audited are absent. What <c>changes</c> compares with.
    /// </summary>
    public Task<IReadOnlyDictionary<string, SiteAudit>> LoadLastCompletedAsync(IEnumerable<string> siteIds, string? excludingRunId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(siteIds);
        var ids = siteIds.ToList();
        return RunAsync(connection => LoadLastCompletedCoreAsync(connection, ids, excludingRunId, cancellationToken), initialize: true, cancellationToken);
    }

    /// <summary>
    /// Per site (every site, or only <paramref name="siteId"/>), ordered by id: its last run, its last clean run, its
    /// open findings with when each was first seen, and its obligations (<c>icp-badge history</c>).
    /// </summary>
    public Task<IReadOnlyList<SiteHistory>> GetSiteHistoryAsync(string? siteId = null, CancellationToken cancellationToken = default) =>
        RunAsync(connection => GetSiteHistoryCoreAsync(connection, siteId, cancellationToken), initialize: true, cancellationToken);

    /// <summary>What was last notified on <paramref name="channel"/>, one record per site and subject.</summary>
    public Task<IReadOnlyList<NotificationRecord>> GetNotificationsAsync(string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        return RunAsync(connection => GetNotificationsCoreAsync(connection, channel, cancellationToken), initialize: true, cancellationToken);
    }

    /// <summary>Records what was notified (replacing what was last notified on the same channel, site and subject), in one transaction.</summary>
    public Task RecordNotificationsAsync(IEnumerable<NotificationRecord> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var records = notifications.ToList();
        return RunAsync(connection => RecordNotificationsCoreAsync(connection, records, cancellationToken), initialize: true, cancellationToken);
    }

    /// <summary>
    /// Removes runs that started more than <paramref name="keepDays"/> days ago (never the latest complete run), with
    /// everything that belongs to them, and the evidence hashes no remaining run references; one transaction.
    /// </summary>
    /// <exception cref="AuditHistoryException">The store failed, or <paramref name="keepDays"/> is negative (refused).</exception>
    public Task<PruneResult> PruneAsync(int keepDays, CancellationToken cancellationToken = default)
    {
        if (keepDays < 0)
        {
            throw new AuditHistoryException(AuditHistoryFailure.Refused, AuditsText.Format("History.KeepDaysNegative", keepDays));
        }

        return RunAsync(connection => PruneCoreAsync(connection, keepDays, cancellationToken), initialize: true, cancellationToken);
    }

    /// <summary>The evidence files the history knows, by SHA-256 (every run's files, each once).</summary>
    public Task<IReadOnlyList<EvidenceHash>> GetEvidenceHashesAsync(CancellationToken cancellationToken = default) =>
        RunAsync(connection => GetEvidenceHashesCoreAsync(connection, cancellationToken), initialize: true, cancellationToken);

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>The first line of a driver message, so a problem stays one line.</summary>
    protected static string OneLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    private async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> operation, bool initialize, CancellationToken cancellationToken)
    {
        if (initialize)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var connection = CreateConnection();
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return await operation(connection).ConfigureAwait(false);
            }
        }
        catch (AuditHistoryException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is DbException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw Classify(exception);
        }
    }

    private async Task RunAsync(Func<DbConnection, Task> operation, bool initialize, CancellationToken cancellationToken) =>
        await RunAsync(async connection =>
        {
            await operation(connection).ConfigureAwait(false);
            return true;
        }, initialize, cancellationToken).ConfigureAwait(false);

    private static ObligationState ParseState(string text) =>
        Enum.TryParse<ObligationState>(text, ignoreCase: false, out var state) ? state : ObligationState.NotApplicable;
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>
/// The history in one SQLite file (<c>--history audit.db</c>), created with its schema on first use. SQLite has one
/// writer, so it takes no shards (<see cref="SupportsShards"/> is false).
/// </summary>
public sealed class SqliteAuditHistory : AuditHistoryStore
{
    private readonly string _connectionString;

    /// <summary>Opens (and on first write creates) the store in the file <paramref name="path"/>.</summary>
    /// <param name="path">The SQLite file; its folder must exist.</param>
    /// <param name="clock">The clock for migrations and pruning; the system clock when null.</param>
    public SqliteAuditHistory(string path, IClock? clock = null)
        : base(clock ?? SystemClock.Instance)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
        }.ToString();
    }

    /// <summary>The SQLite file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override string Description => Path;

    /// <inheritdoc />
    public override bool SupportsShards => false;

    /// <inheritdoc />
    /// <exception cref="AuditHistoryException">SQLite's native library could not be loaded (<see cref="NativeLibraryMissing"/>).</exception>
    protected override DbConnection CreateConnection()
    {
        try
        {
            return new SqliteConnection(_connectionString);
        }
        catch (Exception exception) when (NativeLibraryMissing(exception, Path) is { } missing)
        {
            throw missing;
        }
    }

    /// <summary>
    /// The one line for SQLite's native library (e_sqlite3) failing to load — absent beside a framework-dependent
    /// tool, or built for another platform — when <paramref name="exception"/> is that failure (the type initializer
    /// of the first <see cref="SqliteConnection"/> wraps it, around the reflection call that loads the bundle); null for
    /// any other exception. A store failure (exit 3)
    /// that names what is missing and what to use instead.
    /// </summary>
    internal static AuditHistoryException? NativeLibraryMissing(Exception exception, string path)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
            {
                return new AuditHistoryException(AuditHistoryFailure.Unavailable, AuditsText.Format("History.Sqlite.NativeMissing", path, FirstSentence(current.Message)), exception);
            }

            if (current is not (TypeInitializationException or System.Reflection.TargetInvocationException))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The loader's first sentence (what failed to load); the rest is advice on strace and LD_DEBUG.</summary>
    private static string FirstSentence(string message)
    {
        var line = OneLine(message);
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? line : line[..end]).TrimEnd('.', ':');
    }

    /// <inheritdoc />
    protected override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT

    /// <inheritdoc />
    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);

        // BEGIN IMMEDIATE: take the write lock before reading what the write depends on.
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    /// <inheritdoc />
    protected override AuditHistoryException Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var key = exception switch
        {
            SqliteException { SqliteErrorCode: 8 } => "History.Sqlite.ReadOnly",   // SQLITE_READONLY
            SqliteException { SqliteErrorCode: 14 } => "History.Sqlite.CannotOpen", // SQLITE_CANTOPEN
            SqliteException { SqliteErrorCode: 26 or 11 } => "History.Sqlite.NotADatabase", // SQLITE_NOTADB, SQLITE_CORRUPT
            SqliteException { SqliteErrorCode: 5 or 6 } => "History.Sqlite.Busy",   // SQLITE_BUSY, SQLITE_LOCKED
            SqliteException { SqliteErrorCode: 13 } => "History.Sqlite.Full",       // SQLITE_FULL
            _ => null,
        };
        return key is null
            ? base.Classify(exception)
            : new AuditHistoryException(AuditHistoryFailure.Unavailable, AuditsText.Format(key, Path), exception);
    }
}

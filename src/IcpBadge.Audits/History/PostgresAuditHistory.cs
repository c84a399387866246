using System.Data.Common;
using Npgsql;
using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>
/// The history in a PostgreSQL database shared by a team (<c>--history "Host=…;Database=…"</c> or
/// <c>postgres://…</c>): the same schema and statements as SQLite. Several processes may write shards of one run at
/// once (<see cref="SupportsShards"/>): every write transaction first takes one transaction-scoped advisory lock, so
/// two processes never migrate the schema twice and shards of a run are stored one after another, each whole or not
/// at all.
/// </summary>
public sealed class PostgresAuditHistory : AuditHistoryStore
{
    /// <summary>The advisory lock key every write takes (<c>pg_advisory_xact_lock</c>): "icpbadge" in ASCII.</summary>
    public const long WriteLockKey = 0x6963_7062_6164_6765;

    private readonly NpgsqlDataSource? _dataSource;
    private readonly AuditHistoryException? _invalid;

    /// <summary>
    /// Opens the store at <paramref name="address"/> (nothing connects until the first operation). An address that is
    /// not valid fails that first operation, like an unreachable server, with an <see cref="AuditHistoryException"/>
    /// (<see cref="AuditHistoryFailure.Refused"/>: bad input), so opening a store never throws.
    /// </summary>
    /// <param name="address">An Npgsql connection string or a <c>postgres://</c> URI.</param>
    /// <param name="clock">The clock for migrations and pruning; the system clock when null.</param>
    public PostgresAuditHistory(string address, IClock? clock = null)
        : base(clock ?? SystemClock.Instance)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = PostgresAddress.Parse(address);
        }
        catch (AuditHistoryException invalid)
        {
            _invalid = invalid;
            Description = "postgres://";
            return;
        }

        Description = PostgresAddress.Describe(builder);

        // The slim builder keeps the native binary small and free of reflection; TLS is needed by hosted databases.
        var source = new NpgsqlSlimDataSourceBuilder(builder.ConnectionString);
        source.EnableTransportSecurity();
        _dataSource = source.Build();
    }

    /// <inheritdoc />
    public override string Description { get; }

    /// <inheritdoc />
    public override bool SupportsShards => true;

    /// <inheritdoc />
    protected override DbConnection CreateConnection() => _dataSource?.CreateConnection() ?? throw _invalid!;

    /// <inheritdoc />
    protected override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT pg_advisory_xact_lock(" + WriteLockKey.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override AuditHistoryException Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName })
        {
            return new AuditHistoryException(AuditHistoryFailure.Unavailable, AuditsText.Format("History.Postgres.NoDatabase", Description), exception);
        }

        var key = exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } => "History.Postgres.Login",
            NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException or IOException } => "History.Postgres.Unreachable",
            System.Net.Sockets.SocketException or TimeoutException => "History.Postgres.Unreachable",
            _ => null,
        };
        var reason = OneLine((exception.InnerException ?? exception).Message).TrimEnd('.');
        return key is null
            ? base.Classify(exception)
            : new AuditHistoryException(AuditHistoryFailure.Unavailable, AuditsText.Format(key, Description, reason), exception);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }
}

using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Audits.History;

/// <summary>Opens the history store an address names (<c>--history</c>, <c>ICPBADGE_HISTORY</c>).</summary>
public static class AuditHistory
{
    /// <summary>The environment variable that names the store when <c>--history</c> is not given.</summary>
    public const string EnvironmentVariable = "ICPBADGE_HISTORY";

    /// <summary>
    /// The store at <paramref name="address"/>: a PostgreSQL connection string (<c>Host=…;Database=…</c>) or
    /// <c>postgres://</c> URI for a team's shared store, otherwise a SQLite file path.
    /// </summary>
    /// <param name="address">The store's address.</param>
    /// <param name="clock">The clock for migrations and pruning; the system clock when null.</param>
    public static AuditHistoryStore Open(string address, IClock? clock = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        return new SqliteAuditHistory(address, clock);
    }

    /// <summary>The store at <paramref name="address"/> as <see cref="Open"/> opens it; null when the address is null or blank (no history).</summary>
    /// <param name="address">The store's address, e.g. <c>--history</c> or else <c>ICPBADGE_HISTORY</c>.</param>
    /// <param name="clock">The clock for migrations and pruning; the system clock when null.</param>
    public static AuditHistoryStore? OpenOrNull(string? address, IClock? clock = null) =>
        string.IsNullOrWhiteSpace(address) ? null : Open(address, clock);

    /// <summary>The one line for a command that needs a store and was given none.</summary>
    public static LocalizedText NoStore => AuditsText.Get("History.NoStore");

    /// <summary>Whether <paramref name="address"/> names a PostgreSQL store rather than a SQLite file.</summary>
    public static bool IsPostgres(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || address.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || address.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }
}

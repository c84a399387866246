using Npgsql;

namespace IcpBadge.Audits.History;

/// <summary>
/// Turns a PostgreSQL store address into an Npgsql connection string: <c>Host=…;Database=…</c> as it is, or a libpq
/// URI (<c>postgres://user[:password]@host[:port]/database?sslmode=require</c>) converted key by key. A password may be
/// left out: Npgsql then reads <c>PGPASSWORD</c> or the password file (<c>~/.pgpass</c>, <c>PGPASSFILE</c>).
/// </summary>
public static class PostgresAddress
{
    /// <summary>The libpq URI parameters understood, with the Npgsql keyword each becomes.</summary>
    private static readonly Dictionary<string, string> UriParameters = new(StringComparer.Ordinal)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["passfile"] = "Passfile",
        ["host"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
    };

    /// <summary>The Npgsql connection string for <paramref name="address"/>.</summary>
    /// <exception cref="AuditHistoryException">The address is neither a valid connection string nor a valid URI (<see cref="AuditHistoryFailure.Refused"/>).</exception>
    public static NpgsqlConnectionStringBuilder Parse(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        try
        {
            return IsUri(address) ? FromUri(address) : new NpgsqlConnectionStringBuilder(address);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            throw new AuditHistoryException(AuditHistoryFailure.Refused, AuditsText.Format("History.Postgres.BadAddress", Redacted(address, exception)), exception);
        }
    }

    /// <summary>How an address is named in messages: host, port and database, never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static bool IsUri(string address) =>
        address.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static NpgsqlConnectionStringBuilder FromUri(string address)
    {
        var uri = new Uri(address, UriKind.Absolute);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.IdnHost.Length > 0 ? uri.IdnHost.Trim('[', ']') : "localhost" };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = Uri.UnescapeDataString(equals < 0 ? string.Empty : pair[(equals + 1)..]);
            if (!UriParameters.TryGetValue(key, out var keyword))
            {
                throw new ArgumentException($"the URI parameter '{key}' is not supported (supported: {string.Join(", ", UriParameters.Keys)})");
            }

            builder[keyword] = key == "sslmode" ? SslMode(value) : value;
        }

        return builder;
    }

    /// <summary>libpq's <c>sslmode</c> values (<c>verify-full</c>) as Npgsql's (<c>VerifyFull</c>).</summary>
    private static string SslMode(string value) => value switch
    {
        "disable" => "Disable",
        "allow" => "Allow",
        "prefer" => "Prefer",
        "require" => "Require",
        "verify-ca" => "VerifyCA",
        "verify-full" => "VerifyFull",
        _ => throw new ArgumentException($"sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full"),
    };

    /// <summary>The parser's complaint, which never repeats the address (it may hold a password).</summary>
    private static string Redacted(string address, Exception exception) =>
        exception.Message.Contains(address, StringComparison.Ordinal) ? exception.GetType().Name : exception.Message.TrimEnd('.');
}

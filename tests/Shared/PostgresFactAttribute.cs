namespace IcpBadge.Testing;

/// <summary>
/// A <see cref="FactAttribute"/> for tests against a real PostgreSQL (the convention of <c>ChromiumFact</c>): the
/// server is <c>ICPBADGE_TEST_POSTGRES</c> (an Npgsql connection string; <c>./test.sh</c> starts one with
/// <c>eng/ci/postgres.sh</c> and sets it). Skipped with the reason when it is unset, unless <c>CI=true</c>, where the
/// test runs and fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The environment variable naming the test server.</summary>
    public const string Variable = "ICPBADGE_TEST_POSTGRES";

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no server is configured and CI is not <c>true</c>.</summary>
    public PostgresFactAttribute()
    {
        if (ConnectionString is null && !IsCi)
        {
            Skip = $"{Variable} is not set. Start a server with `eng/ci/postgres.sh start` and export {Variable} to its output. " +
                "PostgreSQL tests are skipped when CI is not 'true' and fail when CI=true.";
        }
    }

    /// <summary>The connection string of the test server; null when unset.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value.Trim() : null;

    /// <summary>The connection string, or a failure saying it is missing (under <c>CI=true</c>).</summary>
    public static string RequiredConnectionString =>
        ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set, and CI=true: PostgreSQL tests must run in CI (./test.sh starts a server).");

    private static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}

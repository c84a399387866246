using IcpBadge.Audits.History;

namespace IcpBadge.Audits.Tests.History;

/// <summary>PostgreSQL store addresses: connection strings as they are, <c>postgres://</c> URIs converted for Npgsql.</summary>
public sealed class PostgresAddressTests
{
    [Fact]
    public void ConnectionString_IsKept()
    {
        var builder = PostgresAddress.Parse("Host=db.example.cn;Port=5433;Database=audits;Username=ops");

        Assert.Equal(("db.example.cn", 5433, "audits", "ops"), (builder.Host, builder.Port, builder.Database, builder.Username));
    }

    [Fact]
    public void Uri_IsConverted_WithItsPasswordAndParameters()
    {
        var builder = PostgresAddress.Parse("postgres://ops:p%40ss%3Bword@db.example.cn:6543/audit%20history?sslmode=verify-full&application_name=icp-badge");

        Assert.Equal("db.example.cn", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("audit history", builder.Database);
        Assert.Equal("ops", builder.Username);
        Assert.Equal("p@ss;word", builder.Password);
        Assert.Equal(Npgsql.SslMode.VerifyFull, builder.SslMode);
        Assert.Equal("icp-badge", builder.ApplicationName);
    }

    [Fact]
    public void UriWithoutPassword_LeavesItToPgpassOrPgpassword()
    {
        var builder = PostgresAddress.Parse("postgresql://ops@127.0.0.1/audits");

        Assert.Null(builder.Password);
        Assert.Equal(5432, builder.Port);
    }

    [Fact]
    public void Description_NeverShowsThePassword()
    {
        var store = new PostgresAuditHistory("postgres://ops:secret@db.example.cn:6543/audits");

        Assert.Equal("postgres://db.example.cn:6543/audits", store.Description);
        Assert.DoesNotContain("secret", store.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://ops@db.example.cn/audits?colour=blue", "colour")]
    [InlineData("postgres://ops@db.example.cn/audits?sslmode=sometimes", "sslmode")]
    [InlineData("Host=db.example.cn;Colour=blue", "colour")]
    public void BadAddress_IsRefusedInOneLine_WithoutThePassword(string address, string named)
    {
        var refused = Assert.Throws<AuditHistoryException>(() => PostgresAddress.Parse(address));

        Assert.Equal(AuditHistoryFailure.Refused, refused.Failure);
        Assert.Contains(named, refused.Problem.En, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', refused.Problem.En);
        Assert.StartsWith("审计历史库地址", refused.Problem.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreWithABadAddress_OpensAndFailsItsFirstOperationInOneLine()
    {
        await using var store = new PostgresAuditHistory("postgres://ops:secret@db.example.cn/audits?colour=blue");

        var refused = await Assert.ThrowsAsync<AuditHistoryException>(() => store.InitializeAsync());

        Assert.Equal(AuditHistoryFailure.Refused, refused.Failure);
        Assert.Contains("colour", refused.Problem.En, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", refused.Problem.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ChoosesPostgresForConnectionStringsAndUris()
    {
        Assert.IsType<PostgresAuditHistory>(AuditHistory.Open("Host=127.0.0.1;Database=audits"));
        Assert.IsType<PostgresAuditHistory>(AuditHistory.Open("postgres://127.0.0.1/audits"));
        Assert.IsType<SqliteAuditHistory>(AuditHistory.Open("audit.db"));
    }
}

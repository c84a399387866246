using IcpBadge.Audits.History;
using IcpBadge.Localization;

namespace IcpBadge.Audits.Tests.History;

/// <summary>
/// SQLite's native library failing to load (a framework-dependent tool on a platform without e_sqlite3) is a store
/// failure with one line in each language that names what is missing and what to use instead, never a crash.
/// </summary>
public sealed class SqliteNativeLibraryTests
{
    public static TheoryData<string> LoadFailures => ["dll", "entry-point", "type-initializer", "nested-type-initializer"];

    [Theory]
    [MemberData(nameof(LoadFailures))]
    public void ALoadFailure_IsOneLine_ExitThree(string kind)
    {
        Exception cause = kind == "entry-point"
            ? new EntryPointNotFoundException("Unable to find an entry point named 'sqlite3_open_v2' in shared library 'e_sqlite3'.")
            : new DllNotFoundException("Unable to load shared library 'e_sqlite3' or one of its dependencies. In order to help diagnose loading problems, consider using a tool like strace.\nlibe_sqlite3.so: cannot open shared object file");
        var thrown = kind switch
        {
            "type-initializer" => new TypeInitializationException("Microsoft.Data.Sqlite.SqliteConnection", cause),
            // What Microsoft.Data.Sqlite really throws: its type initializer loads the bundle by reflection.
            "nested-type-initializer" => new TypeInitializationException("Microsoft.Data.Sqlite.SqliteConnection",
                new System.Reflection.TargetInvocationException(new TypeInitializationException("SQLitePCL.raw", cause))),
            _ => cause,
        };

        var problem = SqliteAuditHistory.NativeLibraryMissing(thrown, "audit.db");

        Assert.NotNull(problem);
        Assert.Equal(3, problem.ExitCode);
        Assert.Same(thrown, problem.InnerException);
        var en = problem.Problem.In(Language.En);
        var zh = problem.Problem.In(Language.Zh);
        Assert.DoesNotContain('\n', en);
        Assert.DoesNotContain('\n', zh);
        Assert.StartsWith("History store audit.db: SQLite's native library (e_sqlite3) could not be loaded (", en, StringComparison.Ordinal);
        Assert.DoesNotContain("strace", en, StringComparison.Ordinal);
        Assert.Contains("use the native icp-badge binary", en, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL", en, StringComparison.Ordinal);
        Assert.StartsWith("审计历史库 audit.db：无法加载 SQLite 本机库 e_sqlite3（", zh, StringComparison.Ordinal);
        Assert.Contains("原生可执行文件", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherFailures_AreNotMistakenForAMissingLibrary()
    {
        Assert.Null(SqliteAuditHistory.NativeLibraryMissing(new InvalidOperationException("x"), "audit.db"));
        Assert.Null(SqliteAuditHistory.NativeLibraryMissing(new TypeInitializationException("Other", new InvalidOperationException("x")), "audit.db"));
    }

    [Fact]
    public async Task AWorkingLibrary_OpensTheStore()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-sqlite-native-");
        try
        {
            await using var store = new SqliteAuditHistory(Path.Combine(folder.FullName, "audit.db"));
            await store.InitializeAsync();
            Assert.Empty(await store.ListRunsAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

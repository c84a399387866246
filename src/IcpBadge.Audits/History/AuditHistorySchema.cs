namespace IcpBadge.Audits.History;

/// <summary>
/// The history's schema as versioned migrations, in SQL both SQLite and PostgreSQL accept (TEXT, INTEGER, BIGINT;
/// instants as Unix milliseconds, dates as <c>YYYY-MM-DD</c>). <c>docs/audit.md</c> documents every table; a store
/// applies the migrations it lacks in one transaction and records each in <c>icpbadge_migrations</c>.
/// </summary>
public static class AuditHistorySchema
{
    /// <summary>The table that records which migrations a store has.</summary>
    public const string MigrationsTable = "icpbadge_migrations";

    /// <summary>The migrations, oldest first; a store at version N has applied the first N.</summary>
    public static IReadOnlyList<AuditHistoryMigration> Migrations { get; } =
    [
        new(1, "runs, site results, obligations, targets, findings, evidence, changes, notifications",
        [
            """
            CREATE TABLE runs (
                run_id TEXT NOT NULL PRIMARY KEY,
                today TEXT NOT NULL,
                shard_count INTEGER NOT NULL,
                started_at BIGINT NOT NULL)
            """,
            "CREATE INDEX runs_started ON runs (started_at)",
            """
            CREATE TABLE run_shards (
                run_id TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
                shard_index INTEGER NOT NULL,
                started_at BIGINT NOT NULL,
                finished_at BIGINT NOT NULL,
                sites INTEGER NOT NULL,
                PRIMARY KEY (run_id, shard_index))
            """,
            """
            CREATE TABLE site_results (
                run_id TEXT NOT NULL,
                site_id TEXT NOT NULL,
                shard_index INTEGER NOT NULL,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                clean INTEGER NOT NULL,
                overdue INTEGER NOT NULL,
                due_soon INTEGER NOT NULL,
                errors INTEGER NOT NULL,
                warnings INTEGER NOT NULL,
                unreachable INTEGER NOT NULL,
                PRIMARY KEY (run_id, site_id),
                FOREIGN KEY (run_id, shard_index) REFERENCES run_shards (run_id, shard_index) ON DELETE CASCADE)
            """,
            "CREATE INDEX site_results_site ON site_results (site_id)",
            """
            CREATE TABLE obligations (
                run_id TEXT NOT NULL,
                site_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                obligation_id TEXT NOT NULL,
                subject_zh TEXT,
                subject_en TEXT,
                due TEXT,
                state TEXT NOT NULL,
                days_left INTEGER,
                days_late INTEGER,
                done_on TEXT,
                stricter_due TEXT,
                notes TEXT NOT NULL,
                PRIMARY KEY (run_id, site_id, position),
                FOREIGN KEY (run_id, site_id) REFERENCES site_results (run_id, site_id) ON DELETE CASCADE)
            """,
            """
            CREATE TABLE targets (
                run_id TEXT NOT NULL,
                site_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                target TEXT NOT NULL,
                final_url TEXT NOT NULL,
                status TEXT NOT NULL,
                is_home_page INTEGER NOT NULL,
                PRIMARY KEY (run_id, site_id, position),
                FOREIGN KEY (run_id, site_id) REFERENCES site_results (run_id, site_id) ON DELETE CASCADE)
            """,
            """
            CREATE TABLE findings (
                run_id TEXT NOT NULL,
                site_id TEXT NOT NULL,
                target_position INTEGER NOT NULL,
                position INTEGER NOT NULL,
                rule TEXT NOT NULL,
                severity TEXT NOT NULL,
                message_zh TEXT NOT NULL,
                message_en TEXT NOT NULL,
                evidence TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                first_seen BIGINT NOT NULL,
                first_seen_run TEXT NOT NULL,
                PRIMARY KEY (run_id, site_id, target_position, position),
                FOREIGN KEY (run_id, site_id, target_position) REFERENCES targets (run_id, site_id, position) ON DELETE CASCADE)
            """,
            "CREATE INDEX findings_fingerprint ON findings (site_id, fingerprint)",
            """
            CREATE TABLE evidence_files (
                sha256 TEXT NOT NULL PRIMARY KEY,
                bytes BIGINT NOT NULL,
                first_stored BIGINT NOT NULL)
            """,
            """
            CREATE TABLE evidence_targets (
                run_id TEXT NOT NULL,
                site_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                target TEXT NOT NULL,
                notes TEXT NOT NULL,
                PRIMARY KEY (run_id, site_id, position),
                FOREIGN KEY (run_id, site_id) REFERENCES site_results (run_id, site_id) ON DELETE CASCADE)
            """,
            """
            CREATE TABLE evidence (
                run_id TEXT NOT NULL,
                site_id TEXT NOT NULL,
                target_position INTEGER NOT NULL,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL,
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL REFERENCES evidence_files (sha256),
                PRIMARY KEY (run_id, site_id, target_position, position),
                FOREIGN KEY (run_id, site_id, target_position) REFERENCES evidence_targets (run_id, site_id, position) ON DELETE CASCADE)
            """,
            "CREATE INDEX evidence_sha256 ON evidence (sha256)",
            """
            CREATE TABLE changes (
                run_id TEXT NOT NULL,
                site_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL,
                rule TEXT,
                obligation TEXT,
                target TEXT,
                from_state TEXT,
                to_state TEXT,
                PRIMARY KEY (run_id, site_id, position),
                FOREIGN KEY (run_id, site_id) REFERENCES site_results (run_id, site_id) ON DELETE CASCADE)
            """,
            """
            CREATE TABLE notifications (
                channel TEXT NOT NULL,
                site_id TEXT NOT NULL,
                subject TEXT NOT NULL,
                state TEXT NOT NULL,
                run_id TEXT NOT NULL,
                sent_at BIGINT NOT NULL,
                PRIMARY KEY (channel, site_id, subject))
            """,
        ]),
    ];

    /// <summary>The version a store has once every migration is applied.</summary>
    public static int CurrentVersion => Migrations[^1].Version;
}

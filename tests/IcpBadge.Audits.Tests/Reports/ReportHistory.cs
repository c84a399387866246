using IcpBadge.Audits.History;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using IcpBadge.Rules;
using IcpBadge.Verification;
using NodaTime;

namespace IcpBadge.Audits.Tests.Reports;

/// <summary>
/// A SQLite history with two runs over 50 sites (yesterday and today). Today: sites 0–4 overdue, 5–11 due soon,
/// 12–17 with an ICP006 error, 18 unreachable, 19–21 with a warning, the rest clean; site 7's name is hostile HTML.
/// </summary>
internal sealed class ReportHistory : IAsyncDisposable
{
    public static readonly LocalDate Today = new(2026, 12, 3);
    public const int SiteCount = 50;
    public const string HostileName = "<script>alert(1)</script>示例&\"站\"";

    private readonly string _folder;

    private ReportHistory(string folder, AuditHistoryStore store)
    {
        _folder = folder;
        Store = store;
    }

    public AuditHistoryStore Store { get; }

    public string Path => System.IO.Path.Combine(_folder, "audit.db");

    public const string FirstRunId = "run-2026-12-02";
    public const string SecondRunId = "run-2026-12-03";

    public static async Task<ReportHistory> CreateAsync(int sites = SiteCount, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory("icpbadge-report-").FullName;
        var store = AuditHistory.Open(System.IO.Path.Combine(folder, "audit.db"));
        var history = new ReportHistory(folder, store);
        await store.SaveRunAsync(Run(FirstRunId, Today.PlusDays(-1), sites, yesterday: true));
        await store.SaveRunAsync(Run(SecondRunId, Today, sites, yesterday: false));
        return history;
    }

    public static string Id(int i) => $"site-{i:00}.example.cn";

    public static string Name(int i) => i == 7 ? HostileName : $"示例网站 {i:00}";

    /// <summary>What the report should say about site <paramref name="i"/> today.</summary>
    public static string ExpectedStanding(int i) => i switch
    {
        < 5 => "Overdue",
        < 12 => "DueSoon",
        < 18 => "Error",
        18 => "Unreachable",
        < 22 => "Warning",
        _ => "Ok",
    };

    public static AuditRun Run(string runId, LocalDate today, int sites, bool yesterday)
    {
        var start = today.AtStartOfDayInZone(ChinaTime.Zone).ToInstant().Plus(Duration.FromHours(2));
        var list = Enumerable.Range(0, sites).Select(i => Site(i, today, yesterday)).ToList();
        IReadOnlyList<AuditChange> changes = yesterday ? [] :
        [
            new(Id(0), Name(0), AuditChangeKind.StateChanged, null, "D1", null, "DueSoon", "Overdue"),
            new(Id(12), Name(12), AuditChangeKind.NewFinding, "ICP006", null, $"https://{Id(12)}/", null, "error"),
            new(Id(18), Name(18), AuditChangeKind.BecameUnreachable, "NET001", null, $"https://{Id(18)}/", "ok", "unreachable"),
            new(Id(30), Name(30), AuditChangeKind.FixedFinding, "ICP006", null, $"https://{Id(30)}/", "error", null),
        ];
        return new AuditRun(runId, start, start.Plus(Duration.FromSeconds(41)), today, list, changes);
    }

    private static SiteAudit Site(int i, LocalDate today, bool yesterday)
    {
        // Yesterday site 0 was due soon (today overdue), 12 was clean, 18 reachable, 30 had the error fixed today.
        var d1 = Definition("D1");
        var d3 = Definition("D3");
        Obligation obligation = i switch
        {
            0 when yesterday => Open(d1, today, 1),
            < 5 => Open(d1, today, -(i + 1)),
            < 12 => Open(d1, today, i - 4),
            _ => Open(d1, today, 10 + i),
        };
        var done = new Obligation { Definition = d3, Due = today.PlusDays(-100), State = ObligationState.Done, DoneOn = today.PlusDays(-120) };
        var target = $"https://{Id(i)}/";
        List<InspectionFinding> findings = [];
        var status = TargetStatus.Ok;
        if (i is >= 12 and < 18 && !(yesterday && i == 12) || (yesterday && i == 30))
        {
            findings.Add(new InspectionFinding("ICP006", FindingSeverity.Error, new LocalizedText("页面底部没有ICP备案号", "The ICP number is not in the footer"), "<footer>© 2026 示例</footer>"));
        }
        else if (i == 18 && !yesterday)
        {
            status = TargetStatus.Unreachable;
            findings.Add(new InspectionFinding("NET001", FindingSeverity.Error, new LocalizedText("无法读取页面：连接被拒绝", "The page could not be read: connection refused"), target));
        }
        else if (i is >= 19 and < 22)
        {
            findings.Add(new InspectionFinding("LNK001", FindingSeverity.Warning, new LocalizedText("备案号链接没有指向工信部备案系统", "The filing number does not link to the MIIT system"), "<a href=\"#\">京ICP备12345678号</a>"));
        }

        return new SiteAudit(Id(i), Name(i), [obligation, done], [new TargetReport(target, target, status, true, findings)]) { Position = i };
    }

    private static Obligation Open(ObligationDefinition definition, LocalDate today, int daysLeft) => new()
    {
        Definition = definition,
        Due = today.PlusDays(daysLeft),
        State = daysLeft < 0 ? ObligationState.Overdue : daysLeft <= 7 ? ObligationState.DueSoon : ObligationState.Pending,
        DaysLeft = daysLeft >= 0 ? daysLeft : null,
        DaysLate = daysLeft < 0 ? -daysLeft : null,
    };

    private static ObligationDefinition Definition(string id) => ObligationCatalog.All.Single(d => d.Id == id);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

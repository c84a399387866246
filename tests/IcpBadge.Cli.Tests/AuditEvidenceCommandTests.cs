using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IcpBadge.Testing;
using Microsoft.Data.Sqlite;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>icp-badge audit --evidence DIR</c> end to end: the folder holds the page as served, the footer PNG and
/// <c>evidence.json</c>, each named by its SHA-256; the same hashes are in the SQLite history and in <c>history --format json</c>.
/// </summary>
public sealed class AuditEvidenceCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-audit-evidence-").FullName;
    private PortfolioServer _server = null!;

    private string Database => Path.Combine(_folder, "audit.db");

    private string Evidence => Path.Combine(_folder, "evidence");

    public async Task InitializeAsync()
    {
        _server = await PortfolioServer.StartAsync();
        _server.Serve("/a/", PortfolioServer.GoodPage);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [ChromiumFact]
    public async Task Evidence_HoldsThePageTheFooterPngAndTheRecord_HashedAsTheHistorySays()
    {
        var (record, files) = await AuditAsync(ChromiumFactAttribute.ChromiumPath);

        Assert.Equal(["html", "png"], files.Select(f => f.Kind));
        var png = File.ReadAllBytes(Path.Combine(Evidence, files[1].Path));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("screenshotNote").ValueKind);
    }

    [Fact]
    public async Task WithoutChromium_ThePngIsSkippedWithANote_AndTheRestIsKept()
    {
        var (record, files) = await AuditAsync(Path.Combine(_folder, "no-chromium-here"));

        Assert.Equal(["html"], files.Select(f => f.Kind));
        Assert.Empty(Directory.GetFiles(Evidence, "*.png"));
        Assert.Equal("no screenshot: Chromium was not found (set CHROMIUM_PATH or install chromium)", record.GetProperty("screenshotNote").GetProperty("en").GetString());
        Assert.Equal("未截图：未找到 Chromium（请设置 CHROMIUM_PATH 或安装 chromium）", record.GetProperty("screenshotNote").GetProperty("zh").GetString());
    }

    /// <summary>
    /// Runs the audit with <c>CHROMIUM_PATH</c> = <paramref name="chromium"/>, checks everything that does not depend on
    /// the browser, and returns the page's <c>evidence.json</c> and the files it lists.
    /// </summary>
    private async Task<(JsonElement Record, List<(string Kind, string Path, string Sha256)> Files)> AuditAsync(string chromium)
    {
        var url = _server.Url("/a/").AbsoluteUri;
        var inventory = Path.Combine(_folder, "sites.json");
        await File.WriteAllTextAsync(inventory, $$"""
            { "Sites": [ { "Site": { "Id": "a", "Name": "示例网站", "HomeUrls": [ "{{url}}" ] },
              "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2025-12-01" },
              "Police": { "Number": "京公网安备11010502030143号" },
              "Copyright": { "Holder": "示例科技有限公司" } } ] }
            """);
        var environment = new Dictionary<string, string> { ["CHROMIUM_PATH"] = chromium, ["ICPBADGE_LANG"] = "en" };

        var audit = await CliRunner.RunWithEnvironmentAsync(environment, "audit", "--inventory", inventory, "--history", Database, "--evidence", Evidence, "--format", "json");

        Assert.Equal(0, audit.ExitCode);
        Assert.Empty(audit.Error);

        // Every file in the folder is named by the SHA-256 of its bytes, and nothing half-written is left.
        var stored = Directory.GetFiles(Evidence).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in stored)
        {
            Assert.Equal(Sha256(File.ReadAllBytes(Path.Combine(Evidence, name))), name[..name.IndexOf('.', StringComparison.Ordinal)]);
        }

        // The audit's JSON names the record and the files; the record is evidence.json.
        using var output = JsonDocument.Parse(audit.Out);
        var entry = Assert.Single(output.RootElement.GetProperty("sites")[0].GetProperty("evidence").EnumerateArray());
        Assert.Equal(url, entry.GetProperty("target").GetString());
        var listed = entry.GetProperty("files").EnumerateArray().Select(f => (Kind: f.GetProperty("kind").GetString()!, Path: f.GetProperty("path").GetString()!, Sha256: f.GetProperty("sha256").GetString()!)).ToList();
        Assert.Equal("json", listed[0].Kind);
        Assert.Equal(stored, listed.Select(f => f.Path).Order(StringComparer.Ordinal));

        using var recordDocument = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Evidence, listed[0].Path)));
        var record = recordDocument.RootElement.Clone();
        Assert.Equal(url, record.GetProperty("url").GetString());
        Assert.Equal(url, record.GetProperty("finalUrl").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", record.GetProperty("fetchedAt").GetString());
        Assert.Equal(200, record.GetProperty("status").GetInt32());
        Assert.Equal("text/html; charset=utf-8", record.GetProperty("headers").GetProperty("content-type").GetString());
        var files = record.GetProperty("files").EnumerateArray().Select(f => (Kind: f.GetProperty("kind").GetString()!, Path: f.GetProperty("path").GetString()!, Sha256: f.GetProperty("sha256").GetString()!)).ToList();
        Assert.Equal(listed.Skip(1), files);
        foreach (var file in files)
        {
            Assert.Equal(file.Sha256, Sha256(File.ReadAllBytes(Path.Combine(Evidence, file.Path))));
        }

        // The page is kept byte for byte as the server sent it.
        Assert.Equal(Encoding.UTF8.GetBytes(PortfolioServer.GoodPage), File.ReadAllBytes(Path.Combine(Evidence, files.Single(f => f.Kind == "html").Path)));

        // The history holds the same hashes, and `history --format json` shows them.
        Assert.Equal(listed.Select(f => f.Sha256).Order(StringComparer.Ordinal), await StoredHashesAsync());
        var history = await CliRunner.RunWithEnvironmentAsync(environment, "history", "--history", Database, "--format", "json");
        Assert.Equal(0, history.ExitCode);
        using var shown = JsonDocument.Parse(history.Out);
        var shownEntry = Assert.Single(shown.RootElement.GetProperty("sites")[0].GetProperty("evidence").EnumerateArray());
        Assert.Equal(url, shownEntry.GetProperty("target").GetString());
        Assert.Equal(listed.Select(f => f.Sha256), shownEntry.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("sha256").GetString()));
        return (record, files);
    }

    private async Task<List<string>> StoredHashesAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sha256 FROM evidence WHERE site_id = 'a' ORDER BY sha256";
        var hashes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

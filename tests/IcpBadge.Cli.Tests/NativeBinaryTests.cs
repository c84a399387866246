using System.Text.RegularExpressions;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// The NativeAOT binary (SPEC §11) as a black box: every command line in <see cref="Cases"/> runs once in-process
/// (<see cref="CliRunner"/>) and once as the native process, each on a fresh copy of the same inputs in the same folder,
/// and both must give the same exit code, the same standard output, the same standard error and the same files.
/// Without <c>ICPBADGE_NATIVE</c> the tests skip, except under <c>CI=true</c> (./test.sh publishes the binary).
/// </summary>
public sealed partial class NativeBinaryTests : IAsyncLifetime
{
    /// <summary>Placeholders in <see cref="Cases"/>: the case's own folder and the loopback server's root (no trailing slash).</summary>
    private const string Dir = "{dir}", Url = "{url}";

    /// <summary>A page the loopback server serves without any filing footer.</summary>
    private const string BarePage = "<!doctype html><html><head><title>无页脚</title></head><body><p>没有备案号</p></body></html>";

    /// <summary>An inventory of three sites on the same China dates as the sample configuration.</summary>
    private const string Inventory = """
        { "Sites": [
          { "Site": { "Name": "甲站", "Domains": [ "a.example.cn" ], "LaunchedOn": "2026-10-01" },
            "Icp": { "Number": "京ICP备87654321号-1", "ApprovedOn": "2026-09-20", "DisplayedOn": "2026-10-03" },
            "Police": { "Number": "京公网安备11010502030143号", "SubmittedOn": "2026-10-20", "ApprovedOn": "2026-10-28" } },
          { "Site": { "Name": "乙站", "LaunchedOn": "2026-11-20" },
            "Icp": { "Number": "粤ICP备12345678号-2", "ApprovedOn": "2026-11-01" },
            "Changes": [ { "Filing": "Icp", "EffectiveOn": "2027-01-15" } ] },
          { "Site": { "Name": "丙站", "LaunchedOn": "2026-06-01" },
            "Icp": { "Number": "沪ICP备20260001号-1" } } ] }
        """;

    private SitemapServer _server = null!;

    /// <summary>Every command line, by name: every command, every format, exit codes 0/1/2, missing files and bad options.</summary>
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        // ---- the root command ----------------------------------------------------------------------------------
        ["version"] = ["--version"],
        ["help"] = ["--help"],
        ["no-command"] = [],
        ["unknown-command"] = ["publish"],
        ["unknown-option"] = ["number", "--colour", "京ICP备12345678号-1"],

        // ---- number, rules -----------------------------------------------------------------------------------
        ["number-help"] = ["number", "--help"],
        ["number-text"] = ["number", "京ICP备12345678号-1", "京公网安备11010502030143号"],
        ["number-full-width"] = ["number", "京ＩＣＰ备１２３４５６７８号－１"],
        ["number-json"] = ["number", "粤ICP备12345678号", "京公网安备11010502030143号", "--format", "json"],
        ["number-invalid"] = ["number", "京ICP备123号"],
        ["number-invalid-json"] = ["number", "火ICP备12345678号", "--format", "json"],
        ["number-bad-format"] = ["number", "京ICP备12345678号-1", "--format", "xml"],
        ["rules-text"] = ["rules", "广东"],
        ["rules-json"] = ["rules", "sh", "--format", "json"],
        ["rules-unknown"] = ["rules", "火星"],

        // ---- init --------------------------------------------------------------------------------------------
        ["init-written"] = ["init", "--no-input", "--icp-number", "京ICP备12345678号-1", "--site-name", "示例站",
            "--holder", "示例公司", "--launched-on", "2026-11-01", "--police-number", "京公网安备11010502030143号",
            "-o", Dir + "/new/icpbadge.json"],
        ["init-no-number-no-terminal"] = ["init", "-o", Dir + "/new.json"],
        ["init-exists"] = ["init", "--no-input", "--icp-number", "京ICP备12345678号-1", "-o", Dir + "/icpbadge.json"],
        ["init-bad-date"] = ["init", "--no-input", "--icp-number", "京ICP备12345678号-1", "--launched-on", "2026-13-01", "-o", Dir + "/x.json"],

        // ---- render: every format and built-in template, a template file, bad input --------------------------
        ["render-html"] = ["render", "--config", Dir + "/icpbadge.json"],
        ["render-text"] = ["render", "-c", Dir + "/icpbadge.json", "--format", "text"],
        ["render-markdown"] = ["render", "-c", Dir + "/icpbadge.json", "--format", "markdown"],
        ["render-json"] = ["render", "-c", Dir + "/icpbadge.json", "--format", "json"],
        ["render-compact"] = ["render", "-c", Dir + "/icpbadge.json", "-t", "compact"],
        ["render-template-text"] = ["render", "-c", Dir + "/icpbadge.json", "-t", "text"],
        ["render-template-markdown"] = ["render", "-c", Dir + "/icpbadge.json", "-t", "markdown"],
        ["render-icp-link"] = ["render", "-c", Dir + "/icpbadge.json", "-t", "icp-link"],
        ["render-police-badge"] = ["render", "-c", Dir + "/icpbadge.json", "-t", "police-badge"],
        ["render-template-file"] = ["render", "-c", Dir + "/icpbadge.json", "-t", Dir + "/custom.scriban"],
        ["render-template-broken"] = ["render", "-c", Dir + "/icpbadge.json", "-t", Dir + "/broken.scriban"],
        ["render-missing-config"] = ["render", "--config", Dir + "/missing.json"],
        ["render-bad-json"] = ["render", "--config", Dir + "/bad.json"],
        ["render-invalid-config"] = ["render", "--config", Dir + "/invalid.json"],
        ["render-unknown-template"] = ["render", "-c", Dir + "/icpbadge.json", "-t", "fancy"],

        // ---- inject ------------------------------------------------------------------------------------------
        ["inject"] = ["inject", Dir + "/site", "--config", Dir + "/icpbadge.json"],
        ["inject-dry-run"] = ["inject", Dir + "/site", "-c", Dir + "/icpbadge.json", "--dry-run"],
        ["inject-copy-compact"] = ["inject", Dir + "/site", "-c", Dir + "/icpbadge.json", "--emblem", "copy", "-t", "compact",
            "--exclude", "fragment.htm"],
        ["inject-missing-folder"] = ["inject", Dir + "/no-such-site", "-c", Dir + "/icpbadge.json"],
        ["inject-bad-emblem-mode"] = ["inject", Dir + "/site", "-c", Dir + "/icpbadge.json", "--emblem", "link"],

        // ---- verify: files, URLs on loopback, sitemaps, every format -----------------------------------------
        ["verify-text"] = ["verify", Dir + "/site", "--config", Dir + "/icpbadge.json"],
        ["verify-json"] = ["verify", Dir + "/site", "-c", Dir + "/icpbadge.json", "--format", "json"],
        ["verify-sarif"] = ["verify", Dir + "/site", "-c", Dir + "/icpbadge.json", "--format", "sarif"],
        ["verify-junit"] = ["verify", Dir + "/site", "-c", Dir + "/icpbadge.json", "--format", "junit"],
        ["verify-no-config-all-pages"] = ["verify", Dir + "/site", "--all-pages", "--format", "json"],
        ["verify-shard"] = ["verify", Dir + "/site", "-c", Dir + "/icpbadge.json", "--shard", "1/2"],
        ["verify-output-file"] = ["verify", Dir + "/site", "-c", Dir + "/icpbadge.json", "-f", "sarif", "-o", Dir + "/report.sarif"],
        ["verify-clean-page"] = ["verify", Dir + "/clean.html", "-c", Dir + "/icpbadge.json"],
        ["verify-urls"] = ["verify", Url + "/index.html", Url + "/bare.html", "-c", Dir + "/icpbadge.json", "-f", "json"],
        ["verify-url-404"] = ["verify", Url + "/missing.html", "-c", Dir + "/icpbadge.json"],
        ["verify-sitemap-url"] = ["verify", "--sitemap", Url + "/sitemap.xml", "-c", Dir + "/icpbadge.json", "-f", "junit"],
        ["verify-sitemap-file"] = ["verify", "--sitemap", Dir + "/sitemap.xml", "-c", Dir + "/icpbadge.json", "-f", "sarif"],
        ["verify-missing-file"] = ["verify", Dir + "/nothing-here.html"],
        ["verify-bad-shard"] = ["verify", Dir + "/site", "--shard", "3/2"],
        ["verify-bad-timeout"] = ["verify", Url + "/index.html", "--timeout", "soon"],

        // ---- deadlines: every format, configurations and an inventory ---------------------------------------
        ["deadlines-text"] = ["deadlines", "--config", Dir + "/icpbadge.json", "--today", "2026-11-24"],
        ["deadlines-json"] = ["deadlines", "-c", Dir + "/icpbadge.json", "--today", "2026-11-24", "--format", "json"],
        ["deadlines-csv"] = ["deadlines", "-c", Dir + "/icpbadge.json", "--today", "2026-11-24", "--format", "csv"],
        ["deadlines-ics"] = ["deadlines", "-c", Dir + "/icpbadge.json", "--today", "2026-11-24", "--format", "ics"],
        ["deadlines-inventory-text"] = ["deadlines", "--inventory", Dir + "/sites.json", "--today", "2026-11-24"],
        ["deadlines-inventory-json"] = ["deadlines", "-i", Dir + "/sites.json", "--today", "2026-11-24", "-f", "json", "--basis", "earliest"],
        ["deadlines-inventory-csv"] = ["deadlines", "-i", Dir + "/sites.json", "--today", "2026-11-24", "-f", "csv", "--warn-days", "30"],
        ["deadlines-inventory-ics"] = ["deadlines", "-i", Dir + "/sites.json", "--today", "2026-11-24", "-f", "ics", "--warn-days", "3"],
        ["deadlines-inventory-xlsx"] = ["deadlines", "-i", Dir + "/sites.xlsx", "--sheet", "第二张", "--today", "2026-11-24", "-f", "xlsx", "-o", Dir + "/out/deadlines.xlsx"],
        ["deadlines-inventory-gbk-csv"] = ["deadlines", "-i", Dir + "/sites-gbk.csv", "--today", "2026-11-24", "-f", "json", "--lang", "zh"],
        ["deadlines-inventory-bad-sheet"] = ["deadlines", "-i", Dir + "/sites.xlsx", "--sheet", "没有", "--today", "2026-11-24"],
        ["init-inventory-csv"] = ["init", "--inventory", Dir + "/template.csv"],
        ["init-inventory-xlsx"] = ["init", "--inventory", Dir + "/template.xlsx", "--lang", "zh"],
        ["deadlines-missing-inventory"] = ["deadlines", "-i", Dir + "/no-sites.json", "--today", "2026-11-24"],
        ["deadlines-bad-today"] = ["deadlines", "-c", Dir + "/icpbadge.json", "--today", "24/11/2026"],
        ["deadlines-bad-format"] = ["deadlines", "-c", Dir + "/icpbadge.json", "--format", "pdf"],

        // ---- the language: Chinese help, text and errors come from resources embedded in the binary -----------
        ["help-zh"] = ["--lang", "zh", "--help"],
        ["verify-help-zh"] = ["verify", "--help", "--lang=zh"],
        ["number-text-zh"] = ["--lang", "zh", "number", "京ICP备12345678号-1", "京ICP备123号"],
        ["rules-text-zh"] = ["rules", "广东", "--lang", "zh"],
        ["deadlines-text-zh"] = ["deadlines", "-i", Dir + "/sites.json", "--today", "2026-11-24", "--lang", "zh"],
        ["inject-dry-run-zh"] = ["inject", Dir + "/site", "-c", Dir + "/icpbadge.json", "--dry-run", "--lang", "zh"],
        ["unknown-command-zh"] = ["--lang", "zh", "publish"],
        ["bad-lang"] = ["--lang", "fr", "number", "京ICP备12345678号-1"],
    };

    /// <summary>The names of <see cref="Table"/>, one theory case each.</summary>
    public static TheoryData<string> Cases => [.. Table.Keys];

    public async Task InitializeAsync()
    {
        _server = await SitemapServer.StartAsync();
        _server.Serve("/index.html", "text/html; charset=utf-8", TempSite.Original("index.html"));
        _server.Serve("/bare.html", "text/html; charset=utf-8", BarePage);
        _server.Serve("/sitemap.xml", "application/xml", SitemapServer.Urlset(_server.Url("/index.html"), _server.Url("/bare.html")));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [NativeTheory]
    [MemberData(nameof(Cases))]
    public async Task CommandLine_NativeBinary_SameExitCodeOutputAndFilesAsInProcess(string name)
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-native-");
        try
        {
            var args = Table[name].Select(a => a.Replace(Dir, folder.FullName, StringComparison.Ordinal)
                .Replace(Url, _server.Root.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal)).ToArray();

            WriteInputs(folder.FullName);
            var inProcess = await CliRunner.RunAsync(args);
            var inProcessFiles = Snapshot(folder.FullName);

            Directory.Delete(folder.FullName, recursive: true);
            Directory.CreateDirectory(folder.FullName);
            WriteInputs(folder.FullName);
            var native = await NativeBinary.RunAsync(Environment.CurrentDirectory, args);
            var nativeFiles = Snapshot(folder.FullName);

            Assert.Equal(Stable(inProcess.Out), Stable(native.Out));
            Assert.Equal(Stable(inProcess.Error), Stable(native.Error));
            Assert.Equal(inProcess.ExitCode, native.ExitCode);
            Assert.Equal(inProcessFiles.Keys, nativeFiles.Keys);
            foreach (var (file, bytes) in inProcessFiles)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(nativeFiles[file]), $"{file} differs between the in-process run and the native binary.");
            }

            CliRunner.AssertNoStackTrace(native.Error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// SQLite is inside the binary (SPEC §11: one file): copied ALONE into an empty folder, it audits a loopback site
    /// into a SQLite history and answers <c>history</c> from it, with no libe_sqlite3 anywhere beside it.
    /// </summary>
    [NativeFact]
    public async Task SqliteHistory_WorksFromTheBinaryAlone()
    {
        var source = NativeBinary.RequiredPath();
        var folder = Directory.CreateTempSubdirectory("icpbadge-native-alone-");
        try
        {
            var binary = Path.Combine(folder.FullName, "icp-badge");
            File.Copy(source, binary);
            var work = Directory.CreateDirectory(Path.Combine(folder.FullName, "work")).FullName;
            File.WriteAllText(Path.Combine(work, "sites.json"), $$"""
                { "Sites": [ { "Site": { "Id": "a", "Name": "示例网站", "HomeUrls": [ "{{_server.Url("/index.html")}}" ] },
                  "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2025-12-01" } } ] }
                """);
            Assert.Equal(["icp-badge"], Directory.GetFiles(folder.FullName).Select(Path.GetFileName));

            var audit = await NativeBinary.RunAsync(work, ["audit", "--inventory", "sites.json", "--history", "audit.db", "--format", "json", "--lang", "en"], binary);
            Assert.True(audit.ExitCode is 0 or 1, $"audit exited {audit.ExitCode}: {audit.Error}");
            Assert.Empty(audit.Error);
            using (var json = System.Text.Json.JsonDocument.Parse(audit.Out))
            {
                Assert.Equal("a", Assert.Single(json.RootElement.GetProperty("sites").EnumerateArray()).GetProperty("id").GetString());
            }

            var history = await NativeBinary.RunAsync(work, ["history", "--history", "audit.db", "--format", "json"], binary);
            Assert.Equal(0, history.ExitCode);
            Assert.Empty(history.Error);
            using (var json = System.Text.Json.JsonDocument.Parse(history.Out))
            {
                var site = Assert.Single(json.RootElement.GetProperty("sites").EnumerateArray());
                Assert.Equal("a", site.GetProperty("id").GetString());
                Assert.Equal(System.Text.Json.JsonValueKind.Object, site.GetProperty("lastRun").ValueKind);
            }

            Assert.Empty(Directory.EnumerateFiles(folder.FullName, "*sqlite*", SearchOption.AllDirectories));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The table covers every command, and each command's every format at least once.</summary>
    [Fact]
    public void Table_CoversEveryCommandAndFormat()
    {
        string[] commands = ["number", "rules", "init", "render", "inject", "verify", "deadlines"];
        string[] renderFormats = ["html", "text", "markdown", "json"];
        string[] verifyFormats = ["text", "json", "sarif", "junit"];
        string[] deadlineFormats = ["text", "json", "csv", "ics", "inventory-xlsx"];
        Assert.All(commands, c => Assert.Contains(Table.Values, a => a.Length > 0 && a[0] == c));
        Assert.All(renderFormats, f => Assert.Contains(Table, c => c.Key == "render-" + f));
        Assert.All(verifyFormats, f => Assert.Contains(Table, c => c.Key == "verify-" + f));
        Assert.All(deadlineFormats, f => Assert.Contains(Table, c => c.Key == "deadlines-" + f));
    }

    /// <summary>The sample site and configuration (with its emblem), an inventory, templates, a sitemap and broken inputs.</summary>
    private void WriteInputs(string folder)
    {
        using var site = TempSite.Create();
        CopyFolder(site.Site, Path.Combine(folder, "site"));
        File.Copy(site.Config, Path.Combine(folder, "icpbadge.json"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, TempSite.EmblemPath))!);
        File.Copy(site.Emblem, Path.Combine(folder, TempSite.EmblemPath));
        File.Copy(site.PathOf("index.html"), Path.Combine(folder, "clean.html"));

        File.WriteAllText(Path.Combine(folder, "sites.json"), Inventory);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sheets", "sites.xlsx"), Path.Combine(folder, "sites.xlsx"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sheets", "sites-gbk.csv"), Path.Combine(folder, "sites-gbk.csv"));
        File.WriteAllText(Path.Combine(folder, "bad.json"), """{ "IcpBadge": { "Site": """);
        File.WriteAllText(Path.Combine(folder, "invalid.json"), """{ "IcpBadge": { "Site": { "Name": "x" }, "Icp": { "Number": "京ICP备1号" } } }""");
        File.WriteAllText(Path.Combine(folder, "custom.scriban"), "<p>{{ icp.number }} · {{ icp.link }}</p>\n");
        File.WriteAllText(Path.Combine(folder, "broken.scriban"), "<p>{{ icp.number </p>\n");
        File.WriteAllText(Path.Combine(folder, "sitemap.xml"), SitemapServer.Urlset(_server.Url("/index.html"), _server.Url("/bare.html")));
    }

    /// <summary>
    /// Every file under <paramref name="folder"/> by relative path, with its bytes; a workbook by the names and bytes of
    /// its parts, since its ZIP entries carry the time they were written.
    /// </summary>
    private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => f.EndsWith(".xlsx", StringComparison.Ordinal) ? Parts(f) : File.ReadAllBytes(f)), StringComparer.Ordinal);

    private static byte[] Parts(string workbook)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(workbook);
        using var parts = new MemoryStream();
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            parts.Write(System.Text.Encoding.UTF8.GetBytes(entry.FullName + "\n"));
            using var content = entry.Open();
            content.CopyTo(parts);
        }

        return parts.ToArray();
    }

    /// <summary>An iCalendar file stamps the moment it was written (DTSTAMP); that line alone may differ between two runs.</summary>
    private static string Stable(string text) => DtStamp().Replace(text, "DTSTAMP:(the time of the run)");

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^DTSTAMP:.*$", RegexOptions.Multiline)]
    private static partial Regex DtStamp();
}

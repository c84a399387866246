using System.Collections;
using System.Text;
using IcpBadge.StaticSites.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IcpBadge.StaticSites.Tests;

/// <summary>
/// The MSBuild task behind <c>&lt;IcpBadgeInject&gt;</c>, run under a build engine that records what it logs: the
/// candidates that replace the HTML assets, the pages it leaves alone, and its errors and warnings (the packed package in
/// real <c>dotnet publish</c> runs is tested in IcpBadge.PackageTests).
/// </summary>
public sealed class InjectIcpBadgeFooterTaskTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("icpbadge-task-").FullName;

    private string WwwRoot => Path.Combine(_root, "wwwroot");

    private string Output => Path.Combine(_root, "obj", "icpbadge", "publish");

    private string Config => Path.Combine(_root, "icpbadge.json");

    [Fact]
    public void Execute_Page_CandidateWithTheFooterAndTheAssetsMetadata_SourceUntouched()
    {
        WriteConfig("""{ "Number": "京ICP备12345678号-1" }""");
        var page = WritePage("sub/page.html", "<html><body><p>Hi</p></body></html>");
        var engine = new RecordingEngine();

        var task = Run(engine, Asset(page, "sub/page.html"));

        Assert.Empty(engine.Errors);
        var candidate = Assert.Single(task.HtmlCandidates);
        Assert.Equal(Path.Combine(Output, "sub", "page.html"), candidate.ItemSpec);
        Assert.Equal("sub/page.html", candidate.GetMetadata("RelativePath"));
        Assert.Equal("Discovered", candidate.GetMetadata("SourceType"));
        Assert.Equal(page, Assert.Single(task.HtmlFilesToRemove).ItemSpec);
        Assert.Contains(">京ICP备12345678号-1</a>", File.ReadAllText(candidate.ItemSpec), StringComparison.Ordinal);
        Assert.Equal("<html><body><p>Hi</p></body></html>", File.ReadAllText(page));

        // A second publish with nothing changed leaves the written page (and its time stamp) alone.
        var written = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(candidate.ItemSpec, written);
        Run(new RecordingEngine(), Asset(page, "sub/page.html"));
        Assert.Equal(written, File.GetLastWriteTimeUtc(candidate.ItemSpec));
    }

    [Fact]
    public void Execute_MissingConfig_ErrorSaysWhereItLookedAndHowToSetIt()
    {
        var engine = new RecordingEngine();

        var task = Run(engine, Asset(WritePage("index.html", "<html></html>"), "index.html"));

        var error = Assert.Single(engine.Errors);
        Assert.Equal("ICPBADGE001", error.Code);
        Assert.Contains(Config, error.Message, StringComparison.Ordinal);
        Assert.Contains("$(IcpBadgeConfig)", error.Message, StringComparison.Ordinal);
        Assert.Empty(task.HtmlCandidates);
    }

    [Fact]
    public void Execute_InvalidNumber_ErrorNamesTheFieldOfThisFile()
    {
        WriteConfig("""{ "Number": "京ICP备号" }""");
        var engine = new RecordingEngine();

        Run(engine, Asset(WritePage("index.html", "<html></html>"), "index.html"));

        var error = Assert.Single(engine.Errors);
        Assert.Equal("ICPBADGE001", error.Code);
        Assert.Contains(": IcpBadge:Icp:Number: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sites:0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_PageShowingAThemeNumber_InjectedWithWarning005()
    {
        WriteConfig("""{ "Number": "京ICP备12345678号-1" }""");
        var page = WritePage("index.html", "<html><body><footer>京ICP备12345678号-1</footer></body></html>");
        var engine = new RecordingEngine();

        var task = Run(engine, Asset(page, "index.html"));

        Assert.Single(task.HtmlCandidates);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(("ICPBADGE005", page), (warning.Code, warning.File));
        Assert.Contains("twice", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_UnlistedHostHidden_NoCandidateAndWarning003WithTheReason()
    {
        WriteConfig("""{ "Number": "京ICP备12345678号-1" }""", """, "Site": { "Name": "示例", "UnlistedHosts": "Hide", "Domains": [ { "Host": "example.cn" } ] }""");
        var engine = new RecordingEngine();

        var task = Run(engine, Asset(WritePage("index.html", "<html></html>"), "index.html"), host: "example.com");

        Assert.Empty(task.HtmlCandidates);
        Assert.Empty(task.HtmlFilesToRemove);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("ICPBADGE003", warning.Code);
        Assert.Contains("Site:UnlistedHosts", warning.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private InjectIcpBadgeFooter Run(RecordingEngine engine, ITaskItem asset, string? host = null)
    {
        var task = new InjectIcpBadgeFooter
        {
            BuildEngine = engine,
            HtmlFiles = [asset],
            ConfigFile = Config,
            OutputPath = Output,
            Host = host,
        };
        var succeeded = task.Execute();
        Assert.Equal(engine.Errors.Count == 0, succeeded);
        return task;
    }

    private void WriteConfig(string icp, string more = "") =>
        File.WriteAllText(Config, $$"""{ "IcpBadge": { "Icp": {{icp}}{{more}} } }""");

    private string WritePage(string relative, string html)
    {
        var path = Path.Combine(WwwRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html, new UTF8Encoding(false));
        return path;
    }

    private static TaskItem Asset(string path, string relative) => new(path, new Dictionary<string, string>
    {
        ["RelativePath"] = relative,
        ["SourceType"] = "Discovered",
        ["AssetKind"] = "All",
        ["OriginalItemSpec"] = "wwwroot/" + relative,
    });

    private sealed record Logged(string Code, string File, string Message);

    /// <summary>A build engine that keeps what the task logs.</summary>
    private sealed class RecordingEngine : IBuildEngine
    {
        public List<Logged> Errors { get; } = [];

        public List<Logged> Warnings { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(new(e.Code, e.File, e.Message ?? string.Empty));

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(new(e.Code, e.File, e.Message ?? string.Empty));

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
    }
}

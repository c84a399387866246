using System.Text;
using AngleSharp.Html.Parser;
using IcpBadge.Audits.History;
using IcpBadge.Audits.Reports;
using IcpBadge.Localization;
using IcpBadge.Rules;

namespace IcpBadge.Audits.Tests.Reports;

public sealed class AuditReportTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> ZhWords = new()
    {
        ["Overdue"] = "逾期", ["Error"] = "核查错误", ["Unreachable"] = "无法访问", ["DueSoon"] = "即将到期", ["Warning"] = "警告", ["Ok"] = "合规",
    };

    private static readonly Dictionary<string, string> EnWords = new()
    {
        ["Overdue"] = "Overdue", ["Error"] = "Error", ["Unreachable"] = "Unreachable", ["DueSoon"] = "Due soon", ["Warning"] = "Warnings", ["Ok"] = "OK",
    };

    private ReportHistory _history = null!;
    private StoredRun _run = null!;

    public async Task InitializeAsync()
    {
        _history = await ReportHistory.CreateAsync();
        _run = await AuditReport.LoadRunAsync(_history.Store, "latest");
    }

    public async Task DisposeAsync() => await _history.DisposeAsync();

    [Theory]
    [InlineData(Language.Zh)]
    [InlineData(Language.En)]
    public void The_html_report_shows_every_site_in_its_state(Language language)
    {
        var html = ReportRendering.Render(_run, ReportFormat.Html, language);
        var document = new HtmlParser().ParseDocument(html);
        var words = language == Language.Zh ? ZhWords : EnWords;

        Assert.Equal(ReportHistory.SecondRunId, _run.Run.RunId);
        Assert.Equal(language == Language.Zh ? "zh-CN" : "en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("50", Tile(document, "sites"));
        Assert.Equal("5", Tile(document, "overdue"));
        Assert.Equal("7", Tile(document, "due-soon"));
        Assert.Equal("6", Tile(document, "errors"));
        Assert.Equal("1", Tile(document, "unreachable"));

        // The tiles count obligations; the legend under the bar counts sites, and each says so.
        var zh = language == Language.Zh;
        Assert.Equal(zh ? "逾期义务" : "Overdue obligations", document.QuerySelector("[data-tile=overdue] span")!.TextContent);
        Assert.Equal(zh ? "即将到期义务" : "Obligations due soon", document.QuerySelector("[data-tile=due-soon] span")!.TextContent);
        Assert.Equal(zh ? "网站状态分布" : "Sites by worst state", document.QuerySelector("header ul.legend li.legend-title")!.TextContent);

        var rows = document.QuerySelectorAll("table.sites tbody tr");
        Assert.Equal(ReportHistory.SiteCount, rows.Length);
        var order = rows.Select(r => Enum.Parse<SiteStanding>(r.GetAttribute("data-standing")!)).ToList();
        Assert.Equal(order.Order().ToList(), order);
        for (var i = 0; i < ReportHistory.SiteCount; i++)
        {
            var row = rows.Single(r => r.GetAttribute("data-site") == ReportHistory.Id(i));
            var expected = ReportHistory.ExpectedStanding(i);
            Assert.Equal(expected, row.GetAttribute("data-standing"));
            Assert.Equal(words[expected], row.QuerySelector(".badge")!.TextContent);
            Assert.Equal(ReportHistory.Name(i), row.QuerySelector("a")!.TextContent);

            var article = document.QuerySelectorAll("article.site").Single(a => a.GetAttribute("data-site") == ReportHistory.Id(i));
            Assert.Equal("#" + article.Id, row.QuerySelector("a")!.GetAttribute("href"));
            var d1 = article.QuerySelector("tr[data-obligation=D1]")!;
            Assert.Equal(ObligationCatalog.All.Single(d => d.Id == "D1").Source.In(language), d1.QuerySelector(".basis")!.TextContent);
        }

        // The hostile name is text, not markup; nothing is loaded from anywhere.
        Assert.Empty(document.QuerySelectorAll("script, link, iframe, object, embed"));
        Assert.All(document.QuerySelectorAll("[src]"), e => Assert.StartsWith("data:", e.GetAttribute("src"), StringComparison.Ordinal));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);

        // Findings with their evidence, and the changes since the last run.
        var broken = Article(document, 12);
        Assert.Equal("<footer>© 2026 示例</footer>", broken.QuerySelector("tr[data-rule=ICP006] code")!.TextContent);
        Assert.NotNull(broken.QuerySelector("li[data-change=NewFinding]"));
        Assert.NotNull(Article(document, 0).QuerySelector("li[data-change=StateChanged]"));
        Assert.NotNull(Article(document, 18).QuerySelector("li[data-change=BecameUnreachable]"));
        Assert.Null(document.QuerySelector("#incomplete"));
        Assert.Contains(ReportHistory.SecondRunId, document.QuerySelector("dl.run")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(language == Language.Zh ? "备案合规审计报告" : "ICP filing (备案) audit report", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_run_with_a_missing_shard_is_marked_incomplete()
    {
        var run = await AuditReport.LoadRunAsync(_history.Store, ReportHistory.SecondRunId);
        var incomplete = run with { MissingShards = [2] };

        var document = new HtmlParser().ParseDocument(ReportRendering.Render(incomplete, ReportFormat.Html));
        var markdown = ReportRendering.Render(incomplete, ReportFormat.Markdown);

        Assert.Contains("缺少分片 2", document.QuerySelector("#incomplete")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("缺少分片 2", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_run_is_a_clear_error()
    {
        var problem = await Assert.ThrowsAsync<AuditInputException>(() => AuditReport.LoadRunAsync(_history.Store, "nope"));
        Assert.Contains("nope", problem.Text.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Zh)]
    [InlineData(Language.En)]
    public void The_markdown_summary_agrees_with_the_html(Language language)
    {
        var markdown = ReportRendering.Render(_run, ReportFormat.Markdown, language);

        Assert.Contains("| 50 | 5 | 7 | 6 | 1 |", markdown, StringComparison.Ordinal);
        for (var i = 0; i < ReportHistory.SiteCount; i++)
        {
            var row = markdown.Split('\n').SingleOrDefault(l => l.Contains($"(`{ReportHistory.Id(i)}`) |", StringComparison.Ordinal));
            if (ReportHistory.ExpectedStanding(i) == "Ok")
            {
                Assert.Null(row);
            }
            else
            {
                Assert.NotNull(row);
                Assert.Contains((language == Language.Zh ? ZhWords : EnWords)[ReportHistory.ExpectedStanding(i)], row, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_openmetrics_text_parses_strictly_and_agrees_with_the_html()
    {
        var families = OpenMetricsParser.Parse(ReportRendering.Render(_run, ReportFormat.OpenMetrics));

        var days = families["icpbadge_obligation_days_left"].Samples;
        Assert.Equal(5, days.Count(s => s.Labels["state"] == "Overdue"));
        Assert.Equal(7, days.Count(s => s.Labels["state"] == "DueSoon"));
        Assert.Equal(-1, days.Single(s => s.Labels["site"] == ReportHistory.Id(0)).Value);
        Assert.Equal(3, days.Single(s => s.Labels["site"] == ReportHistory.Id(7)).Value);
        Assert.Equal(6, families["icpbadge_findings"].Samples.Where(s => s.Labels["rule"] == "ICP006" && s.Labels["severity"] == "error").Sum(s => s.Value));
        var reachable = families["icpbadge_site_reachable"].Samples;
        Assert.Equal(ReportHistory.SiteCount, reachable.Count);
        Assert.Equal(0, reachable.Single(s => s.Labels["site"] == ReportHistory.Id(18)).Value);
        Assert.Equal(_run.Run.FinishedAt.ToUnixTimeSeconds(), families["icpbadge_last_audit_timestamp_seconds"].Samples.Single().Value);
        Assert.All(families.Values, f => Assert.Equal("gauge", f.Type));
    }

    [Fact]
    public void Label_values_are_escaped_and_read_back()
    {
        const string awkward = "a\\b\"c\nd 站";
        var text = $"# HELP x_y help\n# TYPE x_y gauge\nx_y{{site=\"{IcpBadge.Audits.Reports.OpenMetricsWriter.EscapeLabel(awkward)}\"}} 1\n# EOF\n";
        Assert.Equal(awkward, OpenMetricsParser.Parse(text)["x_y"].Samples.Single().Labels["site"]);
        Assert.Throws<FormatException>(() => OpenMetricsParser.Parse("# HELP x_y h\n# TYPE x_y gauge\nx_y{site=\"a\\tb\"} 1\n# EOF\n"));
        Assert.Throws<FormatException>(() => OpenMetricsParser.Parse("# HELP x_y h\n# TYPE x_y gauge\nx_y 1\n"));
    }

    [Fact]
    public async Task A_thousand_sites_make_an_html_report_under_5_MB_and_markdown_under_1_MB()
    {
        await using var large = await ReportHistory.CreateAsync(1_000);
        var run = await AuditReport.LoadRunAsync(large.Store, "latest");

        var html = Encoding.UTF8.GetByteCount(ReportRendering.Render(run, ReportFormat.Html));
        var markdown = Encoding.UTF8.GetByteCount(ReportRendering.Render(run, ReportFormat.Markdown));

        Assert.InRange(html, 100_000, 5_000_000);
        Assert.InRange(markdown, 1, 1_000_000);
    }

    private static string Tile(AngleSharp.Dom.IDocument document, string name) =>
        document.QuerySelector($"[data-tile={name}] b")!.TextContent;

    private static AngleSharp.Dom.IElement Article(AngleSharp.Dom.IDocument document, int i) =>
        document.QuerySelectorAll("article.site").Single(a => a.GetAttribute("data-site") == ReportHistory.Id(i));
}

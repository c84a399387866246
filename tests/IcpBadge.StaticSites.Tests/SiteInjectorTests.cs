using System.Text;
using IcpBadge.Rendering;

namespace IcpBadge.StaticSites.Tests;

/// <summary><see cref="SiteInjector"/> through its public API, on a temporary copy of the sample site.</summary>
public sealed class SiteInjectorTests
{
    private const string IcpNumber = "京ICP备20260101号-1";

    private static readonly InjectionOptions AtNow = new() { Clock = SampleSite.Clock };

    static SiteInjectorTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Fact]
    public void Run_SampleSite_ChangesEveryPage()
    {
        using var site = SampleSite.Create();

        var summary = new SiteInjector(site.Profile, AtNow).Run(site.Site);

        Assert.Equal((6, 0, 6), (summary.Changed, summary.Unchanged, summary.Total));
        Assert.Empty(summary.Skipped);
        Assert.Empty(summary.Failed);
        Assert.Empty(summary.RemovedTemporaryFiles);
        Assert.False(summary.DryRun);
        Assert.Equal(Path.GetFullPath(site.Site), summary.Directory);
        foreach (var page in SampleSite.Pages)
        {
            Assert.NotEqual(SampleSite.Original(page), site.Read(page));
        }

        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public void Run_SecondTime_UnchangedAndWritesNothing()
    {
        using var site = SampleSite.Create();
        var injector = new SiteInjector(site.Profile, AtNow);
        injector.Run(site.Site);
        var bytes = site.Snapshot();
        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        foreach (var page in SampleSite.Pages)
        {
            File.SetLastWriteTimeUtc(site.PathOf(page), past);
        }

        var second = injector.Run(site.Site);

        Assert.Equal((0, 6), (second.Changed, second.Unchanged));
        Assert.Equal(bytes, site.Snapshot());
        Assert.All(SampleSite.Pages, page => Assert.Equal(past, File.GetLastWriteTimeUtc(site.PathOf(page))));
    }

    [Fact]
    public void Run_DryRun_WritesNothingAndReportsEveryPageInWalkOrder()
    {
        using var site = SampleSite.Create();
        File.WriteAllText(Path.Combine(site.Site, ".index.html.0badc0de.icp-badge.tmp"), "left by a killed run");
        var bytes = site.Snapshot();
        var reports = new List<InjectionProgress>();

        var summary = new SiteInjector(site.Profile, new InjectionOptions { DryRun = true, Clock = SampleSite.Clock })
            .Run(site.Site, new Recorder(reports.Add));

        Assert.True(summary.DryRun);
        Assert.Equal((6, 0), (summary.Changed, summary.Unchanged));
        Assert.Equal(bytes, site.Snapshot());
        Assert.Empty(summary.RemovedTemporaryFiles);
        Assert.Equal(SampleSite.Pages.Order(StringComparer.Ordinal), reports.Select(r => r.Page.Path).Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 3, 4, 5, 6], reports.Select(r => r.Completed));
        Assert.All(reports, r => Assert.Equal(6, r.Total));
        Assert.All(reports, r => Assert.Equal(PageOutcome.Changed, r.Page.Outcome));
        Assert.Equal(Placement.Marker, reports.Single(r => r.Page.Path == "contact.html").Page.Placement);
        Assert.Equal(Placement.ExistingBlock, reports.Single(r => r.Page.Path == "blog/2026/old-footer.html").Page.Placement);
    }

    [Fact]
    public void Run_GbkPage_BlockInGbkAndEveryOtherByteKept()
    {
        using var site = SampleSite.Create(withPages: false);
        var gbk = Encoding.GetEncoding(936);
        var original = gbk.GetBytes("<html><head><meta charset=\"gbk\"><title>新闻</title></head>\n<body>\n<p>旧版新闻页面</p>\n</body>\n</html>\n");
        site.Write("news.html", original);

        var summary = new SiteInjector(site.Profile, AtNow).Run(site.Site);

        Assert.Equal(1, summary.Changed);
        var page = site.Read("news.html");
        var (start, end) = BlockOf(page);
        Assert.Equal(original.AsSpan(0, start).ToArray(), page[..start]);
        Assert.Equal(original.AsSpan(start).ToArray(), page[end..]);
        var strictGbk = Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var block = strictGbk.GetString(page, start, end - start);
        Assert.Contains(IcpNumber, block, StringComparison.Ordinal);
        Assert.Contains("&#169; 2019", block, StringComparison.Ordinal);
        Assert.True(page.AsSpan().IndexOf(gbk.GetBytes("版权所有")) >= 0);
        Assert.Equal(-1, page.AsSpan().IndexOf(Encoding.UTF8.GetBytes("版权所有")));
    }

    [Fact]
    public void Run_IncludeAndExclude_OnlySelectedPagesLookedAt()
    {
        using var site = SampleSite.Create();
        var options = new InjectionOptions { Include = ["**/*.html"], Exclude = ["**/index.html", "news-*.html"], Clock = SampleSite.Clock };

        var summary = new SiteInjector(site.Profile, options).Run(site.Site);

        Assert.Equal((2, 2), (summary.Changed, summary.Total));
        foreach (var page in SampleSite.Pages)
        {
            var changed = page is "blog/2026/old-footer.html" or "contact.html";
            Assert.Equal(changed, !SampleSite.Original(page).AsSpan().SequenceEqual(site.Read(page)));
        }
    }

    [Fact]
    public void Run_SkippedPages_ListedByPathWithReasons()
    {
        using var site = SampleSite.Create();
        site.Write("z-broken.html", "<body><!-- icp-badge:begin --><p>x</p></body>"u8.ToArray());
        site.Write("a-japanese.html", "<meta charset=\"shift_jis\"><body></body>"u8.ToArray());

        var summary = new SiteInjector(site.Profile, AtNow).Run(site.Site);

        Assert.Equal(6, summary.Changed);
        Assert.Equal(["a-japanese.html", "z-broken.html"], summary.Skipped.Select(p => p.Path));
        Assert.All(summary.Skipped, p => Assert.Equal(PageOutcome.Skipped, p.Outcome));
        Assert.Equal("the page declares charset 'shift_jis', which IcpBadge can't write", summary.Skipped[0].Reason?.En);
        Assert.Equal("页面声明的字符集“shift_jis”IcpBadge 无法写入", summary.Skipped[0].Reason?.Zh);
        Assert.StartsWith("'<!-- icp-badge:begin -->' without", summary.Skipped[1].Reason?.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StaleTemporaryFile_RemovedAndReported()
    {
        using var site = SampleSite.Create();
        var stale = Path.Combine(site.Site, "about", ".index.html.0badc0de.icp-badge.tmp");
        File.WriteAllText(stale, "left by a killed run");

        var summary = new SiteInjector(site.Profile, AtNow).Run(site.Site);

        Assert.Equal([Path.Combine("about", ".index.html.0badc0de.icp-badge.tmp")], summary.RemovedTemporaryFiles);
        Assert.False(File.Exists(stale));
        Assert.Equal(6, summary.Total);
    }

    [Fact]
    public void Run_EmblemCopy_CopiedOnceAndLinkedPerFolderDepth()
    {
        using var site = SampleSite.Create();
        var options = new InjectionOptions { Emblem = EmblemMode.Copy, Clock = SampleSite.Clock };

        new SiteInjector(site.Profile, options).Run(site.Site);

        var emblem = Path.Combine(site.Root, SampleSite.EmblemPath);
        Assert.Equal(File.ReadAllBytes(emblem), site.Read("_icp-badge/police-emblem-PLACEHOLDER.png"));
        Assert.Contains("src=\"_icp-badge/police-emblem-PLACEHOLDER.png\"", Encoding.UTF8.GetString(site.Read("index.html")), StringComparison.Ordinal);
        Assert.Contains("src=\"../../_icp-badge/police-emblem-PLACEHOLDER.png\"", Encoding.UTF8.GetString(site.Read("blog/2026/old-footer.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CompactTemplate_UsedForEveryPage()
    {
        using var site = SampleSite.Create();
        var options = new InjectionOptions { TemplateName = TemplateNames.Compact, Clock = SampleSite.Clock };

        new SiteInjector(site.Profile, options).Run(site.Site);

        Assert.Contains("icp-badge--compact", Encoding.UTF8.GetString(site.Read("index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFolder_Throws()
    {
        using var site = SampleSite.Create(withPages: false);

        Assert.Throws<DirectoryNotFoundException>(() => new SiteInjector(site.Profile).Run(Path.Combine(site.Root, "nowhere")));
    }

    [Fact]
    public void Constructor_BrokenTemplate_ThrowsBeforeAnyPageIsRead()
    {
        using var site = SampleSite.Create();
        var templates = Directory.CreateDirectory(Path.Combine(site.Root, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "default.scriban"), "{{ icp.numbr }}");

        Assert.Throws<FooterTemplateException>(() => new SiteInjector(site.Profile, new InjectionOptions { Templates = new DirectoryTemplateSource(templates) }));
    }

    [Fact]
    public void Constructor_EmblemCopyWithUrlIcon_Throws()
    {
        using var site = SampleSite.Create(withPages: false);
        File.WriteAllText(site.Config, File.ReadAllText(site.Config).Replace(SampleSite.EmblemPath, "https://example.cn/emblem.png", StringComparison.Ordinal));

        var thrown = Assert.Throws<ArgumentException>(() => new SiteInjector(SampleSite.LoadProfile(site.Config), new InjectionOptions { Emblem = EmblemMode.Copy }));

        Assert.Contains("Police:Icon is a URL", thrown.Message, StringComparison.Ordinal);
    }

    /// <summary>The byte span of the one injected block.</summary>
    private static (int Start, int End) BlockOf(byte[] page)
    {
        var start = page.AsSpan().IndexOf("<!-- icp-badge:begin -->"u8);
        var end = page.AsSpan().IndexOf("<!-- icp-badge:end -->"u8);
        Assert.True(start >= 0 && end > start, "No injected block.");
        return (start, end + "<!-- icp-badge:end -->".Length);
    }

    /// <summary>Records reports synchronously, on the injector's own thread.</summary>
    private sealed class Recorder(Action<InjectionProgress> record) : IProgress<InjectionProgress>
    {
        public void Report(InjectionProgress value) => record(value);
    }
}

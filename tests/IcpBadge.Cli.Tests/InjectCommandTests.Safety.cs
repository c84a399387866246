using System.Text;

namespace IcpBadge.Cli.Tests;

/// <summary><c>inject</c> with links out of the site, read-only and unsupported pages, globs, and bad input.</summary>
public sealed partial class InjectCommandTests
{
    [Fact]
    public async Task Inject_SymlinkedFileOutsideSite_SkippedReportedAndTargetUnchanged()
    {
        using var site = TempSite.Create();
        var outside = Path.Combine(site.Root, "outside.html");
        var outsideBytes = "<html><body><p>outside</p></body></html>\n"u8.ToArray();
        File.WriteAllBytes(outside, outsideBytes);
        File.SetLastWriteTimeUtc(outside, PastTime);
        File.CreateSymbolicLink(site.PathOf("blog/linked.html"), outside);

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["icp-badge: skipped blog/linked.html: symbolic link pointing outside the site folder"], result.ErrorLines);
        Assert.Contains(": 6 changed, 0 unchanged, 1 skipped, 0 failed.", result.Out, StringComparison.Ordinal);
        Assert.Equal(outsideBytes, File.ReadAllBytes(outside));
        Assert.Equal(PastTime, File.GetLastWriteTimeUtc(outside));
        Assert.Equal(outside, new FileInfo(site.PathOf("blog/linked.html")).LinkTarget);
        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public async Task Inject_TemporaryFileLeftByKilledRun_IsRemovedAndNotTakenForAPage()
    {
        using var site = TempSite.Create();
        var stale = site.PathOf("blog/2026/.old-footer.html.deadbeef.icp-badge.tmp");
        File.WriteAllText(stale, "<html><body>half-written</body></html>");

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(stale));
        Assert.Equal(["icp-badge: removed blog/2026/.old-footer.html.deadbeef.icp-badge.tmp, left by an interrupted run"], result.ErrorLines);
        Assert.Contains(": 6 changed, 0 unchanged, 0 skipped, 0 failed.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_SymlinkedFileInsideSite_SkippedAndTargetInjectedOnce()
    {
        using var site = TempSite.Create();
        File.CreateSymbolicLink(site.PathOf("alias.html"), site.PathOf("contact.html"));

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("icp-badge: skipped alias.html: symbolic link", line, StringComparison.Ordinal);
        Assert.NotNull(new FileInfo(site.PathOf("alias.html")).LinkTarget);
        Assert.Equal(1, CountOf(site.Read("contact.html"), InjectedBlock.Begin));
    }

    [Fact]
    public async Task Inject_SymlinkedFolderOutsideSite_NotEntered()
    {
        using var site = TempSite.Create();
        var outside = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        var outsidePage = Path.Combine(outside, "page.html");
        var outsideBytes = "<html><body><footer>theirs</footer></body></html>\n"u8.ToArray();
        File.WriteAllBytes(outsidePage, outsideBytes);
        File.SetLastWriteTimeUtc(outsidePage, PastTime);
        Directory.CreateSymbolicLink(Path.Combine(site.Site, "linked"), outside);

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Equal($"6 page(s) in {site.Site}: 6 changed, 0 unchanged, 0 skipped, 0 failed.", Assert.Single(result.OutLines));
        Assert.Equal(outsideBytes, File.ReadAllBytes(outsidePage));
        Assert.Equal(PastTime, File.GetLastWriteTimeUtc(outsidePage));
        Assert.Single(Directory.GetFiles(outside));
    }

    [Fact]
    public async Task Inject_SymlinkLoopAndDanglingLink_SkippedAndTheRestGoOn()
    {
        using var site = TempSite.Create();
        File.CreateSymbolicLink(site.PathOf("loop-a.html"), site.PathOf("loop-b.html"));
        File.CreateSymbolicLink(site.PathOf("loop-b.html"), site.PathOf("loop-a.html"));
        File.CreateSymbolicLink(site.PathOf("self.html"), site.PathOf("self.html"));
        File.CreateSymbolicLink(site.PathOf("gone.html"), Path.Combine(site.Root, "no-such-page.html"));

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.Equal(4, result.ErrorLines.Count);
        foreach (var link in new[] { "gone.html", "loop-a.html", "loop-b.html", "self.html" })
        {
            Assert.Contains(result.ErrorLines, l => l.StartsWith($"icp-badge: skipped {link}: symbolic link", StringComparison.Ordinal));
        }

        Assert.Contains(": 6 changed, 0 unchanged, 4 skipped, 0 failed.", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "no-such-page.html")));
    }

    [Fact]
    public async Task Inject_ReadOnlyPage_ReportedAsFailedUnchangedOthersChanged()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = TempSite.Create();
        var readOnly = site.PathOf("contact.html");
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetLastWriteTimeUtc(readOnly, PastTime);

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["icp-badge: failed contact.html: the file is read-only"], result.ErrorLines);
        Assert.Equal($"6 page(s) in {site.Site}: 5 changed, 0 unchanged, 0 skipped, 1 failed.", Assert.Single(result.OutLines));
        Assert.Equal(TempSite.Original("contact.html"), site.Read("contact.html"));
        Assert.Equal(PastTime, File.GetLastWriteTimeUtc(readOnly));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(readOnly));
        foreach (var page in TempSite.Pages.Where(p => p != "contact.html"))
        {
            Assert.NotEqual(TempSite.Original(page), site.Read(page));
        }

        Assert.Empty(site.TempFiles());
    }

    [Fact]
    public async Task Inject_BeginMarkerWithoutEnd_SkippedWithReasonAndUnchanged()
    {
        using var site = TempSite.Create();
        var broken = "<html><body>\n<!-- icp-badge:begin -->\n<footer>half a block</footer>\n</body></html>\n"u8.ToArray();
        site.Write("broken.html", broken);

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["icp-badge: skipped broken.html: '<!-- icp-badge:begin -->' without '<!-- icp-badge:end -->' after it; fix or remove the old block"],
            result.ErrorLines);
        Assert.Contains(": 6 changed, 0 unchanged, 1 skipped, 0 failed.", result.Out, StringComparison.Ordinal);
        Assert.Equal(broken, site.Read("broken.html"));
    }

    [Theory]
    [InlineData("utf16le.html", true)]
    [InlineData("utf16be.html", false)]
    public async Task Inject_Utf16Page_SkippedAndUnchanged(string name, bool littleEndian)
    {
        using var site = TempSite.Create();
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: true);
        byte[] page = [.. encoding.GetPreamble(), .. encoding.GetBytes("<html><body><footer>页脚</footer></body></html>\n")];
        site.Write(name, page);

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"icp-badge: skipped {name}: UTF-16 pages are not supported", line, StringComparison.Ordinal);
        Assert.Equal(page, site.Read(name));
    }

    [Fact]
    public async Task Inject_UnsupportedMetaCharset_SkippedAndUnchanged()
    {
        using var site = TempSite.Create();
        var page = "<html><head><meta charset=\"shift_jis\"></head><body></body></html>\n"u8.ToArray();
        site.Write("japanese.html", page);

        var result = await RunInjectAsync(site);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["icp-badge: skipped japanese.html: the page declares charset 'shift_jis', which IcpBadge can't write"], result.ErrorLines);
        Assert.Equal(page, site.Read("japanese.html"));
    }

    [Fact]
    public async Task Inject_IncludeGlob_OnlyMatchingPagesChanged()
    {
        using var site = TempSite.Create();

        var result = await RunInjectAsync(site, "--include", "blog/**");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"1 page(s) in {site.Site}: 1 changed, 0 unchanged, 0 skipped, 0 failed.", Assert.Single(result.OutLines));
        AssertChanged(site, "blog/2026/old-footer.html");
    }

    [Fact]
    public async Task Inject_SingleStarInclude_DoesNotCrossFolders()
    {
        using var site = TempSite.Create();

        var result = await RunInjectAsync(site, "--include", "*.html");

        Assert.Equal(0, result.ExitCode);
        AssertChanged(site, "contact.html", "index.html", "news-gbk.html");
    }

    [Fact]
    public async Task Inject_RepeatedIncludeAndExclude_Combine()
    {
        using var site = TempSite.Create();

        var result = await RunInjectAsync(site, "--include", "**/*.htm", "--include", "**/index.html", "--exclude", "about/**");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(": 2 changed,", result.Out, StringComparison.Ordinal);
        AssertChanged(site, "fragment.htm", "index.html");
    }

    [Fact]
    public async Task Inject_ExcludeGlobs_LeaveMatchingPagesAlone()
    {
        using var site = TempSite.Create();
        site.Write("notes.txt", "<footer>not a page</footer>\n"u8.ToArray());

        var result = await RunInjectAsync(site, "--exclude", "**/*.htm", "--exclude", "blog/**", "--exclude", "news-*.html");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"3 page(s) in {site.Site}: 3 changed, 0 unchanged, 0 skipped, 0 failed.", Assert.Single(result.OutLines));
        AssertChanged(site, "about/index.html", "contact.html", "index.html");
        Assert.Equal("<footer>not a page</footer>\n"u8.ToArray(), site.Read("notes.txt"));
    }

    [Fact]
    public async Task Inject_MissingDir_Exits2AndNamesIt()
    {
        using var site = TempSite.Create();
        var missing = Path.Combine(site.Root, "public");

        var result = await RunInjectIntoAsync(missing, site.Config);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal([$"icp-badge: DIR: the site folder {missing} does not exist."], result.ErrorLines);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Inject_BadConfig_Exits2NamesFieldAndWritesNothing()
    {
        using var site = TempSite.Create();
        var config = File.ReadAllText(site.Config).Replace("京公网安备11010502030143号", "粤公网安备52990002000093号", StringComparison.Ordinal);
        File.WriteAllText(site.Config, config);
        site.SetWriteTimes(PastTime);
        var bytes = site.Snapshot();

        var result = await RunInjectAsync(site, "--emblem", "copy");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        CliRunner.AssertNoStackTrace(result.Error);
        var problem = Assert.Single(result.Problems, p => p.Contains("IcpBadge:Police:Number", StringComparison.Ordinal));
        Assert.Contains("粤公网安备52990002000093号", problem, StringComparison.Ordinal);
        Assert.Equal("icp-badge: the configuration has 1 problem(s); fix them and run again.", result.Problems[^1]);
        AssertSameFiles(bytes, site.Snapshot());
        Assert.All(site.WriteTimes().Values, t => Assert.Equal(PastTime, t));
        Assert.False(Directory.Exists(Path.Combine(site.Site, "_icp-badge")));
    }

    [Fact]
    public async Task Inject_MissingConfig_Exits2NamesPathAndWritesNothing()
    {
        using var site = TempSite.Create();
        var missing = Path.Combine(site.Root, "nope.json");

        var result = await RunInjectIntoAsync(site.Site, missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Problems, p => p.Contains(missing, StringComparison.Ordinal));
        Assert.All(TempSite.Pages, p => Assert.Equal(TempSite.Original(p), site.Read(p)));
    }

    [Fact]
    public async Task Inject_TemplateWithTypo_Exits2OneLineAndWritesNothing()
    {
        using var site = TempSite.Create();
        var templates = Path.Combine(site.Root, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "default.scriban"), "<footer>{{ icp.numbr }}</footer>\n");

        var result = await RunInjectAsync(site, "--template", templates);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("'default'", line, StringComparison.Ordinal);
        Assert.Contains("numbr", line, StringComparison.Ordinal);
        Assert.All(TempSite.Pages, p => Assert.Equal(TempSite.Original(p), site.Read(p)));
    }

    private static Task<CliResult> RunInjectIntoAsync(string directory, string config) =>
        CliRunner.RunAtNowAsync("inject", directory, "--config", config);

    /// <summary>Exactly <paramref name="changed"/> of the sample pages were changed; the others kept their bytes.</summary>
    private static void AssertChanged(TempSite site, params string[] changed)
    {
        foreach (var page in TempSite.Pages)
        {
            if (changed.Contains(page))
            {
                var bytes = site.Read(page);
                Assert.False(TempSite.Original(page).AsSpan().SequenceEqual(bytes), $"{page} should have been changed.");
                Assert.True(bytes.AsSpan().IndexOf("https://beian.miit.gov.cn/"u8) >= 0, $"{page} should have the new block.");
            }
            else
            {
                Assert.True(TempSite.Original(page).AsSpan().SequenceEqual(site.Read(page)), $"{page} should be unchanged.");
            }
        }
    }
}

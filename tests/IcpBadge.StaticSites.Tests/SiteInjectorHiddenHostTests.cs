using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IcpBadge.StaticSites.Tests;

/// <summary>
/// <see cref="InjectionOptions.Host"/> on a host that shows no footer (<c>Site:UnlistedHosts: Hide</c>, the host not in
/// <c>Site:Domains</c>): a block an earlier run injected is taken out, leaving the <c>&lt;!-- icp-badge --&gt;</c>
/// marker, with the page's <c>.gz</c>/<c>.br</c> copies rewritten; a rerun changes nothing, and a later run for a listed
/// host puts the very same block back.
/// </summary>
public sealed partial class SiteInjectorHiddenHostTests
{
    private static readonly string[] Suffixes = [".gz", ".br"];

    [Fact]
    public void Run_HiddenHost_RemovesEarlierBlocks_RewritesCopies_RerunIsANoOp()
    {
        using var site = SampleSite.Create();
        HideUnlistedHosts(site);
        Run(site, host: "jinghua-example.cn");
        var injected = SampleSite.Pages.ToDictionary(p => p, site.Read);
        foreach (var suffix in Suffixes)
        {
            File.WriteAllBytes(site.PathOf("index.html") + suffix, Precompressed.Compress(suffix, injected["index.html"]));
        }

        var removal = Run(site, host: "example.com");

        Assert.Equal((6, 0, 0, 2), (removal.Changed, removal.Unchanged, removal.Skipped.Count, removal.RewrittenSiblings));
        foreach (var page in SampleSite.Pages)
        {
            var expected = Block().Replace(Encoding.Latin1.GetString(injected[page]), "<!-- icp-badge -->");
            Assert.Equal(expected, Encoding.Latin1.GetString(site.Read(page)));
            Assert.DoesNotContain("icp-badge__", Encoding.Latin1.GetString(site.Read(page)), StringComparison.Ordinal);
        }

        Assert.All(Suffixes, suffix => Assert.Equal(site.Read("index.html"), Precompressed.Decompress(site.PathOf("index.html") + suffix)));
        Assert.Empty(site.TempFiles());

        var before = site.Snapshot();
        var rerun = Run(site, host: "example.com");

        Assert.Equal((0, 0, 6, 0), (rerun.Changed, rerun.Unchanged, rerun.Skipped.Count, rerun.RewrittenSiblings));
        Assert.All(rerun.Skipped, page => Assert.StartsWith("no footer on example.com:", page.Reason?.En, StringComparison.Ordinal));
        Assert.Equal(before, site.Snapshot());

        // Back on a listed host, each block returns to where it was, byte for byte.
        var back = Run(site, host: "www.jinghua-example.cn");

        Assert.Equal(6, back.Changed);
        Assert.All(SampleSite.Pages, page => Assert.Equal(injected[page], site.Read(page)));
        Assert.All(Suffixes, suffix => Assert.Equal(injected["index.html"], Precompressed.Decompress(site.PathOf("index.html") + suffix)));
    }

    [Fact]
    public void Run_HiddenHost_DryRun_CountsTheRemovalsAndWritesNothing()
    {
        using var site = SampleSite.Create();
        HideUnlistedHosts(site);
        Run(site, host: null);
        var before = site.Snapshot();

        var summary = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock, Host = "example.com", DryRun = true }).Run(site.Site);

        Assert.Equal((6, 0), (summary.Changed, summary.Skipped.Count));
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public void InjectPage_HiddenHost_TakesOutAnEarlierBlock_AndSkipsAPageWithout()
    {
        using var site = SampleSite.Create();
        HideUnlistedHosts(site);
        var original = SampleSite.Original("index.html");
        var injected = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock }).InjectPage(original, "index.html").Content;
        var hidden = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock, Host = "example.com" });

        var removed = hidden.InjectPage(injected, "index.html");
        var plain = hidden.InjectPage(original, "index.html");

        Assert.Equal((PageOutcome.Changed, Placement.RemovedBlock), (removed.Result.Outcome, removed.Result.Placement));
        Assert.Equal(Block().Replace(Encoding.Latin1.GetString(injected), "<!-- icp-badge -->"), Encoding.Latin1.GetString(removed.Content));
        Assert.Equal(PageOutcome.Skipped, plain.Result.Outcome);
        Assert.Same(original, plain.Content);
    }

    private static InjectionSummary Run(SampleSite site, string? host) =>
        new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock, Host = host }).Run(site.Site);

    private static void HideUnlistedHosts(SampleSite site)
    {
        var root = JsonNode.Parse(File.ReadAllText(site.Config))!;
        root["IcpBadge"]!["Site"]!["UnlistedHosts"] = "Hide";
        File.WriteAllText(site.Config, root.ToJsonString());
    }

    [GeneratedRegex(@"<!-- icp-badge:begin -->.*?<!-- icp-badge:end -->", RegexOptions.Singleline)]
    private static partial Regex Block();
}

using System.Text;

namespace IcpBadge.StaticSites.Tests;

/// <summary>
/// A page that already shows an ICP or police number outside its block (a theme's own footer) is injected as usual and
/// reported with a warning that names the theme option to turn off, per generator; numbers inside the block never count.
/// </summary>
public sealed class ExistingNumbersTests
{
    public static TheoryData<string, string, string, string> ThemePages => new()
    {
        {
            "next.html",
            """<meta name="generator" content="Hexo 7.3.0"><link rel="stylesheet" href="/css/main.css"></head><body><footer class="footer"><div class="beian"><a href="https://beian.miit.gov.cn" rel="noopener" target="_blank">京ICP备12345678号-1 </a></div><div class="powered-by">由 <a href="https://hexo.io">Hexo</a> &amp; <a href="https://theme-next.js.org">NexT.Gemini</a> 强力驱动</div></footer>""",
            "footer.beian.enable", "_config.next.yml"
        },
        {
            "fluid.html",
            """<meta name="generator" content="Hexo 7.3.0"><script id="fluid-configs">var Fluid = window.Fluid || {};</script></head><body><footer><div class="beian"><span><a href="http://beian.miit.gov.cn/" target="_blank">京ICP证123456号</a></span><span><a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143">京公网安备11010502030143号</a></span></div></footer>""",
            "footer.beian.enable", "_config.fluid.yml"
        },
        {
            "butterfly.html",
            """<meta name="generator" content="Hexo 7.3.0"></head><body><footer id="footer"><div id="footer-wrap"><div class="framework-info"><a href="https://github.com/jerryc127/hexo-theme-butterfly">Butterfly</a></div><div class="footer_custom_text">京ICP备12345678号-1</div></div></footer>""",
            "footer.custom_text", "_config.butterfly.yml"
        },
        {
            "papermod.html",
            """<meta name="generator" content="Hugo 0.128.0"></head><body><footer class="footer"><span>京ICP备12345678号-1</span> · <span>Powered by <a href="https://gohugo.io/?utm_source=papermod">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>""",
            "params.footer.text", "hugo.toml"
        },
        {
            "vitepress.html",
            """<meta name="generator" content="VitePress v1.6.3"></head><body><footer class="VPFooter"><p class="message">京公网安备 11010502030143号</p></footer>""",
            "themeConfig.footer", ".vitepress/config"
        },
        {
            "plain.html",
            """</head><body><footer><p>京ICP备12345678号-1</p></footer>""",
            "--exclude", "footer"
        },
    };

    [Theory]
    [MemberData(nameof(ThemePages))]
    public void Run_PageWithThemeFooterNumbers_InjectedAndWarnedWithTheThemeOption(string name, string markup, string option, string where)
    {
        using var site = SampleSite.Create(withPages: false);
        site.Write(name, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{markup}</body></html>"));

        var summary = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock }).Run(site.Site);

        Assert.Equal(1, summary.Changed);
        var warned = Assert.Single(summary.Warnings);
        Assert.Equal(name, warned.Path);
        Assert.Contains(option, warned.Warning!.En, StringComparison.Ordinal);
        Assert.Contains(option, warned.Warning.Zh, StringComparison.Ordinal);
        Assert.Contains(where, warned.Warning.En, StringComparison.Ordinal);
        Assert.Contains("twice", warned.Warning.En, StringComparison.Ordinal);
        Assert.Contains("两次", warned.Warning.Zh, StringComparison.Ordinal);

        // Every rerun says it again while the theme still shows the number.
        var rerun = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock }).Run(site.Site);
        Assert.Equal((0, 1), (rerun.Changed, rerun.Warnings.Count));
    }

    [Fact]
    public void Run_NumbersOnlyInsideTheBlockOrInComments_NoWarning()
    {
        using var site = SampleSite.Create();

        var first = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock }).Run(site.Site);
        site.Write("commented.html", "<html><body><!-- 京ICP备12345678号-1 --><p>没有备案号</p></body></html>"u8.ToArray());
        var rerun = new SiteInjector(site.Profile, new InjectionOptions { Clock = SampleSite.Clock }).Run(site.Site);

        Assert.Empty(first.Warnings);
        Assert.Empty(rerun.Warnings);
    }

    [Fact]
    public void Warning_NamesTheNumbersFound_EachOnce()
    {
        using var site = SampleSite.Create(withPages: false);
        site.Write("twice.html", "<html><body><p>京ICP备 12345678号-1</p><p>京ICP备12345678号-1</p><p>京公网安备11010502030143号</p></body></html>"u8.ToArray());

        var warning = new SiteInjector(site.Profile).Run(site.Site).Warnings.Single().Warning!;

        Assert.Contains("京ICP备12345678号-1、京公网安备11010502030143号", warning.Zh, StringComparison.Ordinal);
        Assert.Contains("京ICP备12345678号-1, 京公网安备11010502030143号", warning.En, StringComparison.Ordinal);
    }
}

namespace IcpBadge.StaticSites;

/// <summary>
/// The static site generator (and theme) a page looks made by, from its <c>&lt;meta name="generator"&gt;</c> and the
/// marks common themes leave in their markup; it decides which theme option a warning about a second footer names.
/// </summary>
internal enum SiteGenerator
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>Hexo with a theme not recognised below.</summary>
    Hexo,

    /// <summary>Hexo with the NexT theme (<c>footer.beian</c> in its theme configuration).</summary>
    HexoNext,

    /// <summary>Hexo with the Fluid theme (<c>footer.beian</c> in its theme configuration).</summary>
    HexoFluid,

    /// <summary>Hexo with the Butterfly theme (numbers usually in <c>footer.custom_text</c>).</summary>
    HexoButterfly,

    /// <summary>Hugo with a theme not recognised below.</summary>
    Hugo,

    /// <summary>Hugo with the PaperMod theme (<c>params.footer.text</c> or <c>copyright</c>).</summary>
    HugoPaperMod,

    /// <summary>VitePress (<c>themeConfig.footer</c>).</summary>
    VitePress,
}

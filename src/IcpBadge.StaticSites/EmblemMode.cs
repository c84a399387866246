namespace IcpBadge.StaticSites;

/// <summary>How the police emblem of a file-based <c>Police:Icon</c> gets into the injected pages.</summary>
public enum EmblemMode
{
    /// <summary>Every page carries the emblem as a <c>data:</c> URI (the default).</summary>
    Inline,

    /// <summary>
    /// The emblem file is copied once to <c>_icp-badge/</c> in the site folder and every page links to it relatively
    /// (<c>../_icp-badge/emblem.png</c> one folder down). Needs an emblem read from a file, not a URL.
    /// </summary>
    Copy,
}

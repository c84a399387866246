namespace IcpBadge.Cli.Injection;

/// <summary>How <see cref="SiteInjector"/> runs.</summary>
internal sealed class InjectionOptions
{
    /// <summary>Work out every change but write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Test hook: runs after a page's temporary file is written, before it replaces the page.</summary>
    public Action<string>? BeforeRename { get; init; }

    /// <summary>Test hook: runs after a page was replaced.</summary>
    public Action<string>? AfterWrite { get; init; }
}

namespace IcpBadge.BrowserTests.Infrastructure;

/// <summary>The browser tests share one sample site process and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteBrowserDefinition : ICollectionFixture<SampleSiteBrowserFixture>
{
    /// <summary>The collection's name, for <see cref="CollectionAttribute"/>.</summary>
    public const string Name = "Sample site in Chromium";
}

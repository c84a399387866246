namespace IcpBadge.Cli.Tests;

/// <summary>
/// <c>inject</c> while other processes read the pages. The crash and write-failure tests drive the engine through its
/// test hooks, so they live with it in <c>tests/IcpBadge.StaticSites.Tests/SiteInjectorFaultTests.cs</c>.
/// </summary>
public sealed partial class InjectCommandTests
{
    [Fact]
    public async Task Inject_ReaderWithPagesOpen_StillReadsEveryWholeOldPage()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A rename gives the path a new file; a reader that opened the page before keeps the old one, whole. A page
        // overwritten in place would show the reader new (or half-new) bytes.
        using var site = TempSite.Create();
        var readers = TempSite.Pages.ToDictionary(
            p => p,
            p => new FileStream(site.PathOf(p), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete),
            StringComparer.Ordinal);
        try
        {
            var result = await RunInjectAsync(site);

            Assert.Contains(": 6 changed,", result.Out, StringComparison.Ordinal);
            foreach (var (page, reader) in readers)
            {
                using var buffer = new MemoryStream();
                await reader.CopyToAsync(buffer);
                Assert.Equal(TempSite.Original(page), buffer.ToArray());
                Assert.NotEqual(TempSite.Original(page), site.Read(page));
            }
        }
        finally
        {
            foreach (var reader in readers.Values)
            {
                await reader.DisposeAsync();
            }
        }
    }
}

using IcpBadge.Cli;
using IcpBadge.Configuration;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.StaticSites.Tests;

/// <summary>
/// A fresh copy of <c>sample-site/static/</c> (as <see cref="Site"/>) and of <c>sample-site/icpbadge.json</c> with its
/// emblem (as <see cref="Config"/>) in a temporary folder of its own; deleted on dispose. The checked-in copies are only read.
/// </summary>
internal sealed class SampleSite : IDisposable
{
    /// <summary>The configured emblem, relative to the configuration's folder.</summary>
    public const string EmblemPath = "IcpBadge.SampleSite/emblem/police-emblem-PLACEHOLDER.png";

    private SampleSite(string root)
    {
        Root = root;
    }

    /// <summary>The pages of the sample site, relative to <see cref="Site"/>, in walk order.</summary>
    public static IReadOnlyList<string> Pages { get; } =
        ["about/index.html", "blog/2026/old-footer.html", "contact.html", "fragment.htm", "index.html", "news-gbk.html"];

    /// <summary>Noon, 24 Nov 2026, China time: copyright lines read "2019–2026".</summary>
    public static IClock Clock { get; } = new FakeClock(Instant.FromUtc(2026, 11, 24, 4, 0));

    /// <summary>The repository's <c>sample-site/</c> folder (read only).</summary>
    public static string SampleFolder { get; } = Path.Combine(FindRepositoryRoot(), "sample-site");

    public string Root { get; }

    /// <summary>The copy of the static site.</summary>
    public string Site => Path.Combine(Root, "site");

    /// <summary>The copy of the configuration; its emblem path resolves inside <see cref="Root"/>.</summary>
    public string Config => Path.Combine(Root, "icpbadge.json");

    /// <summary>The sample configuration, loaded the way <c>icp-badge inject --config</c> loads it.</summary>
    public SiteProfile Profile => LoadProfile(Config);

    /// <summary>A copy of the sample site; <paramref name="withPages"/> false leaves the site folder empty.</summary>
    public static SampleSite Create(bool withPages = true)
    {
        var site = new SampleSite(Directory.CreateTempSubdirectory("icpbadge-static-").FullName);
        if (withPages)
        {
            CopyFolder(Path.Combine(SampleFolder, "static"), site.Site);
        }
        else
        {
            Directory.CreateDirectory(site.Site);
        }

        File.Copy(Path.Combine(SampleFolder, "icpbadge.json"), site.Config);
        var emblem = Path.Combine(site.Root, EmblemPath);
        Directory.CreateDirectory(Path.GetDirectoryName(emblem)!);
        File.Copy(Path.Combine(SampleFolder, EmblemPath), emblem);
        return site;
    }

    public static SiteProfile LoadProfile(string config)
    {
        var loaded = ConfigFileLoader.Load(config);
        Assert.True(loaded.Success, string.Join("; ", loaded.Problems.Select(p => p.Message)));
        return loaded.Profile;
    }

    /// <summary>The original bytes of a sample page, from the repository.</summary>
    public static byte[] Original(string page) => File.ReadAllBytes(Path.Combine(SampleFolder, "static", page));

    public string PathOf(string page) => Path.Combine(Site, page.Replace('/', Path.DirectorySeparatorChar));

    public byte[] Read(string page) => File.ReadAllBytes(PathOf(page));

    public void Write(string page, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(page))!);
        File.WriteAllBytes(PathOf(page), bytes);
    }

    /// <summary>Every file under <see cref="Site"/> with its bytes, by path relative to it.</summary>
    public SortedDictionary<string, byte[]> Snapshot() => new(
        Directory.EnumerateFiles(Site, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(Site, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes),
        StringComparer.Ordinal);

    /// <summary>Temporary files an atomic write could have left anywhere under <see cref="Root"/>.</summary>
    public IReadOnlyList<string> TempFiles() =>
        [.. Directory.EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => f.EndsWith(".tmp", StringComparison.Ordinal))];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IcpBadge.sln")) && Directory.Exists(Path.Combine(folder.FullName, "sample-site", "static")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No IcpBadge.sln with sample-site/static above {AppContext.BaseDirectory}.");
    }
}

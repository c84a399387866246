namespace IcpBadge.Cli.Tests;

/// <summary>
/// A fresh copy of <c>sample-site/static/</c> (as <see cref="Site"/>) and of <c>sample-site/icpbadge.json</c> with its
/// emblem (as <see cref="Config"/>) in a temporary folder of its own; deleted on dispose. The checked-in copies are only read.
/// </summary>
internal sealed class TempSite : IDisposable
{
    /// <summary>The pages of the sample site, relative to <see cref="Site"/>.</summary>
    public static IReadOnlyList<string> Pages { get; } =
        ["about/index.html", "blog/2026/old-footer.html", "contact.html", "fragment.htm", "index.html", "news-gbk.html"];

    /// <summary>The configured emblem, relative to the configuration's folder.</summary>
    public const string EmblemPath = "IcpBadge.SampleSite/emblem/police-emblem-PLACEHOLDER.png";

    /// <summary>The file name the emblem gets in <c>_icp-badge/</c>.</summary>
    public const string EmblemName = "police-emblem-PLACEHOLDER.png";

    private TempSite(string root)
    {
        Root = root;
    }

    /// <summary>The repository's <c>sample-site/</c> folder (read only).</summary>
    public static string SampleFolder { get; } = Path.Combine(FindRepositoryRoot(), "sample-site");

    /// <summary>The temporary folder holding everything.</summary>
    public string Root { get; }

    /// <summary>The copy of the static site.</summary>
    public string Site => Path.Combine(Root, "site");

    /// <summary>The copy of the configuration; its emblem path resolves inside <see cref="Root"/>.</summary>
    public string Config => Path.Combine(Root, "icpbadge.json");

    /// <summary>The copy of the configured emblem file.</summary>
    public string Emblem => Path.Combine(Root, EmblemPath);

    public static TempSite Create()
    {
        var site = new TempSite(Directory.CreateTempSubdirectory("icpbadge-inject-").FullName);
        CopyFolder(Path.Combine(SampleFolder, "static"), site.Site);
        File.Copy(Path.Combine(SampleFolder, "icpbadge.json"), site.Config);
        Directory.CreateDirectory(Path.GetDirectoryName(site.Emblem)!);
        File.Copy(Path.Combine(SampleFolder, EmblemPath), site.Emblem);
        return site;
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

    /// <summary>Every regular file under <see cref="Site"/> (symbolic links and linked folders left out) with its bytes.</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        RegularFiles(Site).ToDictionary(f => Relative(f.FullName), f => File.ReadAllBytes(f.FullName), StringComparer.Ordinal);

    /// <summary>Every regular file under <see cref="Site"/> with its last write time.</summary>
    public Dictionary<string, DateTime> WriteTimes() =>
        RegularFiles(Site).ToDictionary(f => Relative(f.FullName), f => File.GetLastWriteTimeUtc(f.FullName), StringComparer.Ordinal);

    /// <summary>Sets every regular file's last write time, so a rewrite with the same bytes still shows.</summary>
    public void SetWriteTimes(DateTime utc)
    {
        foreach (var file in RegularFiles(Site))
        {
            File.SetLastWriteTimeUtc(file.FullName, utc);
        }
    }

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

    private string Relative(string fullPath) => Path.GetRelativePath(Site, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private static IEnumerable<FileInfo> RegularFiles(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            if (entry is DirectoryInfo directory)
            {
                foreach (var file in RegularFiles(directory.FullName))
                {
                    yield return file;
                }
            }
            else if (entry is FileInfo file)
            {
                yield return file;
            }
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

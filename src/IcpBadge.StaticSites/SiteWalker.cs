using IcpBadge.Localization;
namespace IcpBadge.StaticSites;

/// <summary>
/// Lists a site folder's pages that match the include globs and none of the exclude globs. Symbolic links are never
/// followed: a linked folder is not entered and a linked file is not written through (it is reported as skipped).
/// </summary>
internal sealed class SiteWalker(string root, IReadOnlyList<GlobPattern> include, IReadOnlyList<GlobPattern> exclude)
{
    /// <summary>Temporary files an earlier, killed run left behind (<c>.page.html.XXXXXXXX.icp-badge.tmp</c>), found while walking.</summary>
    public List<string> StaleTemporaryFiles { get; } = [];

    public IEnumerable<(SiteFile File, LocalizedText? SkipReason)> Walk()
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (entry is DirectoryInfo directory)
                {
                    if (directory.LinkTarget is null)
                    {
                        pending.Push(directory.FullName);
                    }

                    continue;
                }

                if (entry.Name.StartsWith('.') && entry.Name.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal) && entry.LinkTarget is null)
                {
                    StaleTemporaryFiles.Add(entry.FullName);
                    continue;
                }

                if (!include.Any(g => g.IsMatch(relative)) || exclude.Any(g => g.IsMatch(relative)))
                {
                    continue;
                }

                var file = new SiteFile(relative, entry.FullName);
                if (entry.LinkTarget is not null)
                {
                    yield return (file, LinkSkipReason(entry));
                    continue;
                }

                yield return (file, null);
            }
        }
    }

    /// <summary>Why a linked file is skipped; a loop of links can't be resolved and is reported, not thrown.</summary>
    private LocalizedText LinkSkipReason(FileSystemInfo link)
    {
        string? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return StaticSitesText.Format("Link.Unresolved", exception.Message);
        }

        var inside = target is not null && target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return StaticSitesText.Get(inside ? "Link.Inside" : "Link.Outside");
    }
}

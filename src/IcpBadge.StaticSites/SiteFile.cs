namespace IcpBadge.StaticSites;

/// <summary>A file of the site: its path relative to the site folder ('/' separators), its full path, its folder depth.</summary>
internal sealed record SiteFile(string RelativePath, string FullPath)
{
    public int Depth => RelativePath.Count(c => c == '/');
}

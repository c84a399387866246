namespace IcpBadge.StaticSites;

/// <summary>
/// The police emblem copied into the site (<see cref="EmblemMode.Copy"/>): one file in <see cref="Folder"/>, linked from
/// each page by a path relative to the page's folder, so the site works from any base URL and from disk.
/// </summary>
internal sealed class EmblemAsset(string sourcePath)
{
    /// <summary>Where a copied emblem goes inside the site.</summary>
    public const string Folder = "_icp-badge";

    /// <summary>The file name it keeps in <see cref="Folder"/>.</summary>
    public string FileName { get; } = Path.GetFileName(sourcePath);

    /// <summary>The <c>&lt;img src&gt;</c> of a page <paramref name="depth"/> folders below the site folder.</summary>
    public string SourceFor(int depth) => string.Concat(Enumerable.Repeat("../", depth)) + Folder + "/" + FileName;

    /// <summary>Copies the emblem into <paramref name="root"/>, unless the same bytes are there already.</summary>
    public void CopyInto(string root)
    {
        var target = Path.Combine(root, Folder, FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var bytes = File.ReadAllBytes(sourcePath);
        if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
        {
            AtomicFile.Replace(target, bytes);
        }
    }
}

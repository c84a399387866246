namespace IcpBadge.StaticSites;

/// <summary>
/// Replaces a file by writing a temporary file in the same folder and renaming it over the original, so a reader or
/// an interrupted run sees either the old or the new content, never a mix.
/// </summary>
/// <example>
/// <code>
/// AtomicFile.Replace("public/robots.txt", "User-agent: *\n"u8);
/// </code>
/// </example>
public static class AtomicFile
{
    /// <summary>The suffix of temporary files, so a later run can recognise and remove those a killed run left.</summary>
    internal const string TemporarySuffix = ".icp-badge.tmp";

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically, keeping the file's Unix mode.</summary>
    /// <param name="path">The file to create or replace; its folder must exist.</param>
    /// <param name="content">The file's new bytes.</param>
    /// <exception cref="IOException">The temporary file could not be written or renamed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file is not writable.</exception>
    public static void Replace(string path, ReadOnlySpan<byte> content) => Replace(path, content, beforeRename: null, wrapTemporary: null);

    /// <param name="path">The file to create or replace.</param>
    /// <param name="content">The file's new bytes.</param>
    /// <param name="beforeRename">Test hook: runs after the temporary file is written, before it replaces the file.</param>
    /// <param name="wrapTemporary">
    /// Test hook: given <paramref name="path"/> and the temporary file's stream, returns the stream to write through
    /// (one that fails like a full disk, say).
    /// </param>
    internal static void Replace(string path, ReadOnlySpan<byte> content, Action<string>? beforeRename, Func<string, Stream, Stream>? wrapTemporary)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + TemporarySuffix);
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            using (var stream = wrapTemporary is null ? file : wrapTemporary(path, file))
            {
                stream.Write(content);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(path))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            beforeRename?.Invoke(path);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}

namespace IcpBadge.Cli.Injection;

/// <summary>
/// Replaces a file by writing a temporary file in the same folder and renaming it over the original, so a reader or
/// an interrupted run sees either the old or the new content, never a mix.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The suffix of temporary files, so a later run can recognise and remove those a killed run left.</summary>
    public const string TemporarySuffix = ".icp-badge.tmp";

    public static void Replace(string path, ReadOnlySpan<byte> content, Action<string>? beforeRename = null)
    {
        var folder = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + TemporarySuffix);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
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

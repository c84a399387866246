using System.Security.Cryptography;

namespace IcpBadge.Audits.Evidence;

/// <summary>
/// A content-addressed folder: each file is named by the SHA-256 of its bytes, so identical bytes (the same page two
/// nights running, the same page on two hosts) are stored once, and a file can be shown unchanged by hashing it again.
/// Files appear whole or not at all: they are written to a temporary name in the folder, flushed, then renamed.
/// </summary>
public sealed class EvidenceDirectory
{
    /// <summary>Opens <paramref name="path"/>, creating it if needed.</summary>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be created.</exception>
    public EvidenceDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(FullPath);
    }

    /// <summary>The folder's absolute path.</summary>
    public string FullPath { get; }

    /// <summary>The SHA-256 of <paramref name="bytes"/> as 64 lower-case hex digits.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The absolute path of <paramref name="file"/> in this folder.</summary>
    public string PathOf(EvidenceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Path.Combine(FullPath, file.Name);
    }

    /// <summary>
    /// Stores <paramref name="bytes"/> as <c>SHA256.EXTENSION</c> unless a file of that name is already there, and
    /// returns it.
    /// </summary>
    /// <param name="kind">What the bytes are (<see cref="EvidenceFile.Kind"/>).</param>
    /// <param name="extension">The file name's extension without the dot, e.g. <c>html</c>.</param>
    /// <param name="bytes">The content.</param>
    /// <exception cref="IOException">The file could not be written (the folder keeps no partial file).</exception>
    public EvidenceFile Put(string kind, string extension, ReadOnlySpan<byte> bytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        var hash = Hash(bytes);
        var file = new EvidenceFile(kind, hash, hash + "." + extension, bytes.Length);
        var target = PathOf(file);
        if (File.Exists(target))
        {
            return file;
        }

        var temporary = Path.Combine(FullPath, "." + hash + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Another writer stored the same bytes first: its file is this file.
            }
        }
        finally
        {
            File.Delete(temporary);
        }

        return file;
    }
}

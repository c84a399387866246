using System.IO.Compression;

namespace IcpBadge.StaticSites.Tests;

/// <summary>Writes and reads <c>.gz</c>/<c>.br</c> copies of pages with the framework's own codecs.</summary>
internal static class Precompressed
{
    public static byte[] Compress(string suffix, byte[] page)
    {
        using var buffer = new MemoryStream();
        using (Stream compressor = suffix == ".gz"
            ? new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)
            : new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            compressor.Write(page);
        }

        return buffer.ToArray();
    }

    public static byte[] Decompress(string path)
    {
        using var file = File.OpenRead(path);
        using Stream decompressor = path.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(file, CompressionMode.Decompress)
            : new BrotliStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        decompressor.CopyTo(buffer);
        return buffer.ToArray();
    }
}

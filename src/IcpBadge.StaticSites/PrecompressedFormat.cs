using System.IO.Compression;

namespace IcpBadge.StaticSites;

/// <summary>
/// A precompressed copy of a page that web servers send instead of the page itself (nginx <c>gzip_static</c> and
/// <c>brotli_static</c>, Caddy's <c>precompressed</c>, the static web assets of ASP.NET Core): <c>page.html.gz</c> and
/// <c>page.html.br</c>. Once the page changes, such a copy is stale and must be recompressed from the new bytes.
/// </summary>
internal sealed class PrecompressedFormat
{
    private readonly Func<Stream, Stream> _compressor;
    private readonly Func<Stream, Stream> _decompressor;

    private PrecompressedFormat(string suffix, Func<Stream, Stream> compressor, Func<Stream, Stream> decompressor)
    {
        Suffix = suffix;
        _compressor = compressor;
        _decompressor = decompressor;
    }

    /// <summary>The formats a run rewrites from the page, in the order it writes them (all before the page).</summary>
    public static IReadOnlyList<PrecompressedFormat> Rewritable { get; } =
    [
        new(".gz", s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true), s => new GZipStream(s, CompressionMode.Decompress)),
        new(".br", s => new BrotliStream(s, CompressionLevel.SmallestSize, leaveOpen: true), s => new BrotliStream(s, CompressionMode.Decompress)),
    ];

    /// <summary>
    /// Suffixes of precompressed copies a run can't write (.NET has no Zstandard encoder): reported as stale, never
    /// touched.
    /// </summary>
    public static IReadOnlyList<string> Unwritable { get; } = [".zst"];

    /// <summary>The suffix after the page's own name, e.g. <c>.gz</c>.</summary>
    public string Suffix { get; }

    /// <summary>The compressed form of <paramref name="page"/>.</summary>
    public byte[] Compress(byte[] page)
    {
        using var buffer = new MemoryStream(page.Length / 3 + 64);
        using (var compressor = _compressor(buffer))
        {
            compressor.Write(page);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> decompresses to exactly <paramref name="page"/>. Decompression stops at
    /// the first byte that differs or goes past the page's length, so a stale or hostile file costs no more than the
    /// page. A file that can't be read or isn't valid in this format is not a current copy.
    /// </summary>
    public bool HoldsExactly(string path, byte[] page)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var decompressor = _decompressor(file);
            var buffer = new byte[Math.Clamp(page.Length, 1, 64 * 1024)];
            var offset = 0;
            while (true)
            {
                var read = decompressor.Read(buffer);
                if (read == 0)
                {
                    return offset == page.Length;
                }

                if (read > page.Length - offset || !buffer.AsSpan(0, read).SequenceEqual(page.AsSpan(offset, read)))
                {
                    return false;
                }

                offset += read;
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

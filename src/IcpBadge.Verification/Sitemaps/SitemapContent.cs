using System.IO.Compression;
using IcpBadge.Localization;

namespace IcpBadge.Verification.Sitemaps;

/// <summary>
/// Opens the bytes of a sitemap file as XML: a gzip file (<c>sitemap.xml.gz</c>) is decompressed as a stream, and the
/// XML is cut off past a cap, so a gzip bomb of a few KB cannot expand into memory.
/// </summary>
internal static class SitemapContent
{
    /// <summary>
    /// The XML in <paramref name="file"/> (seekable, read from its start), decompressed when it starts with the gzip
    /// magic bytes <c>1f 8b</c>. The magic bytes decide, not the <c>Content-Type</c> or a <c>.gz</c> name: a server
    /// that sends a <c>.gz</c> file with <c>Content-Encoding: gzip</c> as well has had that layer removed already,
    /// and one that mislabels it as <c>application/octet-stream</c> still sends gzip. Reading past
    /// <paramref name="maxXmlBytes"/> of XML throws <see cref="TooLargeException"/>. Disposing the result disposes
    /// <paramref name="file"/>.
    /// </summary>
    public static Stream Open(Stream file, long maxXmlBytes)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        file.Position = 0;
        var gzip = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        return new CappedStream(gzip ? new GZipStream(file, CompressionMode.Decompress) : file, maxXmlBytes, gzip);
    }

    /// <summary>The XML of a sitemap file is larger than the cap.</summary>
    internal sealed class TooLargeException(long cap, bool compressed)
        : IOException(Describe(cap, compressed).En)
    {
        /// <summary>The reason in both languages.</summary>
        public LocalizedText Text { get; } = Describe(cap, compressed);

        private static LocalizedText Describe(long cap, bool compressed) =>
            VerificationText.Format(compressed ? "Sitemap.GzipTooLarge" : "Sitemap.TooLarge", cap / (1024 * 1024));
    }

    /// <summary>Passes reads through until the cap, then throws instead of handing out more.</summary>
    private sealed class CappedStream(Stream inner, long cap, bool compressed) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        // Ask for one byte more than the cap allows, so a document of exactly the cap is accepted and one byte more is not.
        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, Math.Max(1, cap + 1 - _read))]);
            _read += read;
            if (_read > cap)
            {
                throw new TooLargeException(cap, compressed);
            }

            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

using System.Buffers;

namespace IcpBadge.Cli.Output;

/// <summary>
/// A write-only stream that holds output in pooled 64 KB chunks until the command knows it succeeded, then copies it
/// out: a run that fails half-way writes nothing, and megabytes of output never sit in one growing array.
/// </summary>
internal sealed class SpoolStream : Stream
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_used == ChunkSize)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                _used = 0;
            }

            var take = Math.Min(buffer.Length, ChunkSize - _used);
            buffer[..take].CopyTo(_chunks[^1].AsSpan(_used));
            _used += take;
            _length += take;
            buffer = buffer[take..];
        }
    }

    /// <summary>Copies everything written so far to <paramref name="destination"/>.</summary>
    public void WriteTo(Stream destination)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            destination.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _used : ChunkSize);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
        base.Dispose(disposing);
    }
}

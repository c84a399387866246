using System.Text;

namespace IcpBadge.Cli.Output;

/// <summary>
/// A byte stream onto a command's output: stdout's own stream when the writer is a UTF-8 <see cref="StreamWriter"/>
/// (so megabytes of JSON skip a string and a re-encoding), else a buffer copied into the writer at the end.
/// </summary>
internal sealed class OutputStream : IDisposable
{
    private readonly TextWriter _writer;
    private readonly MemoryStream? _buffer;

    private OutputStream(TextWriter writer, Stream stream, MemoryStream? buffer)
    {
        _writer = writer;
        Stream = stream;
        _buffer = buffer;
    }

    public Stream Stream { get; }

    public static OutputStream Open(TextWriter writer)
    {
        if (writer is StreamWriter { Encoding: UTF8Encoding } streamWriter)
        {
            streamWriter.Flush();
            return new OutputStream(writer, streamWriter.BaseStream, null);
        }

        var buffer = new MemoryStream();
        return new OutputStream(writer, buffer, buffer);
    }

    /// <summary>Ends the output, by default with a newline as text output does.</summary>
    public void Complete(bool appendNewLine = true)
    {
        if (_buffer is null)
        {
            if (appendNewLine)
            {
                Stream.WriteByte((byte)'\n');
            }

            Stream.Flush();
            return;
        }

        _writer.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        if (appendNewLine)
        {
            _writer.WriteLine();
        }
    }

    public void Dispose() => _buffer?.Dispose();
}

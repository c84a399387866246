using IcpBadge.Cli.Output;

namespace IcpBadge.Cli.Tests;

public sealed class SpoolStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(300_001)]
    public void WriteTo_GivesBackExactlyWhatWasWritten_AcrossChunks(int size)
    {
        var data = new byte[size];
        new Random(size).NextBytes(data);
        using var spool = new SpoolStream();

        // Uneven pieces, so writes straddle chunk boundaries.
        for (var offset = 0; offset < size;)
        {
            var piece = Math.Min(size - offset, 7_919);
            spool.Write(data, offset, piece);
            offset += piece;
        }

        var copy = new MemoryStream();
        spool.WriteTo(copy);

        Assert.Equal(size, spool.Length);
        Assert.Equal(data, copy.ToArray());
    }

    [Fact]
    public void IsWriteOnly()
    {
        using var spool = new SpoolStream();

        Assert.False(spool.CanRead);
        Assert.False(spool.CanSeek);
        Assert.Throws<NotSupportedException>(() => spool.Read(new byte[1], 0, 1));
    }
}

using IcpBadge.Configuration;

namespace IcpBadge.Tests.Fuzz;

/// <summary>Inputs the fuzz targets found, kept as plain tests.</summary>
public sealed class FuzzRegressionTests
{
    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'s', 0x91, (byte)'"', (byte)':', (byte)'1', (byte)'}' })] // a name
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'S', (byte)'i', (byte)'t', (byte)'e', (byte)'s', (byte)'"', (byte)':', (byte)'[', (byte)'{', (byte)'"', (byte)'I', (byte)'c', (byte)'p', (byte)'"', (byte)':', (byte)'{', (byte)'"', (byte)'N', (byte)'u', (byte)'m', (byte)'b', (byte)'e', (byte)'r', (byte)'"', (byte)':', (byte)'"', 0xC3, (byte)'"', (byte)'}', (byte)'}', (byte)']', (byte)'}' })] // a value
    public void Read_InvalidUtf8_InventoryFormatExceptionNotInvalidOperation(byte[] json)
    {
        using var stream = new MemoryStream(json);

        var exception = Assert.Throws<InventoryFormatException>(() => SiteInventory.Read(stream, sourceName: "sites.json").ToList());

        Assert.Equal(1, exception.Line);
        Assert.Contains("not valid UTF-8", exception.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", exception.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HolidaysFileWithNulCharacter_AProblemNotAnArgumentException()
    {
        using var stream = new MemoryStream("""{ "Sites": [ { "HolidaysFile": "a\u0000b" } ] }"""u8.ToArray());

        var site = Assert.Single(SiteInventory.Read(stream, baseDirectory: Path.GetTempPath()));

        Assert.False(site.Success);
        Assert.Contains(site.Problems, p => p.Path.EndsWith("HolidaysFile", StringComparison.Ordinal) && p.ToString().Contains("not a valid file path", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "Sites": [ { "Site": { "Name": "\ud800" } } ] }""")]
    [InlineData("""{ "\udc00": 1, "Sites": [] }""")]
    public void Read_LoneSurrogateEscape_InventoryFormatException(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var exception = Assert.Throws<InventoryFormatException>(() => SiteInventory.Read(stream, sourceName: "sites.json").ToList());

        Assert.Equal(1, exception.Line);
        Assert.Contains("not text", exception.Message, StringComparison.Ordinal);
    }
}

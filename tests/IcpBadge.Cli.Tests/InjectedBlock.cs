namespace IcpBadge.Cli.Tests;

/// <summary>Finds the block <c>inject</c> wrote into a page's bytes, and takes it out again.</summary>
internal static class InjectedBlock
{
    public static ReadOnlySpan<byte> Begin => "<!-- icp-badge:begin -->"u8;

    public static ReadOnlySpan<byte> End => "<!-- icp-badge:end -->"u8;

    public static ReadOnlySpan<byte> Marker => "<!-- icp-badge -->"u8;

    /// <summary>The span <c>[Start, End)</c> of the page's one block, from its begin comment to the end of its end comment.</summary>
    public static (int Start, int End) Find(byte[] page)
    {
        var start = page.AsSpan().IndexOf(Begin);
        var end = page.AsSpan().IndexOf(End);
        Assert.True(start >= 0, "The page has no begin comment.");
        Assert.True(end > start, "The page has no end comment after its begin comment.");
        Assert.Equal(start, page.AsSpan().LastIndexOf(Begin));
        Assert.Equal(end, page.AsSpan().LastIndexOf(End));
        return (start, end + End.Length);
    }

    /// <summary>The block's bytes, begin and end comments included.</summary>
    public static byte[] Of(byte[] page)
    {
        var (start, end) = Find(page);
        return page[start..end];
    }

    /// <summary>The page with its block replaced by <paramref name="replacement"/> (empty: removed).</summary>
    public static byte[] Replace(byte[] page, ReadOnlySpan<byte> replacement)
    {
        var (start, end) = Find(page);
        return [.. page.AsSpan(0, start), .. replacement, .. page.AsSpan(end)];
    }

    /// <summary>What the block replaced in the original sample page: its earlier block, its marker, or nothing.</summary>
    public static byte[] ReplacedIn(byte[] original)
    {
        if (original.AsSpan().IndexOf(Begin) >= 0)
        {
            return Of(original);
        }

        return original.AsSpan().IndexOf(Marker) >= 0 ? Marker.ToArray() : [];
    }
}

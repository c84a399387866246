namespace IcpBadge.Configuration;

/// <summary>The <c>Copyright</c> part of <see cref="IcpBadgeOptions"/>: <c>© &lt;Since&gt;–&lt;this year&gt; &lt;Holder&gt; 版权所有</c>.</summary>
public sealed class CopyrightOptions
{
    /// <summary>The copyright holder, normally the filed organisation.</summary>
    public string? Holder { get; set; }

    /// <summary>Other names the holder goes by (short names, brands), accepted by the verifier.</summary>
    public IList<string> Aliases { get; } = [];

    /// <summary>The first year; the line shows <c>Since–current year</c> in China time.</summary>
    public int? Since { get; set; }
}

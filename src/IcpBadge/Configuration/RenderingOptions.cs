namespace IcpBadge.Configuration;

/// <summary>The <c>Rendering</c> part of <see cref="IcpBadgeOptions"/>: how the footer markup is written.</summary>
public sealed class RenderingOptions
{
    /// <summary>
    /// Render for a strict Content-Security-Policy (<c>default-src 'self'</c>): no <c>style</c> attributes and no
    /// <c>data:</c> URI; <c>Police.Icon</c> must then be a URL, and a stylesheet centres the footer.
    /// </summary>
    public bool StrictCsp { get; set; }
}

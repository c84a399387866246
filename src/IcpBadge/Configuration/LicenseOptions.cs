namespace IcpBadge.Configuration;

/// <summary>The <c>License</c> part of <see cref="IcpBadgeOptions"/>: a commercial site's operating licence.</summary>
public sealed class LicenseOptions
{
    /// <summary>The licence number, e.g. <c>京ICP证123456号</c> or <c>粤B2-20190762</c>.</summary>
    public string? Number { get; set; }
}

namespace IcpBadge.Configuration;

/// <summary>The police emblem image, ready to put in an <c>&lt;img src&gt;</c>.</summary>
/// <param name="Source">A <c>data:</c> URI (inlined from a file), or an <c>http(s)</c> or site-relative URL.</param>
/// <param name="Width">The display width in CSS pixels.</param>
/// <param name="Height">The display height in CSS pixels.</param>
/// <param name="IsInlined">Whether <paramref name="Source"/> is a <c>data:</c> URI made from a file.</param>
/// <param name="FilePath">The full path of the file it was read from, if any.</param>
public sealed record PoliceIcon(string Source, int Width, int Height, bool IsInlined, string? FilePath);

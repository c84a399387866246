using IcpBadge.Configuration;

namespace IcpBadge.Cli.Commands;

/// <summary>
/// One page <c>verify</c> judges: what the user named (a file, a URL), where to read it (a local path or a URL), whether it is a
/// home page, and the expectations it is judged against (a site profile and the host it is served on).
/// </summary>
/// <param name="Target">The target as reported (a path relative to the working folder, or a URL).</param>
/// <param name="Path">The full path of a local file; null for a URL.</param>
/// <param name="Url">The URL to fetch; null for a local file.</param>
/// <param name="IsHomePage">Whether presence rules judge it (SPEC §5 home pages, or <c>--all-pages</c>).</param>
/// <param name="Profile">The configuration it is judged against; null to skip rules marked * in SPEC §6.</param>
/// <param name="Host">The host it is served on (for a domain with its own ICP number); null for a local file.</param>
internal sealed record VerifyTarget(string Target, string? Path, Uri? Url, bool IsHomePage, SiteProfile? Profile, string? Host);

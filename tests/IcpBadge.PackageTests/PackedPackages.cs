using System.Text.RegularExpressions;

namespace IcpBadge.PackageTests;

/// <summary>The folder of packed packages named by <c>ICPBADGE_PACKAGES</c>, and the version packed in it.</summary>
internal static partial class PackedPackages
{
    /// <summary>The folder, or null when the variable is unset or names no folder with an IcpBadge.Cli package.</summary>
    public static string? Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("ICPBADGE_PACKAGES")?.Trim();
            return !string.IsNullOrEmpty(folder) && Directory.Exists(folder) &&
                Directory.EnumerateFiles(folder, "IcpBadge.Cli.*.nupkg").Any()
                ? Path.GetFullPath(folder)
                : null;
        }
    }

    /// <summary>The folder, or a failure that says how to make it (under CI=true the test runs without it).</summary>
    public static string RequireFolder() =>
        Folder ?? throw new InvalidOperationException(
            "ICPBADGE_PACKAGES must name the folder that `dotnet pack IcpBadge.sln -c Release -o artifacts/nupkg` wrote " +
            "(./test.sh sets it); it is unset, missing or holds no IcpBadge.Cli package.");

    /// <summary>
    /// The version of <paramref name="packageId"/> in the folder (every package of one pack shares it; a prerelease
    /// such as 0.0.0-alpha.0.42 needs it spelled out to <c>dotnet add package</c> and <c>dotnet tool install</c>).
    /// </summary>
    public static string VersionOf(string folder, string packageId)
    {
        var versions = Directory.EnumerateFiles(folder, packageId + ".*.nupkg")
            .Select(path => VersionPattern().Match(Path.GetFileName(path)[(packageId.Length + 1)..]))
            .Where(match => match.Success)
            .Select(match => match.Groups["version"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return versions.Count == 1
            ? versions[0]
            : throw new InvalidOperationException(
                $"{folder} must hold exactly one version of {packageId}; it holds {versions.Count}: {string.Join(", ", versions)}.");
    }

    // A version starts with a digit; "IcpBadge.Cli.1.2.3.nupkg" must not count as a version of "IcpBadge".
    [GeneratedRegex(@"^(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex VersionPattern();
}

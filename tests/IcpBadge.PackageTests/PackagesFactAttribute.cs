namespace IcpBadge.PackageTests;

/// <summary>
/// A <see cref="FactAttribute"/> for tests that need the packed packages (<c>ICPBADGE_PACKAGES</c>, set by ./test.sh
/// after <c>dotnet pack</c>): skipped with the reason when they are missing, unless <c>CI=true</c>, where the test
/// runs and fails instead (the convention of the browser tests).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PackagesFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the packages are missing and CI is not <c>true</c>.</summary>
    public PackagesFactAttribute()
    {
        if (PackedPackages.Folder is null && !IsCi)
        {
            Skip = "ICPBADGE_PACKAGES does not name a folder of packed IcpBadge packages. Run ./test.sh, or " +
                "`dotnet pack IcpBadge.sln -c Release -o artifacts/nupkg` and set ICPBADGE_PACKAGES=$PWD/artifacts/nupkg. " +
                "Package tests are skipped when CI is not 'true' and fail when CI=true.";
        }
    }

    private static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}

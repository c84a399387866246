using System.Reflection;

namespace IcpBadge.BrowserTests.Infrastructure;

/// <summary>Paths found from the test assembly's output folder.</summary>
internal static class RepositoryPaths
{
    public const string SampleSiteAssemblyName = "IcpBadge.SampleSite";

    /// <summary>The folder holding <c>IcpBadge.sln</c>, found by walking up from the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of this test assembly (Debug or Release).</summary>
    public static string Configuration { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c
            ? c
            : "Debug";

    /// <summary>
    /// The built sample site: the copy the project reference puts in the test's output folder (with its
    /// <c>appsettings.json</c>, <c>emblem/</c> and static web assets manifests), else the sample site's own
    /// <c>bin/&lt;Configuration&gt;/net10.0</c>.
    /// </summary>
    public static string FindSampleSiteAssembly()
    {
        string[] candidates =
        [
            AppContext.BaseDirectory,
            Path.Combine(Root, "sample-site", SampleSiteAssemblyName, "bin", Configuration, "net10.0"),
        ];
        foreach (var directory in candidates)
        {
            var dll = Path.Combine(directory, SampleSiteAssemblyName + ".dll");
            if (File.Exists(dll)
                && File.Exists(Path.Combine(directory, SampleSiteAssemblyName + ".runtimeconfig.json"))
                && File.Exists(Path.Combine(directory, "appsettings.json")))
            {
                return Path.GetFullPath(dll);
            }
        }

        throw new FileNotFoundException(
            $"The built sample site ({SampleSiteAssemblyName}.dll with its runtimeconfig and appsettings.json) was not found in: " +
            string.Join(", ", candidates) + ". Build the solution first (dotnet build IcpBadge.sln).");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IcpBadge.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder containing IcpBadge.sln above {AppContext.BaseDirectory}.");
    }
}

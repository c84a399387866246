using System.Runtime.CompilerServices;

namespace IcpBadge.Tests.Support;

/// <summary>Golden files live beside the tests in the source tree; ICPBADGE_UPDATE_GOLDEN=1 rewrites them.</summary>
internal static class GoldenFiles
{
    public const string UpdateVariable = "ICPBADGE_UPDATE_GOLDEN";

    public static bool Update => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The test project's source folder (not bin/), so updates land in files that are checked in.</summary>
    public static string ProjectDirectory => Path.GetDirectoryName(ThisFile())!.Replace(Path.DirectorySeparatorChar + "Support", string.Empty, StringComparison.Ordinal);

    /// <summary>Compares <paramref name="actual"/> with the golden file, or writes it in update mode.</summary>
    /// <returns>The expected text.</returns>
    public static string ReadOrUpdate(string path, string actual)
    {
        if (Update)
        {
            File.WriteAllText(path, actual);
            return actual;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with {UpdateVariable}=1 to create it, then review and commit it.");
        return File.ReadAllText(path);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}

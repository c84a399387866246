using System.Runtime.CompilerServices;

namespace IcpBadge.Cli.Tests.Help;

/// <summary>The help snapshots beside this file in the source tree; <c>ICPBADGE_UPDATE_GOLDEN=1</c> rewrites them.</summary>
internal static class HelpGoldenFiles
{
    public const string UpdateVariable = "ICPBADGE_UPDATE_GOLDEN";

    public static bool Update => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>This folder in the source tree (not bin/), so updates land in files that are checked in.</summary>
    public static string Directory => Path.GetDirectoryName(ThisFile())!;

    /// <summary>The snapshot named <paramref name="name"/>, or <paramref name="actual"/> after writing it in update mode.</summary>
    public static string ReadOrUpdate(string name, string actual)
    {
        var path = Path.Combine(Directory, name);
        if (Update)
        {
            File.WriteAllText(path, actual);
            return actual;
        }

        Assert.True(File.Exists(path), $"Help snapshot {path} is missing; run the tests with {UpdateVariable}=1 to create it, then review and commit it.");
        return File.ReadAllText(path);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}

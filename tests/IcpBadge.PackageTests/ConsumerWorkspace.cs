using System.Collections;

namespace IcpBadge.PackageTests;

/// <summary>
/// A temporary folder where fresh apps are made from the templates, as a user would: a nuget.config whose sources
/// are the packed packages (every IcpBadge package comes from there only) and nuget.org (everything else), an empty
/// NuGet cache of its own (so a stale IcpBadge package of the same version in ~/.nuget/packages is never used),
/// and, on request, the packed <c>icp-badge</c> tool installed into a tool path. Shared by the tests of one class, deleted after.
/// </summary>
public sealed class ConsumerWorkspace : IAsyncLifetime
{
    private static readonly TimeSpan ToolInstallTimeout = TimeSpan.FromMinutes(4);

    /// <summary>The workspace folder; each app is a subfolder.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("icpbadge-consumer-").FullName;

    /// <summary>The packed packages, and the one version they share.</summary>
    public string Packages { get; private set; } = "";

    /// <summary>The version of the packed packages (every package of one pack shares it).</summary>
    public string Version { get; private set; } = "";

    /// <summary>The installed tool's executable (see <see cref="InstallToolAsync"/>).</summary>
    private string Tool => Path.Combine(Root, "tools", "icp-badge");

    /// <summary>
    /// The environment of every command: the isolated NuGet cache; no MSBuild variables inherited from the
    /// `dotnet test` that runs this (they would point a child build at this repository's SDK state); no build
    /// servers left running after a test.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment { get; private set; } = new Dictionary<string, string?>();

    private bool missingPackages;

    public async Task InitializeAsync()
    {
        if (PackedPackages.Folder is not { } folder)
        {
            missingPackages = true;
            return;
        }

        Packages = folder;
        Version = PackedPackages.VersionOf(folder, "IcpBadge.AspNetCore");
        Environment = BuildEnvironment(Path.Combine(Root, "nuget-packages"));
        await File.WriteAllTextAsync(Path.Combine(Root, "nuget.config"), NuGetConfig(folder));
    }

    /// <summary>Installs the packed tool into the workspace (once) and returns its executable.</summary>
    public async Task<string> InstallToolAsync()
    {
        if (!File.Exists(Tool))
        {
            await RunCheckedAsync(Root, ToolInstallTimeout, "dotnet",
                "tool", "install", "IcpBadge.Cli", "--version", PackedPackages.VersionOf(Packages, "IcpBadge.Cli"),
                "--tool-path", Path.Combine(Root, "tools"));
        }

        return Tool;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is exiting; the temporary folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    /// <summary>Fails the calling test when there are no packed packages (it runs only then, under CI=true).</summary>
    public void EnsureReady()
    {
        if (missingPackages)
        {
            PackedPackages.RequireFolder();
        }
    }

    /// <summary>Runs a command in <paramref name="directory"/> with the workspace environment.</summary>
    public Task<CommandResult> RunAsync(string directory, TimeSpan timeout, string fileName, params string[] arguments) =>
        CommandRunner.RunAsync(fileName, arguments, directory, Environment, timeout);

    /// <summary>Runs a command and fails the test with everything it printed unless it exits with 0.</summary>
    public async Task<CommandResult> RunCheckedAsync(string directory, TimeSpan timeout, string fileName, params string[] arguments)
    {
        var result = await RunAsync(directory, timeout, fileName, arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static string NuGetConfig(string packages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="icpbadge-packed" value="{packages}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="icpbadge-packed">
              <package pattern="IcpBadge" />
              <package pattern="IcpBadge.*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    private static Dictionary<string, string?> BuildEnvironment(string nugetPackages)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
                name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase) ||
                name.Equals("ICPBADGE_PACKAGES", StringComparison.Ordinal))
            {
                environment[name] = null;
            }
        }

        environment["NUGET_PACKAGES"] = nugetPackages;
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["UseSharedCompilation"] = "false";
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return environment;
    }
}

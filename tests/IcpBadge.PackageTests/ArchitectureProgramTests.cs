using System.Text.Json;
using System.Text.RegularExpressions;

namespace IcpBadge.PackageTests;

/// <summary>
/// The program of docs/architecture.md ("Entry points") — read an inventory, inject a built folder, verify it — built
/// in a fresh console app that references only the packed packages, and run on a copy of the sample static site: the
/// SPEC's public entry points work together from the packages a user installs.
/// </summary>
public sealed partial class ArchitectureProgramTests(ConsumerWorkspace workspace) : IClassFixture<ConsumerWorkspace>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);
    private static readonly string[] Packages = ["IcpBadge", "IcpBadge.StaticSites", "IcpBadge.Verification"];

    [PackagesFact]
    public async Task TheDocumentedProgram_ReadsAnInventory_InjectsAFolder_AndVerifiesIt()
    {
        workspace.EnsureReady();
        var root = RepositoryRoot();
        var app = Path.Combine(workspace.Root, "EntryPoints");
        await workspace.RunCheckedAsync(workspace.Root, Timeout, "dotnet", "new", "console", "--output", "EntryPoints", "--no-restore");
        foreach (var package in Packages)
        {
            await workspace.RunCheckedAsync(app, Timeout, "dotnet", "add", "package", package, "--version", workspace.Version);
        }

        var document = await File.ReadAllTextAsync(Path.Combine(root, "docs", "architecture.md"));
        var program = ConsumerProgram().Match(document.ReplaceLineEndings("\n"));
        Assert.True(program.Success, "docs/architecture.md has no ```csharp block after <!-- consumer-program -->");
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), program.Groups["code"].Value);

        // The sample site's configuration as a one-site inventory, its emblem path made absolute.
        using var sample = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root, "sample-site", "icpbadge.json")));
        var site = sample.RootElement.GetProperty("IcpBadge").GetRawText()
            .Replace("IcpBadge.SampleSite/emblem/", Path.Combine(root, "sample-site", "IcpBadge.SampleSite", "emblem") + "/", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(app, "sites.json"), $$"""{ "Sites": [ {{site}} ] }""");
        CopyFolder(Path.Combine(root, "sample-site", "static"), Path.Combine(app, "public"));

        await workspace.RunCheckedAsync(app, Timeout, "dotnet", "build", "-c", "Release", "-warnaserror", "-nodeReuse:false");
        var run = await workspace.RunAsync(app, Timeout, "dotnet", Path.Combine("bin", "Release", "net10.0", "EntryPoints.dll"), "sites.json", "public");

        Assert.True(run.ExitCode is 0 or 1, $"exit code {run.ExitCode}: {run.Output}");
        var lines = run.Output.ReplaceLineEndings("\n");
        var html = Directory.GetFiles(Path.Combine(app, "public"), "*.htm*", SearchOption.AllDirectories).Length;
        Assert.Contains($"injected: {html} changed, 0 unchanged", lines, StringComparison.Ordinal);
        var json = JsonDocument.Parse(lines[lines.IndexOf('{', StringComparison.Ordinal)..]);
        Assert.Equal(html, json.RootElement.GetProperty("targets").GetArrayLength());
        Assert.Equal(run.ExitCode == 1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32() > 0);
        Assert.Contains("京ICP备20260101号-1", await File.ReadAllTextAsync(Path.Combine(app, "public", "index.html")), StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IcpBadge.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no IcpBadge.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"<!-- consumer-program -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsumerProgram();
}

using System.Text;
using System.Text.RegularExpressions;

namespace IcpBadge.PackageTests;

/// <summary>
/// The C# example of each library package's README (src/&lt;Project&gt;/README.md, shown on nuget.org) compiles against
/// the packed packages in a fresh <c>dotnet new console</c> app and runs: a README that drifts from the public API
/// fails here. The app has no ASP.NET Core framework, so it also runs the libraries on their lowest
/// <c>Microsoft.Extensions.*</c> dependencies.
/// </summary>
public sealed partial class ReadmeExampleTests(ConsumerWorkspace workspace) : IClassFixture<ConsumerWorkspace>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);
    private static readonly string[] Packages = ["IcpBadge", "IcpBadge.StaticSites", "IcpBadge.Verification"];

    [PackagesFact]
    public async Task LibraryReadmeExamples_CompileAndRun_AgainstThePackedPackages()
    {
        workspace.EnsureReady();
        var app = Path.Combine(workspace.Root, "ReadmeExamples");
        await workspace.RunCheckedAsync(workspace.Root, Timeout, "dotnet", "new", "console", "--output", "ReadmeExamples", "--no-restore");
        foreach (var package in Packages)
        {
            await workspace.RunCheckedAsync(app, Timeout, "dotnet", "add", "package", package, "--version", workspace.Version);
        }

        var calls = new StringBuilder();
        foreach (var package in Packages)
        {
            var className = package.Replace(".", "", StringComparison.Ordinal) + "ReadmeExample";
            var readme = Path.Combine(RepositoryRoot(), "src", package, "README.md");
            await File.WriteAllTextAsync(Path.Combine(app, className + ".cs"), AsClass(className, CSharpExample(readme)));
            calls.Append("await ").Append(className).AppendLine(".RunAsync();");
        }

        // The StaticSites example injects into ./public, as after `hugo`.
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), $$"""
            Directory.CreateDirectory("public");
            File.WriteAllText("public/index.html", "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>示例</title></head><body><p>Hi</p></body></html>\n");
            {{calls}}
            """);

        await workspace.RunCheckedAsync(app, Timeout, "dotnet", "build", "-c", "Release", "-warnaserror", "-nodeReuse:false");
        var run = await workspace.RunCheckedAsync(app, Timeout, "dotnet", Path.Combine("bin", "Release", "net10.0", "ReadmeExamples.dll"));

        Assert.Contains("京ICP备12345678号-1 https://beian.miit.gov.cn/", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 changed, 0 unchanged, 1 pages", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ error\(s\), \d+ warning\(s\)", run.Output);
        Assert.True(File.Exists(Path.Combine(app, "icp.sarif")), "the Verification example wrote no icp.sarif");
        Assert.Contains("京ICP备12345678号-1", await File.ReadAllTextAsync(Path.Combine(app, "public", "index.html")), StringComparison.Ordinal);

        // No framework reference brings newer Microsoft.Extensions.* here: the libraries' own lowest versions resolve.
        var assets = await File.ReadAllTextAsync(Path.Combine(app, "obj", "project.assets.json"));
        Assert.Contains("\"Microsoft.Extensions.Options/8.0.0\"", assets, StringComparison.Ordinal);
        Assert.Contains("\"Microsoft.Extensions.Http/8.0.0\"", assets, StringComparison.Ordinal);
    }

    /// <summary>The first <c>```csharp</c> block of a README.</summary>
    private static string CSharpExample(string readme)
    {
        var text = File.ReadAllText(readme).ReplaceLineEndings("\n");
        var start = text.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{readme} has no ```csharp example");
        start += "```csharp\n".Length;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
    }

    /// <summary>
    /// The example's <c>using</c> lines at the top of a file, its statements in an async static method (CS1998
    /// off: an example need not await).
    /// </summary>
    private static string AsClass(string className, string example)
    {
        var lines = example.Split('\n');
        var usings = lines.Where(IsUsingDirective);
        var body = lines.Where(line => !IsUsingDirective(line)).Select(line => "        " + line);
        return $$"""
            #pragma warning disable CS1998
            {{string.Join('\n', usings)}}

            internal static class {{className}}
            {
                public static async Task RunAsync()
                {
            {{string.Join('\n', body)}}
                }
            }
            """;
    }

    // `using IcpBadge;` is a directive; `using var x = …;` is a statement.
    private static bool IsUsingDirective(string line) => UsingDirective().IsMatch(line);

    [GeneratedRegex(@"^using (static )?[\w.]+;\s*$")]
    private static partial Regex UsingDirective();

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
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace IcpBadge.PackageTests;

/// <summary>
/// A fresh <c>dotnet new webapp</c> and a fresh <c>dotnet new blazor</c> follow README.md's three steps with the packed
/// <c>IcpBadge.AspNetCore</c> package, build with warnings as errors, start, and their home pages pass the packed
/// <c>icp-badge verify</c> with their own configuration and 0 errors.
/// </summary>
public sealed class ConsumerAppTests(ConsumerWorkspace workspace, ITestOutputHelper log) : IClassFixture<ConsumerWorkspace>
{
    private static readonly TimeSpan NewTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan VerifyTimeout = TimeSpan.FromMinutes(1);

    private const string IcpNumber = "京ICP备12345678号-1";
    private const string PoliceNumber = "京公网安备11010502030143号";

    [PackagesFact]
    public async Task RazorPagesApp_FollowingTheReadme_PassesVerify()
    {
        workspace.EnsureReady();
        var app = await NewAppAsync("webapp", "ConsumerWebApp");

        // Step 1: the package, and AddIcpBadge in Program.cs.
        await AddPackageAsync(app);
        AddIcpBadgeToProgram(app, after: "builder.Services.AddRazorPages();");

        // Step 2: the IcpBadge section; the site name as the home page's <title> shows it ("Home page - ConsumerWebApp").
        await ConfigureAsync(app, siteName: "ConsumerWebApp");

        // Step 3: the tag helpers, and <icp-badge /> at the bottom of the layout.
        await File.AppendAllTextAsync(Path.Combine(app, "Pages", "_ViewImports.cshtml"), "@addTagHelper *, IcpBadge.AspNetCore\n");
        InsertBefore(Path.Combine(app, "Pages", "Shared", "_Layout.cshtml"), "</body>", "    <icp-badge />\n");

        await BuildStartAndVerifyAsync(app, "ConsumerWebApp");
    }

    [PackagesFact]
    public async Task BlazorApp_FollowingTheReadme_PassesVerify()
    {
        workspace.EnsureReady();
        var app = await NewAppAsync("blazor", "ConsumerBlazorApp", "--interactivity", "None");

        await AddPackageAsync(app);
        AddIcpBadgeToProgram(app, after: "builder.Services.AddRazorComponents();");

        // The template's home page sets <PageTitle>Home</PageTitle>: its <title> is "Home".
        await ConfigureAsync(app, siteName: "Home");

        // Step 3 for Blazor: the components' namespace, and <IcpFooter /> at the bottom of MainLayout.razor.
        await File.AppendAllTextAsync(Path.Combine(app, "Components", "_Imports.razor"), "@using IcpBadge.AspNetCore.Components\n");
        var layout = Path.Combine(app, "Components", "Layout", "MainLayout.razor");
        await File.AppendAllTextAsync(layout, "\n<IcpFooter />\n");

        await BuildStartAndVerifyAsync(app, "ConsumerBlazorApp");
    }

    /// <summary>
    /// A Blazor Web App with interactive server rendering: the footer in the layout (static rendering) with a class of
    /// the page's own, and on the template's interactive Counter page, prerendered with its template and attributes.
    /// </summary>
    [PackagesFact]
    public async Task BlazorInteractiveServerApp_FooterInLayoutAndOnAnInteractivePage()
    {
        workspace.EnsureReady();
        var app = await NewAppAsync("blazor", "ConsumerInteractiveApp", "--interactivity", "Server");

        await AddPackageAsync(app);
        AddIcpBadgeToProgram(app, after: ".AddInteractiveServerComponents();");
        await ConfigureAsync(app, siteName: "Home");
        await File.AppendAllTextAsync(Path.Combine(app, "Components", "_Imports.razor"), "@using IcpBadge.AspNetCore.Components\n");
        await File.AppendAllTextAsync(Path.Combine(app, "Components", "Layout", "MainLayout.razor"), "\n<IcpFooter class=\"site-footer\" />\n");
        await File.AppendAllTextAsync(Path.Combine(app, "Components", "Pages", "Counter.razor"), "\n<IcpFooter Template=\"compact\" class=\"counter-footer\" data-count=\"@currentCount\" />\n");

        await BuildStartAndVerifyAsync(app, "ConsumerInteractiveApp", async (running, http) =>
        {
            var home = await http.GetStringAsync(running.Address);
            var counter = await http.GetStringAsync(new Uri(running.Address, "counter"));
            Assert.Contains("class=\"icp-badge site-footer\"", home, StringComparison.Ordinal);
            Assert.Contains("class=\"icp-badge icp-badge--compact icp-badge__footer counter-footer\"", counter, StringComparison.Ordinal);
            Assert.Contains("data-count=\"0\"", counter, StringComparison.Ordinal);
        });
    }

    private async Task<string> NewAppAsync(string template, string name, params string[] options)
    {
        var directory = Path.Combine(workspace.Root, name);
        await workspace.RunCheckedAsync(workspace.Root, NewTimeout, "dotnet",
            ["new", template, "--output", name, "--no-restore", .. options]);
        return directory;
    }

    // README.md: `dotnet add package IcpBadge.AspNetCore`; a prerelease version has to be named.
    private async Task AddPackageAsync(string app) =>
        await workspace.RunCheckedAsync(app, RestoreTimeout, "dotnet", "add", "package", "IcpBadge.AspNetCore", "--version", workspace.Version);

    private static void AddIcpBadgeToProgram(string app, string after)
    {
        var program = Path.Combine(app, "Program.cs");
        var text = File.ReadAllText(program);
        Assert.True(text.Contains(after, StringComparison.Ordinal), $"the template's Program.cs has no line '{after}':\n{text}");
        text = "using IcpBadge;\n" + text.Replace(after, after + "\nbuilder.Services.AddIcpBadge(builder.Configuration);", StringComparison.Ordinal);
        File.WriteAllText(program, text);
    }

    private static async Task ConfigureAsync(string app, string siteName)
    {
        var path = Path.Combine(app, "appsettings.json");
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(path), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        settings["IcpBadge"] = new JsonObject
        {
            ["Site"] = new JsonObject { ["Name"] = siteName },
            ["Icp"] = new JsonObject { ["Number"] = IcpNumber, ["ApprovedOn"] = "2025-06-01" },
            ["Police"] = new JsonObject
            {
                ["Number"] = PoliceNumber,
                ["Icon"] = "https://static.example.com/images/police-emblem.png",
            },
            ["Copyright"] = new JsonObject { ["Holder"] = "示例科技有限公司", ["Since"] = 2019 },
        };
        await File.WriteAllTextAsync(path, settings.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    private static void InsertBefore(string path, string anchor, string insertion)
    {
        var text = File.ReadAllText(path);
        var index = text.LastIndexOf(anchor, StringComparison.Ordinal);
        Assert.True(index >= 0, $"{path} has no '{anchor}'");
        File.WriteAllText(path, text.Insert(index, insertion));
    }

    private async Task BuildStartAndVerifyAsync(string app, string name, Func<RunningApp, HttpClient, Task>? more = null)
    {
        await workspace.RunCheckedAsync(app, BuildTimeout, "dotnet", "build", "-c", "Release", "-warnaserror", "-nodeReuse:false");
        AssertNoProjectReferences(app, name);

        var tool = await workspace.InstallToolAsync();
        var assembly = Path.Combine(app, "bin", "Release", "net10.0", name + ".dll");
        await using var running = await RunningApp.StartAsync(assembly, app, workspace.Environment, StartTimeout);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var home = await http.GetStringAsync(running.Address);
        Assert.True(home.Contains(IcpNumber, StringComparison.Ordinal) && home.Contains("https://beian.miit.gov.cn/", StringComparison.Ordinal),
            $"the home page has no ICP footer:\n{home}\n--- app output:\n{running.Output}");

        var verify = await workspace.RunAsync(app, VerifyTimeout, tool,
            "verify", running.Address.ToString(), "--config", Path.Combine(app, "appsettings.json"), "--lang", "en");
        log.WriteLine(verify.ToString());
        Assert.True(verify.ExitCode == 0, $"{verify}\n--- home page:\n{home}\n--- app output:\n{running.Output}");
        Assert.Contains(" 0 error(s)", verify.Output, StringComparison.Ordinal);
        if (more is not null)
        {
            await more(running, http);
        }
    }

    private void AssertNoProjectReferences(string app, string name)
    {
        var project = File.ReadAllText(Path.Combine(app, name + ".csproj"));
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
        Assert.Contains($"Include=\"IcpBadge.AspNetCore\" Version=\"{workspace.Version}\"", project, StringComparison.Ordinal);

        // The package came from the packed folder into this workspace's own cache, not from ~/.nuget/packages.
        var cached = Path.Combine(workspace.Environment["NUGET_PACKAGES"]!, "icpbadge.aspnetcore", workspace.Version.ToLowerInvariant());
        Assert.True(Directory.Exists(cached), $"{cached} is missing");
    }
}

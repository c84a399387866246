using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;

namespace IcpBadge.PackageTests;

/// <summary>
/// <c>&lt;IcpBadgeInject&gt;true&lt;/IcpBadgeInject&gt;</c> in fresh <c>dotnet new blazorwasm</c> and
/// <c>dotnet new blazorwasm --pwa</c> apps that reference the packed <c>IcpBadge.StaticSites</c>: <c>dotnet publish</c>
/// puts the footer into <c>wwwroot/index.html</c> inside the SDK's static web assets pipeline, so the page, its
/// <c>.gz</c> and <c>.br</c> hold the same footer-carrying bytes, the endpoint manifest's ETag and Content-Length describe
/// them, and the PWA's service-worker manifest hashes them. The project's own <c>wwwroot/index.html</c> is left alone.
/// </summary>
public sealed class BlazorWebAssemblyPublishTests(ConsumerWorkspace workspace) : IClassFixture<ConsumerWorkspace>
{
    private static readonly TimeSpan NewTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(8);

    private const string IcpNumber = "京ICP备12345678号-1";
    private const string PoliceNumber = "京公网安备11010502030143号";

    [PackagesFact]
    public async Task BlazorWasm_Publish_InjectsTheFooter_BeforeCompressionAndEndpointManifests()
    {
        var publish = await PublishAsync("InjectedWasm");
        AssertPageAndCopiesCarryTheFooter(publish, "InjectedWasm");
    }

    [PackagesFact]
    public async Task BlazorWasmPwa_Publish_ServiceWorkerManifestHashesTheInjectedPage()
    {
        var publish = await PublishAsync("InjectedPwa", "--pwa");
        var page = AssertPageAndCopiesCarryTheFooter(publish, "InjectedPwa");

        // service-worker-assets.js is "self.assetsManifest = { … };": its entry for index.html hashes the published bytes.
        var script = await File.ReadAllTextAsync(Path.Combine(publish, "wwwroot", "service-worker-assets.js"));
        using var manifest = JsonDocument.Parse(script[script.IndexOf('{', StringComparison.Ordinal)..(script.LastIndexOf('}') + 1)]);
        var entry = manifest.RootElement.GetProperty("assets").EnumerateArray().Single(a => a.GetProperty("url").GetString() == "index.html");
        Assert.Equal("sha256-" + Convert.ToBase64String(SHA256.HashData(page)), entry.GetProperty("hash").GetString());
    }

    private async Task<string> PublishAsync(string name, params string[] templateOptions)
    {
        workspace.EnsureReady();
        var app = Path.Combine(workspace.Root, name);
        await workspace.RunCheckedAsync(workspace.Root, NewTimeout, "dotnet", ["new", "blazorwasm", "--output", name, "--no-restore", .. templateOptions]);
        await workspace.RunCheckedAsync(app, RestoreTimeout, "dotnet", "add", "package", "IcpBadge.StaticSites", "--version", workspace.Version);

        // The one property, and icpbadge.json beside the project (the default $(IcpBadgeConfig)).
        var projectFile = Path.Combine(app, name + ".csproj");
        var project = XDocument.Load(projectFile);
        project.Root!.Element("PropertyGroup")!.Add(new XElement("IcpBadgeInject", "true"));
        project.Save(projectFile);
        await File.WriteAllTextAsync(Path.Combine(app, "icpbadge.json"), $$"""
            {
              "IcpBadge": {
                "Site": { "Name": "{{name}}" },
                "Icp": { "Number": "{{IcpNumber}}", "ApprovedOn": "2025-06-01" },
                "Police": { "Number": "{{PoliceNumber}}", "Icon": "https://static.example.com/images/police-emblem.png" },
                "Copyright": { "Holder": "示例科技有限公司", "Since": 2019 }
              }
            }
            """);

        // Trimming is off: it changes no static web asset and is the slowest step of a WebAssembly publish.
        var output = Path.Combine(app, "publish");
        await workspace.RunCheckedAsync(app, PublishTimeout, "dotnet", "publish", "-c", "Release", "-o", output, "-warnaserror", "-nodeReuse:false", "-p:PublishTrimmed=false");

        // The source page keeps its bytes: only the published copy carries the footer.
        Assert.DoesNotContain("icp-badge:begin", await File.ReadAllTextAsync(Path.Combine(app, "wwwroot", "index.html")), StringComparison.Ordinal);
        return output;
    }

    /// <returns>The published index.html.</returns>
    private static byte[] AssertPageAndCopiesCarryTheFooter(string publish, string name)
    {
        var path = Path.Combine(publish, "wwwroot", "index.html");
        var page = File.ReadAllBytes(path);
        var text = System.Text.Encoding.UTF8.GetString(page);
        Assert.Single(text.Split("<!-- icp-badge:begin -->").Skip(1));
        Assert.Contains(IcpNumber, text, StringComparison.Ordinal);
        Assert.Contains(PoliceNumber, text, StringComparison.Ordinal);

        // The SDK's own rewriting ran first: the fingerprinted script is in the injected page.
        Assert.DoesNotContain("#[.{fingerprint}]", text, StringComparison.Ordinal);

        Assert.Equal(page, Decompress(path + ".gz", s => new GZipStream(s, CompressionMode.Decompress)));
        Assert.Equal(page, Decompress(path + ".br", s => new BrotliStream(s, CompressionMode.Decompress)));

        // The endpoint manifest describes the published bytes: the page and each compressed copy.
        using var endpoints = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(publish, name + ".staticwebassets.endpoints.json")));
        var checkedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints.RootElement.GetProperty("Endpoints").EnumerateArray())
        {
            var assetFile = endpoint.GetProperty("AssetFile").GetString()!;
            if (endpoint.GetProperty("Route").GetString() is not ("index.html" or "index.html.gz" or "index.html.br"))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(Path.Combine(publish, "wwwroot", assetFile));
            var headers = endpoint.GetProperty("ResponseHeaders").EnumerateArray()
                .Select(h => (Name: h.GetProperty("Name").GetString()!, Value: h.GetProperty("Value").GetString()!)).ToList();
            Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), headers.Single(h => h.Name == "Content-Length").Value);

            // The strong ETag is the hash of the bytes sent (a compressed copy may add a weak one for the page).
            Assert.Equal($"\"{Convert.ToBase64String(SHA256.HashData(bytes))}\"", headers.Single(h => h.Name == "ETag" && !h.Value.StartsWith("W/", StringComparison.Ordinal)).Value);
            checkedFiles.Add(assetFile);
        }

        Assert.Equal(["index.html", "index.html.br", "index.html.gz"], checkedFiles.Order(StringComparer.Ordinal));
        return page;
    }

    private static byte[] Decompress(string path, Func<Stream, Stream> decompressor)
    {
        using var file = File.OpenRead(path);
        using var stream = decompressor(file);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

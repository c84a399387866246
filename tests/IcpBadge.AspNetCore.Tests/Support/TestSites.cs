using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.AspNetCore.Tests.Support;

/// <summary>One Beijing configuration, in code and as an icpbadge.json, shared by the front-end tests.</summary>
internal static class TestSites
{
    /// <summary>Noon, 24 Nov 2026, China time.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2026, 11, 24, 4, 0);

    public const string Json = """
        {
          "IcpBadge": {
            "Site": { "Name": "示例网站", "Domains": [ "example.cn", { "Host": "shop.example.cn", "IcpNumber": "京ICP备12345678号-2" } ] },
            "Icp": { "Number": "京ICP备12345678号-1" },
            "Police": { "Number": "京公网安备11010502030143号", "Icon": "emblem.png" },
            "Copyright": { "Holder": "示例科技有限公司", "Since": 2019 },
            "License": { "Number": "京ICP证030173号" }
          }
        }
        """;

    public static void Configure(IcpBadgeOptions options)
    {
        options.Site.Name = "示例网站";
        options.Site.Domains.Add(new Configuration.DomainOptions { Host = "example.cn" });
        options.Site.Domains.Add(new Configuration.DomainOptions { Host = "shop.example.cn", IcpNumber = "京ICP备12345678号-2" });
        options.Icp.Number = "京ICP备12345678号-1";
        options.Police.Number = "京公网安备11010502030143号";
        options.Police.Icon = "emblem.png";
        options.Copyright.Holder = "示例科技有限公司";
        options.Copyright.Since = 2019;
        options.License.Number = "京ICP证030173号";
    }

    /// <summary>A folder holding icpbadge.json and its emblem.</summary>
    public static DirectoryInfo CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("icpbadge-site-");
        File.WriteAllText(Path.Combine(folder.FullName, "icpbadge.json"), Json);
        File.WriteAllBytes(Path.Combine(folder.FullName, "emblem.png"), Emblem);
        return folder;
    }

    /// <summary>Registers IcpBadge as a web app would, with a fixed clock and the folder as content root.</summary>
    public static IServiceCollection AddTestIcpBadge(this IServiceCollection services, string contentRoot, Action<IcpBadgeOptions>? also = null)
    {
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(contentRoot));
        services.AddSingleton<IClock>(new FakeClock(Now));
        return services.AddIcpBadge(options =>
        {
            Configure(options);
            also?.Invoke(options);
        });
    }

    /// <summary>A 2x2 PNG.</summary>
    public static byte[] Emblem { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4nGP8z8DwnwEKmBiQAIYDADxLAwG2pOBAAAAAAElFTkSuQmCC");
}

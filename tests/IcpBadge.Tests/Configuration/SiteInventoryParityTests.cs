using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IcpBadge.Configuration;
using Microsoft.Extensions.Configuration;

namespace IcpBadge.Tests.Configuration;

/// <summary>
/// SPEC §10: <see cref="SiteInventory.Read"/> accepts exactly what the configuration binder accepts. Every option of
/// <see cref="IcpBadgeOptions"/>, found by reflection (so a new option is covered without touching this test), is set
/// to a distinct value, written once as the <c>IcpBadge</c> section of a configuration file and once as a site of an
/// inventory, and both must read back equal.
/// </summary>
public sealed class SiteInventoryParityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-inventory-parity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EveryOption_SetToADistinctValue_ReadsBackEqual_ThroughTheBinderAndTheInventory()
    {
        var written = new IcpBadgeOptions();
        var counter = 0;
        Fill(written, nameof(IcpBadgeOptions), ref counter);
        var site = JsonSerializer.Serialize(written);

        var bound = Bind($$"""{ "IcpBadge": {{site}} }""");
        var read = Assert.Single(ReadOptions($$"""{ "Sites": [ {{site}} ] }"""));

        Assert.Equal(Describe(written), Describe(bound));
        Assert.Equal(Describe(written), Describe(read));
    }

    [Fact]
    public void EveryOption_SetToADistinctValue_GivesTheSameProblems_ThroughTheBinderAndTheInventory()
    {
        var written = new IcpBadgeOptions();
        var counter = 0;
        Fill(written, nameof(IcpBadgeOptions), ref counter);
        var site = JsonSerializer.Serialize(written);

        var fromConfig = SiteProfile.Create(Bind($$"""{ "IcpBadge": {{site}} }"""), IcpBadgeOptions.SectionName, _folder);
        var fromInventory = Assert.Single(Read($$"""{ "Sites": [ {{site}} ] }"""));

        Assert.False(fromConfig.Success);
        Assert.Equal(
            fromConfig.Problems.Select(p => p.ToString().Replace("IcpBadge:", "[site 0 \"value-1\"] Sites:0:", StringComparison.Ordinal)),
            fromInventory.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void AFullValidSite_GivesEqualProfiles_ThroughTheBinderAndTheInventory()
    {
        File.WriteAllText(Path.Combine(_folder, "holidays.txt"), "2026-10-01\n");
        const string Site = """
            { "Site": { "Name": "示例网站", "Id": "shili", "HomeUrls": [ "https://example.cn/zh/", "http://127.0.0.1:8080/" ], "SubjectType": "Personal",
                        "Domains": [ "example.cn", { "Host": "example.com.cn", "IcpNumber": "京ICP备12345678号-2" } ],
                        "Province": "北京", "LaunchedOn": "2026-11-01", "ConnectedOn": "2026-10-30", "EndsOn": "2030-01-01", "Commercial": true,
                        "UnlistedHosts": "Hide" },
              "Rendering": { "StrictCsp": true },
              "Icp": { "Number": "京ICP备12345678号-1", "ApprovedOn": "2026-10-20", "Display": "Website", "DisplayedOn": "2026-11-02", "CancelledOn": "2031-01-01" },
              "License": { "Number": "京ICP证123456号" },
              "Police": { "Number": "沪公网安备31010502030143号", "Province": "上海", "SubmittedOn": "2026-11-10", "ApprovedOn": "2026-11-20",
                          "DisplayedOn": "2026-11-21", "ShanghaiSubmittedOn": "2026-11-11", "NoticeOn": "2026-11-12", "ExplanationOn": "2026-11-13",
                          "RevokedOn": "2032-01-01", "Icon": "https://example.cn/emblem.png" },
              "Copyright": { "Holder": "示例科技有限公司", "Aliases": [ "示例科技", "示例" ], "Since": 2019 },
              "Changes": [ { "Filing": "Icp", "EffectiveOn": "2027-03-01", "FiledOn": "2027-02-01" },
                           { "Filing": "Police", "EffectiveOn": "2026-12-15" } ],
              "HolidaysFile": "holidays.txt" }
            """;

        var fromConfig = SiteProfile.Create(Bind($$"""{ "IcpBadge": {{Site}} }"""), IcpBadgeOptions.SectionName, _folder);
        var fromInventory = Assert.Single(Read($$"""{ "Sites": [ {{Site}} ] }"""));

        Assert.True(fromConfig.Success, string.Join(Environment.NewLine, fromConfig.Problems));
        Assert.True(fromInventory.Success, string.Join(Environment.NewLine, fromInventory.Problems));
        Assert.Equal(Describe(fromConfig.Profile), Describe(fromInventory.Profile));

        // The CLI's reader of icpbadge.json: the inventory's reader on the IcpBadge section.
        var fromFile = SiteInventory.ReadConfiguration(Encoding.UTF8.GetBytes($$"""{ "IcpBadge": {{Site}} }"""), _folder);
        Assert.True(fromFile.Success, string.Join(Environment.NewLine, fromFile.Problems));
        Assert.Equal(Describe(fromConfig.Profile), Describe(fromFile.Profile));
    }

    [Fact]
    public void EveryOption_SetToADistinctValue_GivesTheSameProblems_ThroughTheBinderAndReadConfiguration()
    {
        var written = new IcpBadgeOptions();
        var counter = 0;
        Fill(written, nameof(IcpBadgeOptions), ref counter);
        var file = $$"""{ "IcpBadge": {{JsonSerializer.Serialize(written)}} }""";

        var fromBinder = SiteProfile.Create(Bind(file), IcpBadgeOptions.SectionName, _folder);
        var fromFile = SiteInventory.ReadConfiguration(Encoding.UTF8.GetBytes(file), _folder);

        Assert.False(fromBinder.Success);
        Assert.Equal(fromBinder.Problems.Select(p => p.ToString()), fromFile.Problems.Select(p => p.ToString()));
    }

    /// <summary>Other ways of writing a value (a number or flag for a text, a text for a flag or year, nulls): both readers give the same site, or both refuse it.</summary>
    [Theory]
    [InlineData("""{ "site": { "NAME": "甲站", "commercial": "true" }, "icp": { "number": "京ICP备12345678号-1" } }""")]
    [InlineData("""{ "Site": { "Commercial": "False", "Name": 12345, "Province": true }, "Icp": { "Number": "京ICP备12345678号-1" }, "Copyright": { "Since": "2019" } }""")]
    [InlineData("""{ "Site": { "Domains": [ "example.cn", 12345, { "Host": "b.example.cn" } ] }, "Copyright": { "Aliases": [ 1, "乙", false ] } }""")]
    [InlineData("""{ "Site": { "Name": null, "Domains": null }, "Icp": null, "Changes": [ { "Filing": "Icp" }, { } ], "Unknown": { "x": [ 1 ] } }""")]
    [InlineData("""{ "Copyright": { "Since": " 2019 ", "Aliases": [ null, "甲" ] }, "Icp": { "Number": "京ICP备12345678号-1" } }""")]
    [InlineData("""{ "Copyright": { "Since": "-12" } }""")]
    [InlineData("""{ "Site": { "Domains": [ null, "example.cn" ] } }""")]
    [InlineData("""{ "Changes": [ null, { "Filing": "Police" } ] }""")]
    [InlineData("""{ "Site": { "Id": " ", "HomeUrls": [ "example.cn", "ftp://example.cn/", null, "https://example.cn/zh/" ] }, "Icp": { "Number": "京ICP备12345678号-1" } }""")]
    [InlineData("""{ "Copyright": { "Since": 2019.5 } }""")]
    [InlineData("""{ "Copyright": { "Since": "MMXIX" } }""")]
    [InlineData("""{ "Site": { "Commercial": "yes" } }""")]
    [InlineData("""{ "Site": { "Commercial": 1 } }""")]
    [InlineData("""{ "Site": { "UnlistedHosts": "hide" }, "Rendering": { "StrictCsp": "True" }, "Icp": { "Number": "京ICP备12345678号-1" } }""")]
    [InlineData("""{ "Site": { "UnlistedHosts": 1 }, "Rendering": { "StrictCsp": "no" } }""")]
    [InlineData("""{ "Rendering": null, "Police": { "Icon": "emblem.png" } }""")]
    [InlineData("""{ "Icp": { "Number": 12345678.50 }, "HolidaysFile": -1 }""")]
    public void OtherSpellings_AreAcceptedOrRefused_AsTheBinderDoes(string site)
    {
        string? bound;
        try
        {
            bound = Describe(SiteProfile.Create(Bind($$"""{ "IcpBadge": {{site}} }"""), IcpBadgeOptions.SectionName, _folder));
        }
        catch (InvalidOperationException)
        {
            bound = null;
        }

        string? read;
        try
        {
            read = Describe(Assert.Single(Read($$"""{ "Sites": [ {{site}} ] }""")));
        }
        catch (InventoryFormatException)
        {
            read = null;
        }

        Assert.Equal(bound, read);
    }

    /// <summary>
    /// Where the binder silently drops a value of the wrong shape (an object written as text or as a list, a list
    /// written as an object), an inventory says so, naming the field and the line: a typo never vanishes from one
    /// site among thousands.
    /// </summary>
    [Theory]
    [InlineData("""{ "Site": "example.cn" }""", "Sites:0:Site: must be an object { ... }.")]
    [InlineData("""{ "Site": [ 1 ] }""", "Sites:0:Site: must be an object { ... }.")]
    [InlineData("""{ "Site": { "Domains": { "Host": "example.cn" } } }""", "Sites:0:Site:Domains: must be an array [ ... ].")]
    [InlineData("""{ "Site": { "Domains": [ [ "example.cn" ] ] } }""", "Sites:0:Site:Domains:0: a domain is a host string or an object with Host and IcpNumber.")]
    public void AValueOfTheWrongShape_IsAFormatError_NamingTheFieldAndTheLine(string site, string reason)
    {
        var error = Assert.Throws<InventoryFormatException>(() => Read("{ \"Sites\": [\n" + site + " ] }"));

        Assert.Equal(2, error.Line);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void ABrokenFile_IsOneSentence_NamingTheSourceAndTheLine()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{ \"Sites\": [\n  { \"Icp\": { } },\n  { \"Icp\": } ] }"));

        var sites = SiteInventory.Read(stream, _folder, "sites.json").GetEnumerator();

        Assert.True(sites.MoveNext());
        Assert.False(sites.Current.Success);
        var error = Assert.Throws<InventoryFormatException>(() => sites.MoveNext());
        Assert.Equal(3, error.Line);
        Assert.StartsWith("sites.json: not a valid inventory (line 3): ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sites_AreReadLazily_InFileOrder_WithTheirIndexAndNameInProblemPaths()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""
            { "Sites": [ { "Site": { "Name": "甲站" }, "Icp": { "Number": "京ICP备12345678号-1" } },
                         { "Site": { "Name": " 乙站 " } },
                         null ],
              "Sites": [ { "Icp": { "Number": "沪ICP备87654321号-1" } } ] }
            """));

        var sites = SiteInventory.Read(stream, _folder).ToList();

        Assert.Equal([true, false, false, true], sites.Select(s => s.Success));
        Assert.Equal("甲站", sites[0].Profile!.Name);
        Assert.Equal("[site 1 \"乙站\"] Sites:1:Icp:Number", Assert.Single(sites[1].Problems).Path);
        Assert.Equal("[site 2] Sites:2:Icp:Number", Assert.Single(sites[2].Problems).Path);
        Assert.Equal(31, sites[3].Profile!.Province.Code);
    }

    /// <summary>Sets every settable string, flag, number, nested option and list of <paramref name="target"/>.</summary>
    private static void Fill(object target, string path, ref int counter)
    {
        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = property.PropertyType;
            var where = $"{path}.{property.Name}";
            if (type == typeof(string) || type == typeof(bool) || type == typeof(int?) || type == typeof(int))
            {
                property.SetValue(target, Value(type, ref counter));
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>))
            {
                var list = (IList)property.GetValue(target)!;
                var element = type.GetGenericArguments()[0];
                for (var i = 0; i < 2; i++)
                {
                    list.Add(element == typeof(string) ? Value(element, ref counter) : New(element, $"{where}:{i}", ref counter));
                }
            }
            else if (type.IsClass && type.Namespace?.StartsWith("IcpBadge", StringComparison.Ordinal) == true)
            {
                var nested = property.GetValue(target) ?? New(type, where, ref counter);
                Fill(nested, where, ref counter);
                if (property.CanWrite)
                {
                    property.SetValue(target, nested);
                }
            }
            else
            {
                Assert.Fail($"{where}: this test has no distinct value for a {type.Name}; teach Fill one.");
            }
        }
    }

    private static object New(Type type, string path, ref int counter)
    {
        var value = Activator.CreateInstance(type)!;
        Fill(value, path, ref counter);
        return value;
    }

    private static object Value(Type type, ref int counter)
    {
        counter++;
        return type == typeof(string) ? $"value-{counter}" : type == typeof(bool) ? true : 1000 + counter;
    }

    /// <summary>Every public property, recursively, as text: equal descriptions mean equal options or profiles.</summary>
    private static string Describe(object? value)
    {
        var text = new StringBuilder();
        Describe(value, string.Empty, text);
        return text.ToString();
    }

    private static void Describe(object? value, string path, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append(path).Append(" = null\n");
                break;
            case SiteProfileResult { Success: false } failure:
                // Problem paths differ only in their prefix: IcpBadge: for a configuration, [site 0 ...] Sites:0: for an inventory.
                foreach (var problem in failure.Problems)
                {
                    text.Append(Regex.Replace(problem.Path, @"^(IcpBadge:|\[site [^\]]*\] Sites:\d+:)", string.Empty)).Append(" = ").Append(problem.Value).Append(": ").Append(problem.Message).Append('\n');
                }

                break;
            case string or bool or int or Enum or NodaTime.LocalDate:
                text.Append(path).Append(" = ").Append(CultureInfo.InvariantCulture, $"{value}").Append('\n');
                break;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                {
                    Describe(item, $"{path}:{i++}", text);
                }

                text.Append(path).Append(" count ").Append(i).Append('\n');
                break;
            case IcpBadge.Provinces.Province or IcpBadge.Filing.FilingNumber:
                text.Append(path).Append(" = ").Append(value).Append('\n');
                break;
            default:
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    Describe(property.GetValue(value), $"{path}:{property.Name}", text);
                }

                break;
        }
    }

    /// <summary>Binds the <c>IcpBadge</c> section of a configuration file as the CLI and ASP.NET Core do.</summary>
    private IcpBadgeOptions Bind(string json)
    {
        var file = Path.Combine(_folder, "icpbadge.json");
        File.WriteAllText(file, json);
        var configuration = new ConfigurationBuilder().AddJsonFile(file, optional: false, reloadOnChange: false).Build();
        return configuration.GetSection(IcpBadgeOptions.SectionName).Get<IcpBadgeOptions>() ?? new IcpBadgeOptions();
    }

    private List<SiteProfileResult> Read(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return [.. SiteInventory.Read(stream, _folder)];
    }

    private static List<IcpBadgeOptions> ReadOptions(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return [.. SiteInventory.ReadOptions(stream).Select(site => site.Options)];
    }
}

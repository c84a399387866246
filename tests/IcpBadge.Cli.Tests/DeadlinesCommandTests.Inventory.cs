using System.Text.Json.Nodes;

namespace IcpBadge.Cli.Tests;

/// <summary><c>--inventory</c>: many sites in one file, read leniently, validated all at once.</summary>
public sealed partial class DeadlinesCommandTests
{
    [Fact]
    public async Task Inventory_StringAndObjectDomains_CommentsAndTrailingCommas_AreAccepted()
    {
        var inventory = Write("sites.json", """
            // every site of the company
            {
              "Sites": [
                {
                  "Site": {
                    "Name": "甲站",
                    "Domains": [ "example.cn", { "Host": "shop.example.cn", /* its own number */ "IcpNumber": "京ICP备12345678号-2", }, ],
                    "LaunchedOn": "2026-11-01",
                  },
                  "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": "2026-11-01" },
                },
                /* a second site, keys in any letter case */
                { "site": { "name": "乙站", "domains": [ { "host": "b.example.cn" } ], "launchedOn": "2026-11-20" },
                  "icp": { "number": "京ICP备87654321号-1", "displayedOn": "2026-11-20" },
                  "police": { "submittedOn": "2026-11-21" } },
              ],
            }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var sites = JsonNode.Parse(result.Out)!["sites"]!.AsArray();
        Assert.Equal(["甲站", "乙站"], sites.Select(s => (string?)s!["site"]));
        Assert.Equal(["D1 Done", "D2 DueSoon"], sites[0]!["obligations"]!.AsArray().Select(o => $"{o!["id"]} {o["state"]}"));
        Assert.Equal(["D1 Done", "D2 Done"], sites[1]!["obligations"]!.AsArray().Select(o => $"{o!["id"]} {o["state"]}"));
    }

    [Fact]
    public async Task Inventory_ObjectDomainIsReallyRead_ItsNumberIsValidated()
    {
        var inventory = Write("sites.json", """
            { "Sites": [ { "Site": { "Name": "甲站", "Domains": [ "example.cn", { "Host": "shop.example.cn", "IcpNumber": "京ICP备99999999号-2" } ] },
                           "Icp": { "Number": "京ICP备12345678号-1" } } ] }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("icp-badge: [site 0 \"甲站\"] Sites:0:Site:Domains:1:IcpNumber = '京ICP备99999999号-2': ", result.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inventory_SeveralBrokenSites_ListsEveryProblemOfEverySite_AndEvaluatesNothing()
    {
        var inventory = Write("sites.json", """
            { "Sites": [
                { "Site": { "Name": "好站", "LaunchedOn": "2026-01-01" }, "Icp": { "Number": "京ICP备12345678号-1" } },
                { "Site": { "Name": "坏站", "LaunchedOn": "2026-13-01", "Domains": [ "http://bad.example.cn/" ] },
                  "Icp": { "Number": "京ICP备12345678号-1" }, "Police": { "Number": "粤公网安备52990002000093号" } },
                { "Site": { "EndsOn": "someday" } },
                null
            ] }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        var problems = result.Problems;
        Assert.Equal(
            [
                "[site 1 \"坏站\"] Sites:1:Police:Number",
                "[site 1 \"坏站\"] Sites:1:Site:Domains:0:Host",
                "[site 1 \"坏站\"] Sites:1:Site:LaunchedOn",
                "[site 2] Sites:2:Icp:Number",
                "[site 2] Sites:2:Site:EndsOn",
                "[site 3] Sites:3:Icp:Number",
            ],
            problems.SkipLast(1).Select(p => Prefix(p["icp-badge: ".Length..])).Order(StringComparer.Ordinal));
        Assert.Contains(problems, p => p.Contains("Sites:1:Site:LaunchedOn = '2026-13-01': not a date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Sites:2:Site:EndsOn = 'someday': not a date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Sites:1:Police:Number = '粤公网安备52990002000093号': ", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("好站", StringComparison.Ordinal));
        Assert.Equal("icp-badge: 6 problem(s); no report was written.", problems[^1]);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public async Task Inventory_AndConfigTogether_EvaluatesBoth_InventoryFirst()
    {
        var inventory = Write("sites.json", """{ "Sites": [ { "Site": { "Name": "甲站" }, "Icp": { "Number": "京ICP备12345678号-1" } } ] }""");
        var config = Write("icpbadge.json", SpecExample);

        var result = await CliRunner.RunAsync("deadlines", "--config", config, "--inventory", inventory, "--today", Today, "--format", "json");

        Assert.Equal(["甲站", "示例网站"], JsonNode.Parse(result.Out)!["sites"]!.AsArray().Select(s => (string?)s!["site"]));
    }

    [Fact]
    public async Task Inventory_HolidaysFile_IsResolvedFromTheInventoryFolder()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "calendars"));
        Write(Path.Combine("calendars", "cn-2024.txt"), "# 2024\n2024-08-05\n");
        var inventory = Write("sites.json", """
            { "Sites": [ { "Site": { "Name": "停站", "EndsOn": "2024-08-02" }, "Icp": { "Number": "京ICP备12345678号-1", "CancelledOn": "2024-08-02" },
                           "Police": { "Number": "京公网安备11010502030143号" }, "HolidaysFile": "calendars/cn-2024.txt" } ] }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", "2024-08-02", "--format", "json");

        var d8 = JsonNode.Parse(result.Out)!["sites"]![0]!["obligations"]![1]!;
        Assert.Equal("D8", (string?)d8["id"]);
        Assert.Equal("2024-08-12", (string?)d8["due"]);
    }

    [Theory]
    [InlineData("""{ "Sites": [ { "Icp": { "Number": "京ICP备12345678号-1" } } """, "not a valid inventory (line 1)")]
    [InlineData("""{ "Sites": [] }""", "no sites")]
    [InlineData("""{ "Sites": [ { "Site": { "Domains": [ [ 42 ] ] } } ] }""", "Sites:0:Site:Domains:0: a domain is a host string or an object with Host and IcpNumber.")]
    public async Task Inventory_Unreadable_Is2WithOneLine(string content, string message)
    {
        var inventory = Write("sites.json", content);

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith($"icp-badge: --inventory = '{inventory}': ", result.Problems[0], StringComparison.Ordinal);
        Assert.Contains(message, result.Problems[0], StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", result.Problems[0], StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public async Task Inventory_SchemaErrorInALaterSite_NamesThatSite_AndItsLineInTheWholeFile()
    {
        var inventory = Write("sites.json", """
            { "Sites": [
              { "Icp": { "Number": "京ICP备12345678号-1" }, "Site": { "LaunchedOn": "2026-11-01" } },
              { "Icp": { "Number": "京ICP备12345678号-2" },
                "Site": { "Domains": [ [ 42 ] ] } }
            ] }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("not a valid inventory (line 4): Sites:1:Site:Domains:0: a domain is a host string", result.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "Icp": { "Number": [ 12345678 ] } }""", "Sites:0:Icp:Number: must be a string.")]
    [InlineData("""{ "Icp": "京ICP备12345678号-1" }""", "Sites:0:Icp: must be an object { ... }.")]
    [InlineData("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Site": { "Commercial": "yes" } }""", "Sites:0:Site:Commercial: must be true or false.")]
    [InlineData("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Copyright": { "Since": "MMXIX" } }""", "Sites:0:Copyright:Since: must be a year such as 2019.")]
    [InlineData("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Changes": { "Filing": "Police" } }""", "Sites:0:Changes: must be an array [ ... ].")]
    [InlineData("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Site": { "Domains": [ { "Host": [ "a.cn" ] } ] } }""", "Sites:0:Site:Domains:0:Host: must be a string.")]
    [InlineData("""{ "Icp": { "Number": "京ICP备12345678号-1" }, "Copyright": { "Aliases": [ "甲", { } ] } }""", "Sites:0:Copyright:Aliases:1: must be a string.")]
    public async Task Inventory_ValueOfTheWrongType_NamesTheFieldAndTheLine(string site, string message)
    {
        var inventory = Write("sites.json", "{\n  \"Sites\": [\n" + site + "\n] }");

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal($"icp-badge: --inventory = '{inventory}': not a valid inventory (line 3): {message}", result.Problems[0]);
    }

    [Fact]
    public async Task Inventory_IsReadLikeConfiguration_AnyCase_UnknownNamesIgnored_NullsNotGiven_YearAsText()
    {
        var inventory = Write("sites.json", """
            { "SITES": [
              { "SITE": { "NAME": "甲站", "LAUNCHEDON": "2026-11-01", "Commercial": false, "Owner": { "any": [ 1, 2 ] } },
                "Icp": { "Number": "京ICP备12345678号-1", "DisplayedOn": null },
                "Police": null, "License": null, "Changes": null,
                "Copyright": { "Holder": "甲公司", "Since": "2019", "Aliases": null },
                "Comment": "kept for the team" },
              null
            ] }
            """);

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "json");

        // The null site has no ICP number, which validation reports; the first site read as intended.
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["icp-badge: [site 1] Sites:1:Icp:Number: the ICP filing number is required, e.g. 京ICP备12345678号-1.", "icp-badge: 1 problem(s); no report was written."], result.Problems);
    }

    [Fact]
    public async Task Inventory_WithAByteOrderMark_IsRead()
    {
        var inventory = Path.Combine(_folder.FullName, "bom.json");
        File.WriteAllText(inventory, """{ "Sites": [ { "Site": { "Name": "甲站", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备12345678号-1" } } ] }""", new System.Text.UTF8Encoding(true));

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "json");

        Assert.Empty(result.Error);
        Assert.Equal("甲站", (string?)JsonNode.Parse(result.Out)!["sites"]![0]!["site"]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task Inventory_LargeWithOneBadSiteAtTheEnd_WritesNothingButTheProblem(string format)
    {
        // Sites are evaluated and written as they are read; the output must still wait for the last site.
        var sites = Enumerable.Range(0, 2000)
            .Select(i => $$"""{ "Site": { "Name": "站{{i}}", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备{{10000000 + i}}号-1" } }""")
            .Append("""{ "Site": { "Name": "坏站" }, "Icp": { "Number": "京ICP备123号-1" } }""");
        var inventory = Write("sites.json", "{ \"Sites\": [\n" + string.Join(",\n", sites) + "\n] }");

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", format);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("icp-badge: [site 2000 \"坏站\"] Sites:2000:Icp:Number", result.Problems[0], StringComparison.Ordinal);
        Assert.Equal("icp-badge: 1 problem(s); no report was written.", result.Problems[^1]);
    }

    [Fact]
    public async Task Inventory_Large_JsonKeepsEverySiteInFileOrder()
    {
        var sites = Enumerable.Range(0, 3000)
            .Select(i => $$"""{ "Site": { "Name": "站{{i}}", "LaunchedOn": "2026-11-01" }, "Icp": { "Number": "京ICP备{{10000000 + i}}号-1" } }""");
        var inventory = Write("sites.json", "{ \"Sites\": [\n" + string.Join(",\n", sites) + "\n] }");

        var result = await CliRunner.RunAsync("deadlines", "--inventory", inventory, "--today", Today, "--format", "json");

        Assert.Empty(result.Error);
        var names = JsonNode.Parse(result.Out)!["sites"]!.AsArray().Select(s => (string?)s!["site"]);
        Assert.Equal(Enumerable.Range(0, 3000).Select(i => $"站{i}"), names);
    }

    [Fact]
    public async Task Inventory_MissingFile_Is2()
    {
        var missing = Path.Combine(_folder.FullName, "nowhere.json");

        var result = await CliRunner.RunAsync("deadlines", "--inventory", missing, "--today", Today);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"icp-badge: --inventory = '{missing}': the inventory file {missing} does not exist.", result.Problems[0]);
    }

    /// <summary><c>[site 1 "坏站"] Sites:1:Site:LaunchedOn = '…': …</c> → <c>[site 1 "坏站"] Sites:1:Site:LaunchedOn</c>.</summary>
    private static string Prefix(string problem)
    {
        var match = System.Text.RegularExpressions.Regex.Match(problem, @"^\[site \d+(?: ""[^""]*"")?\] Sites:\d+(?::[A-Za-z0-9]+)*(?= = |: )");
        Assert.True(match.Success, problem);
        return match.Value;
    }
}

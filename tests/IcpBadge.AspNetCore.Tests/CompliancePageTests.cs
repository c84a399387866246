using System.Text.Json;
using AngleSharp.Html.Parser;
using IcpBadge.Deadlines;
using IcpBadge.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.AspNetCore.Tests;

/// <summary>
/// The sample site's compliance page (<c>MapIcpBadgeCompliance().RequireAuthorization()</c>) and <c>/health</c> endpoint
/// report the same obligations in the same states. The sample site runs on the real clock, so nothing here depends on
/// what today's states are. Requests come from loopback, which the sample's authentication signs in.
/// </summary>
public sealed class CompliancePageTests(CompliancePageTests.LocalOperatorFactory factory) : IClassFixture<CompliancePageTests.LocalOperatorFactory>
{
    /// <summary>The sample site with every request arriving from 127.0.0.1, as an operator on the server would.</summary>
    public sealed class LocalOperatorFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new FromLoopback()));

        private sealed class FromLoopback : Microsoft.AspNetCore.Hosting.IStartupFilter
        {
            public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }

    [Fact]
    public async Task CompliancePage_RequiresAuthorization()
    {
        using var anonymous = new WebApplicationFactory<Program>();
        using var client = anonymous.CreateClient();

        using var response = await client.GetAsync(new Uri("/icp-badge/compliance", UriKind.Relative));
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, new Uri("/icp-badge/compliance", UriKind.Relative));
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var proxied = await factory.CreateClient().SendAsync(forwarded);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, proxied.StatusCode);
    }

    [Fact]
    public async Task CompliancePage_AsJson_HasTheObligationsWithTheirLegalBasis()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/icp-badge/compliance", UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var site = Assert.Single(json.RootElement.GetProperty("deadlines").GetProperty("sites").EnumerateArray());
        var d1 = site.GetProperty("obligations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "D1");
        Assert.Contains("《非经营性互联网信息服务备案管理办法》", d1.GetProperty("source").GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Contains("Order No. 33", d1.GetProperty("source").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Equal("localhost", json.RootElement.GetProperty("footer").GetProperty("host").GetString());
        Assert.True(json.RootElement.GetProperty("footer").GetProperty("shown").GetBoolean());
    }

    [Fact]
    public async Task CompliancePage_ListsTheSameStatesAsHealth()
    {
        using var client = factory.CreateClient();

        // Both requests must see the same China day; retry once if they straddle midnight.
        var (page, health) = await FetchBothAsync(client);
        if (page.Today != health.Today)
        {
            (page, health) = await FetchBothAsync(client);
        }

        Assert.Equal(health.Today, page.Today);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", page.Today);
        Assert.NotEmpty(page.Obligations);
        Assert.Equal(health.Obligations, page.Obligations);
        Assert.Equal(health.Status, page.Status);
        Assert.Equal(ExpectedStatus(page.Obligations.Select(o => o.State)), health.Status);
    }

    [Fact]
    public async Task CompliancePage_ListsEveryObligationOnce_ApplicableOrNot()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/icp-badge/compliance", UriKind.Relative));

        var document = new HtmlParser().ParseDocument(html);
        var applicable = document.QuerySelectorAll("table.obligations tbody tr").Select(r => r.GetAttribute("data-id")!).ToList();
        var notApplicable = document.QuerySelectorAll("p.not-applicable [data-id]").Select(s => s.GetAttribute("data-id")!).ToList();
        foreach (var id in Enumerable.Range(1, 10).Select(i => $"D{i}"))
        {
            var listed = applicable.Count(a => a == id) + notApplicable.Count(a => a == id);
            Assert.True(listed == 1, $"{id} is listed {listed} times:\n{html}");
        }
    }

    /// <summary>
    /// Chinese by default: headings, obligation titles, states and the legal basis of each obligation (never a line of
    /// internal notes), with a link to the English page.
    /// </summary>
    [Fact]
    public async Task CompliancePage_ByDefault_IsChinese_WithTheLegalBasisOfEachObligation()
    {
        using var client = factory.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/icp-badge/compliance", UriKind.Relative)));

        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("合规状态", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("法律依据", document.QuerySelectorAll("table.obligations th")[5].TextContent);
        Assert.NotNull(document.QuerySelector("a[href='/icp-badge/compliance?lang=en']"));
        var d1 = document.QuerySelector("tr[data-id=D1]");
        Assert.NotNull(d1);
        Assert.Contains("《非经营性互联网信息服务备案管理办法》", d1.QuerySelector("td.source")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", d1.QuerySelectorAll("td")[1].TextContent);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", d1.QuerySelector("td.state")!.TextContent);
        AssertNoInternalReferences(document.Body!.TextContent);
    }

    /// <summary><c>?lang=en</c>: the same page in English, obligations with their English title and legal basis, findings in English.</summary>
    [Fact]
    public async Task CompliancePage_LangEn_IsEnglish_WithTheLegalBasisOfEachObligation()
    {
        using var client = factory.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/icp-badge/compliance?lang=en", UriKind.Relative)));

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Compliance", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Legal basis", document.QuerySelectorAll("table.obligations th")[5].TextContent);
        Assert.NotNull(document.QuerySelector("a[href='/icp-badge/compliance']"));
        var d1 = document.QuerySelector("tr[data-id=D1]");
        Assert.NotNull(d1);
        Assert.Contains("Order No. 33", d1.QuerySelector("td.source")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", d1.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(d1.GetAttribute("data-state"), d1.QuerySelector("td.state")!.TextContent);
        // In memory (no listening address) the self-check says it could not run; on a real server it counts findings.
        Assert.Matches(@"^(\d+ error\(s\), \d+ warning\(s\)|The home page was not checked: .*)$", document.QuerySelector("#verification-summary")!.TextContent);
        foreach (var finding in document.QuerySelectorAll("table.findings tbody tr"))
        {
            var rule = VerificationRules.Find(finding.GetAttribute("data-rule")!);
            Assert.NotNull(rule);
            Assert.Equal(rule.Title.En, finding.QuerySelector("td.rule-title")!.TextContent);
            Assert.DoesNotMatch(@"^\p{IsCJKUnifiedIdeographs}", finding.QuerySelector("td.message")!.TextContent);
        }

        AssertNoInternalReferences(document.Body!.TextContent);
    }

    private static void AssertNoInternalReferences(string text)
    {
        Assert.DoesNotContain("SPEC", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b\d{3}:\d{3,}\b", text);
    }

    /// <summary>SPEC §1.6: an ICP approval earlier than launch gives a stricter D2 date, shown alongside.</summary>
    [Fact]
    public async Task CompliancePage_IcpApprovedBeforeLaunch_ShowsTheStricterD2Date()
    {
        using var site = factory.WithWebHostBuilder(b => b
            .UseSetting("IcpBadge:Site:LaunchedOn", "2026-10-08")
            .UseSetting("IcpBadge:Icp:ApprovedOn", "2026-09-28"));
        using var client = site.CreateClient();

        var chinese = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/icp-badge/compliance", UriKind.Relative))).QuerySelector("tr[data-id=D2]");
        var english = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/icp-badge/compliance?lang=en", UriKind.Relative))).QuerySelector("tr[data-id=D2]");

        Assert.NotNull(chinese);
        Assert.NotNull(english);
        Assert.Equal("2026-11-07", english.QuerySelectorAll("td")[2].TextContent);
        Assert.Contains("stricter reading: due 2026-10-28", english.QuerySelectorAll("td")[4].TextContent, StringComparison.Ordinal);
        Assert.Contains("从严解读：2026-10-28 到期", chinese.QuerySelectorAll("td")[4].TextContent, StringComparison.Ordinal);
    }

    private static async Task<(Report Page, Report Health)> FetchBothAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/icp-badge/compliance", UriKind.Relative));
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        return (ParsePage(html), ParseHealth(json));
    }

    private static Report ParsePage(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var today = document.QuerySelector("#today")!.TextContent.Trim();
        var status = document.QuerySelector("#health-status")!.GetAttribute("data-status")!;
        var rows = document.QuerySelectorAll("table.obligations tbody tr")
            .Select(row =>
            {
                var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
                var state = row.GetAttribute("data-state")!;
                Assert.Equal(row.GetAttribute("data-id"), cells[0]);
                Assert.Equal("state-" + state.ToLowerInvariant(), row.GetAttribute("class"));
                Assert.Equal(Enum.Parse<ObligationState>(state).Text().Zh, cells[3]);
                return new Row(cells[0], state, cells[2]);
            });
        return new Report(today, status, Sorted(rows));
    }

    /// <summary><c>"D2": "待办，2026-12-01 到期，还剩 7 天"</c> (the health check speaks Chinese by default) → D2, Pending, 2026-12-01.</summary>
    private static Report ParseHealth(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var check = root.GetProperty("checks").GetProperty("icp-badge");
        Assert.Equal(root.GetProperty("status").GetString(), check.GetProperty("status").GetString());
        var data = check.GetProperty("data");
        var rows = data.EnumerateObject()
            .Where(p => p.Name != "today")
            .Select(p =>
            {
                var parts = p.Value.GetString()!.Split("，");
                Assert.EndsWith(" 到期", parts[1], StringComparison.Ordinal);
                var state = Enum.GetValues<ObligationState>().Single(s => s.Text().Zh == parts[0]);
                return new Row(p.Name.Split(' ')[0], state.ToString(), parts[1][..^" 到期".Length]);
            });
        return new Report(data.GetProperty("today").GetString()!, root.GetProperty("status").GetString()!, Sorted(rows));
    }

    private static string ExpectedStatus(IEnumerable<string> states)
    {
        var all = states.ToList();
        return all.Contains("Overdue") ? "Unhealthy" : all.Contains("DueSoon") ? "Degraded" : "Healthy";
    }

    private static List<Row> Sorted(IEnumerable<Row> rows) =>
        [.. rows.OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Due, StringComparer.Ordinal)];

    private sealed record Row(string Id, string State, string Due);

    private sealed record Report(string Today, string Status, List<Row> Obligations)
    {
        public bool Equals(Report? other) =>
            other is not null && Today == other.Today && Status == other.Status && Obligations.SequenceEqual(other.Obligations);

        public override int GetHashCode() => HashCode.Combine(Today, Status);
    }
}

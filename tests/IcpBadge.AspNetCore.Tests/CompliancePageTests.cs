using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IcpBadge.AspNetCore.Tests;

/// <summary>
/// The sample site's <c>/compliance</c> page and <c>/health</c> endpoint report the same obligations in the same states.
/// The sample site runs on the real clock, so nothing here depends on what today's states are.
/// </summary>
public sealed class CompliancePageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
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

        var html = await client.GetStringAsync(new Uri("/compliance", UriKind.Relative));

        var document = new HtmlParser().ParseDocument(html);
        var applicable = document.QuerySelectorAll("table.obligations tbody tr").Select(r => r.GetAttribute("data-id")!).ToList();
        var notApplicable = document.QuerySelector("p.not-applicable")?.TextContent ?? string.Empty;
        foreach (var id in Enumerable.Range(1, 10).Select(i => $"D{i}"))
        {
            var listed = applicable.Count(a => a == id) + (notApplicable.Contains($" {id},", StringComparison.Ordinal) || notApplicable.Contains($" {id}.", StringComparison.Ordinal) ? 1 : 0);
            Assert.True(listed == 1, $"{id} is listed {listed} times:\n{html}");
        }
    }

    /// <summary>SPEC §1.6: an ICP approval earlier than launch gives a stricter D2 date, shown alongside.</summary>
    [Fact]
    public async Task CompliancePage_IcpApprovedBeforeLaunch_ShowsTheStricterD2Date()
    {
        using var site = factory.WithWebHostBuilder(b => b
            .UseSetting("IcpBadge:Site:LaunchedOn", "2026-10-08")
            .UseSetting("IcpBadge:Icp:ApprovedOn", "2026-09-28"));
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(new Uri("/compliance", UriKind.Relative));

        var d2 = new HtmlParser().ParseDocument(html).QuerySelector("tr[data-id=D2]");
        Assert.NotNull(d2);
        Assert.Equal("2026-11-07", d2.QuerySelectorAll("td")[2].TextContent);
        Assert.Contains("stricter reading: due 2026-10-28", d2.QuerySelectorAll("td")[4].TextContent, StringComparison.Ordinal);
    }

    private static async Task<(Report Page, Report Health)> FetchBothAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/compliance", UriKind.Relative));
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        return (ParsePage(html), ParseHealth(json));
    }

    private static Report ParsePage(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var today = document.QuerySelector("main p strong, p strong")!.TextContent.Trim();
        var status = document.QuerySelector("#health-status")!.TextContent.Trim();
        var rows = document.QuerySelectorAll("table.obligations tbody tr")
            .Select(row =>
            {
                var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
                Assert.Equal(row.GetAttribute("data-id"), cells[0]);
                Assert.Equal("state-" + cells[3].ToLowerInvariant(), row.GetAttribute("class"));
                return new Row(cells[0], cells[3], cells[2]);
            });
        return new Report(today, status, Sorted(rows));
    }

    /// <summary><c>"D2": "Pending, due 2026-12-01, 7 day(s) left"</c> → D2, Pending, 2026-12-01.</summary>
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
                var parts = p.Value.GetString()!.Split(", ");
                Assert.StartsWith("due ", parts[1], StringComparison.Ordinal);
                return new Row(p.Name.Split(' ')[0], parts[0], parts[1]["due ".Length..]);
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

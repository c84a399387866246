using System.Net;
using IcpBadge.Verification.Fetching;
using IcpBadge.Verification.Tests.Support;

namespace IcpBadge.Verification.Tests;

/// <summary>Inspection and fetching emit findings only through <see cref="VerificationRules.All"/>, with the rules' own severities.</summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public async Task EveryRuleOfTheCatalog_IsEmittedByAFixtureOrAFetch_AndNoOtherIdIs()
    {
        var emitted = FixtureFindings().Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);
        emitted.Add(BlockPageDetector.Detect("<html><body><p>Non-compliance ICP Filing</p></body></html>")!.Rule);
        emitted.Add((await NotFoundFetch()).Failure!.Rule);

        Assert.Equal(VerificationRules.All.Select(r => r.Id).Order(StringComparer.Ordinal), emitted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryFinding_HasASeverityItsRuleReports()
    {
        foreach (var finding in FixtureFindings())
        {
            var rule = VerificationRules.Find(finding.Rule);
            Assert.True(rule is not null, $"{finding.Rule} is not in VerificationRules.All");
            Assert.True(rule.Severities.Contains(finding.Severity), $"{finding} has a severity {rule.Id} never reports ({string.Join(", ", rule.Severities)})");
        }
    }

    [Fact]
    public void AFindingOfARule_WithASeverityTheRuleNeverReports_IsABug()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new InspectionFinding(VerificationRules.Icp004, FindingSeverity.Warning, "en", "zh", "京ICP备12345678号"));

        Assert.Contains("ICP004", exception.Message, StringComparison.Ordinal);
        Assert.Equal("ICP004", new InspectionFinding(VerificationRules.Icp004, FindingSeverity.Error, "en", "zh", "x").Rule);
    }

    /// <summary>Every finding of every fixture case, with its configuration.</summary>
    private static IEnumerable<InspectionFinding> FixtureFindings() =>
        FixtureTests.Cases.SelectMany(row => Fixture.Inspect(Fixture.Read((string)row[0]), (bool)row[1], FixtureTests.Configuration((string)row[2])));

    private static async Task<PageFetchResult> NotFoundFetch()
    {
        using var client = new HttpClient(new NotFoundHandler());
        return await new PageFetcher(client).FetchAsync(new Uri("https://example.cn/"));
    }

    private sealed class NotFoundHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request, Content = new StringContent("gone") });
    }
}

using IcpBadge.AspNetCore.Tests.Support;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.AspNetCore.Tests;

/// <summary>
/// The deadline health check with a FakeClock: Healthy, Degraded when something is due soon, Unhealthy when something
/// is overdue; every applicable obligation in <see cref="HealthCheckResult.Data"/>.
/// </summary>
public sealed class IcpBadgeHealthCheckTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("icpbadge-health-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Launched 2026-11-01 with the ICP number shown that day; police filing (D2, due 2026-12-01) not yet submitted.</summary>
    private static void Launched(IcpBadgeOptions options)
    {
        options.Site.Name = "示例网站";
        options.Site.LaunchedOn = "2026-11-01";
        options.Icp.Number = "京ICP备12345678号-1";
        options.Icp.DisplayedOn = "2026-11-01";
    }

    [Fact]
    public async Task CheckHealth_NothingDueSoon_HealthyWithEveryApplicableObligation()
    {
        var result = await CheckAsync(ChinaNoon(2026, 11, 10), Launched);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("No filing obligation is overdue or due soon.", result.Description);
        Assert.Equal(
            new Dictionary<string, object>
            {
                ["today"] = "2026-11-10",
                ["D1"] = "Done, due 2026-11-01",
                ["D2"] = "Pending, due 2026-12-01, 21 day(s) left",
            },
            result.Data);
    }

    [Fact]
    public async Task CheckHealth_DueWithinWarnDays_Degraded()
    {
        var result = await CheckAsync(ChinaNoon(2026, 11, 24), Launched);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal("Filing obligations due soon: D2.", result.Description);
        Assert.Equal("DueSoon, due 2026-12-01, 7 day(s) left", result.Data["D2"]);
        Assert.Equal("2026-11-24", result.Data["today"]);
    }

    [Fact]
    public async Task CheckHealth_Overdue_Unhealthy()
    {
        var result = await CheckAsync(ChinaNoon(2026, 12, 2), Launched);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Overdue filing obligations: D2.", result.Description);
        Assert.Equal("Overdue, due 2026-12-01, 1 day(s) late", result.Data["D2"]);
        Assert.Equal("Done, due 2026-11-01", result.Data["D1"]);
    }

    [Fact]
    public async Task CheckHealth_OverdueAndDueSoon_UnhealthyNamesOnlyTheOverdue()
    {
        var result = await CheckAsync(ChinaNoon(2026, 12, 2), options =>
        {
            Launched(options);
            options.Police.Number = "京公网安备11010502030143号";
            // Approved on 20 October and not shown yet: the badge (D3) was due on 19 November.
            options.Police.ApprovedOn = "2026-10-20";
            options.Changes.Add(new Configuration.ChangeOptions { Filing = "Police", EffectiveOn = "2026-11-05" });
            options.Changes.Add(new Configuration.ChangeOptions { Filing = "Police", EffectiveOn = "2026-12-20", FiledOn = "2026-12-01" });
        });

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Overdue filing obligations: D3.", result.Description);
        Assert.Equal("DueSoon, due 2026-12-05, 3 day(s) left", result.Data["D4 (change effective 2026-11-05)"]);
        Assert.Equal("Done, due 2027-01-19", result.Data["D4 (change effective 2026-12-20)"]);
        Assert.False(result.Data.ContainsKey("D5"));
    }

    [Fact]
    public async Task CheckHealth_AtChinaMidnight_FlipsFromDegradedToUnhealthy()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 1, 15, 59, 59)); // 23:59:59 on 1 Dec in China
        await using var services = Services(clock, Launched);
        var check = new IcpBadgeHealthCheck(services.GetRequiredService<IcpBadgeFooter>(), services.GetRequiredService<DeadlineTracker>(), Language.En);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        clock.Advance(Duration.FromSeconds(1));
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Degraded, "DueSoon, due 2026-12-01, 0 day(s) left"), (before.Status, before.Data["D2"]));
        Assert.Equal((HealthStatus.Unhealthy, "Overdue, due 2026-12-01, 1 day(s) late"), (after.Status, after.Data["D2"]));
        Assert.Equal("2026-12-02", after.Data["today"]);
    }

    [Fact]
    public async Task CheckHealth_DeadlineOptionsFromServices_SetTheWarningPeriod()
    {
        await using var services = Services(ChinaNoon(2026, 11, 24), Launched, s => s.Configure<DeadlineOptions>(o => o.WarnDays = 6));
        var check = new IcpBadgeHealthCheck(services.GetRequiredService<IcpBadgeFooter>(), services.GetRequiredService<DeadlineTracker>(), Language.En);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("Pending, due 2026-12-01, 7 day(s) left", result.Data["D2"]);
    }

    [Fact]
    public async Task AddIcpBadgeHealthCheck_RegistersIcpBadgeCheckTaggedCompliance()
    {
        await using var services = Services(ChinaNoon(2026, 12, 2), Launched, s => s.AddHealthChecks().AddIcpBadgeHealthCheck());

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("compliance"));

        var entry = Assert.Single(report.Entries);
        Assert.Equal("icp-badge", entry.Key);
        Assert.Equal(HealthStatus.Unhealthy, entry.Value.Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal("已逾期的备案义务：D2。", entry.Value.Description);
        Assert.Equal("已逾期，2026-12-01 到期，逾期 1 天", entry.Value.Data["D2"]);
    }

    [Fact]
    public async Task AddIcpBadgeHealthCheck_InEnglish_DescribesInEnglish()
    {
        await using var services = Services(ChinaNoon(2026, 12, 2), Launched, s => s.AddHealthChecks().AddIcpBadgeHealthCheck(language: Language.En));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("compliance"));

        var entry = Assert.Single(report.Entries);
        Assert.Equal("Overdue filing obligations: D2.", entry.Value.Description);
        Assert.Equal("Overdue, due 2026-12-01, 1 day(s) late", entry.Value.Data["D2"]);
    }

    [Fact]
    public async Task AddIcpBadgeHealthCheck_WithFailureStatusTagsAndTimeout_ReportsAnOverdueFilingAsThatStatus()
    {
        await using var services = Services(ChinaNoon(2026, 12, 2), Launched, s => s.AddHealthChecks()
            .AddIcpBadgeHealthCheck("filings", HealthStatus.Degraded, ["filings", "slow"], TimeSpan.FromSeconds(5)));
        var registration = Assert.Single(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value.Registrations);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(("filings", HealthStatus.Degraded, TimeSpan.FromSeconds(5)), (registration.Name, registration.FailureStatus, registration.Timeout));
        Assert.Equal(["filings", "slow"], registration.Tags.Order());
        Assert.Equal(HealthStatus.Degraded, report.Entries["filings"].Status);
        Assert.Equal("已逾期的备案义务：D2。", report.Entries["filings"].Description);
    }

    /// <summary>
    /// The documented set-up on a real server: <c>/health/ready</c> leaves the compliance-tagged check out, so an overdue
    /// filing keeps the instance in rotation, while <c>/health</c> still reports it.
    /// </summary>
    [Fact]
    public async Task ReadinessProbe_WithoutTheComplianceTag_StaysHealthyWhileAFilingIsOverdue()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder(new Microsoft.AspNetCore.Builder.WebApplicationOptions { ContentRootPath = _folder.FullName });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IClock>(ChinaNoon(2026, 12, 2));
        builder.Services.AddIcpBadge(Launched);
        builder.Services.AddHealthChecks().AddIcpBadgeHealthCheck("icp-badge", HealthStatus.Unhealthy, ["compliance"], TimeSpan.FromSeconds(5));
        await using var app = builder.Build();
        Microsoft.AspNetCore.Builder.HealthCheckEndpointRouteBuilderExtensions.MapHealthChecks(app, "/health");
        Microsoft.AspNetCore.Builder.HealthCheckEndpointRouteBuilderExtensions.MapHealthChecks(app, "/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            Predicate = check => !check.Tags.Contains("compliance"),
        });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task CheckHealth_ByDefault_IsInChinese()
    {
        await using var services = Services(ChinaNoon(2026, 11, 24), Launched);
        var check = new IcpBadgeHealthCheck(services.GetRequiredService<IcpBadgeFooter>(), services.GetRequiredService<DeadlineTracker>());

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal("即将到期的备案义务：D2。", result.Description);
        Assert.Equal("即将到期，2026-12-01 到期，还剩 7 天", result.Data["D2"]);
    }

    private async Task<HealthCheckResult> CheckAsync(IClock clock, Action<IcpBadgeOptions> configure)
    {
        await using var services = Services(clock, configure);
        var check = new IcpBadgeHealthCheck(services.GetRequiredService<IcpBadgeFooter>(), services.GetRequiredService<DeadlineTracker>(), Language.En);
        return await check.CheckHealthAsync(new HealthCheckContext());
    }

    private ServiceProvider Services(IClock clock, Action<IcpBadgeOptions> configure, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new TestHostEnvironment(_folder.FullName))
            .AddSingleton(clock)
            .AddIcpBadge(configure);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private static FakeClock ChinaNoon(int year, int month, int day) =>
        new(new LocalDate(year, month, day).At(new LocalTime(12, 0)).InZoneStrictly(ChinaTime.Zone).ToInstant());
}

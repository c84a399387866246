using IcpBadge.Deadlines;
using IcpBadge.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Tests.Deadlines;

/// <summary>Tests that change the process time zone: run alone, after every parallel test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTimeZoneGroup
{
    public const string Name = "Process time zone";
}

/// <summary>
/// "Today" is the China date (Asia/Shanghai) of the clock's instant, never the machine's local or UTC date (SPEC §1.6).
/// </summary>
/// <remarks>
/// Approach: both. (1) These tests set <c>TZ=America/Los_Angeles</c> for the test process itself and clear .NET's
/// cached zone, so <see cref="TimeZoneInfo.Local"/>, <see cref="DateTime.Now"/> and NodaTime's system default really
/// are Los Angeles while the tracker runs (the test asserts that the switch took effect; the class runs in a
/// non-parallel collection and restores the previous zone). (2) They use instants at which the China date differs
/// from both the UTC and the Los Angeles date, in both directions. All three dates can never differ at once (China is
/// UTC+8, Los Angeles UTC−7/−8: China is a day ahead of UTC only from 16:00 UTC, Los Angeles a day behind only before
/// 07:00/08:00 UTC), so two instants are used: at 16:00Z China is ahead of both; at 05:00Z Los Angeles is behind both.
/// Code reading the machine zone or UTC would get the wrong date at one of them.
/// </remarks>
[Collection(ProcessTimeZoneGroup.Name)]
public sealed class ChinaDayBoundaryTests : IDisposable
{
    private const string LosAngeles = "America/Los_Angeles";
    private readonly string? _previousTz = Environment.GetEnvironmentVariable("TZ");

    public ChinaDayBoundaryTests()
    {
        Environment.SetEnvironmentVariable("TZ", LosAngeles);
        TimeZoneInfo.ClearCachedData();
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", _previousTz);
        TimeZoneInfo.ClearCachedData();
    }

    [Fact]
    public void Evaluate_AtChinaMidnight_FlipsFromDueSoonZeroDaysLeftToOverdueOneDayLate()
    {
        AssertProcessIsInLosAngeles();
        var site = TestProfiles.Valid("""{ "IcpBadge": { "Site": { "LaunchedOn": "2024-03-01" }, "Icp": { "Number": "京ICP备12345678号-1" } } }""");
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 31, 15, 59, 59)); // 23:59:59 on 31 March in China
        var tracker = new DeadlineTracker(clock);

        var before = tracker.Evaluate(site);
        clock.Advance(Duration.FromSeconds(1));                             // 00:00:00 on 1 April in China
        var after = tracker.Evaluate(site);

        // In Los Angeles (and in UTC) it is still 31 March on both sides of the China midnight.
        Assert.Equal(new LocalDate(2024, 3, 31), LocalDate(clock.GetCurrentInstant()));
        Assert.Equal(new LocalDate(2024, 3, 31), UtcDate(clock.GetCurrentInstant()));
        Assert.Equal(new LocalDate(2024, 3, 31), before.Today);
        Assert.Equal(new LocalDate(2024, 4, 1), after.Today);
        var d2Before = Assert.Single(before.Obligations, o => o.Id == "D2");
        var d2After = Assert.Single(after.Obligations, o => o.Id == "D2");
        Assert.Equal((ObligationState.DueSoon, (int?)0, (int?)null), (d2Before.State, d2Before.DaysLeft, d2Before.DaysLate));
        Assert.Equal((ObligationState.Overdue, (int?)null, (int?)1), (d2After.State, d2After.DaysLeft, d2After.DaysLate));
    }

    [Theory]
    [InlineData(2024, 3, 31, 15, 59, 59, "2024-03-31")] // China 23:59:59; UTC 31 Mar; Los Angeles 08:59 31 Mar
    [InlineData(2024, 3, 31, 16, 0, 0, "2024-04-01")]   // China 00:00 1 Apr; UTC and Los Angeles still 31 Mar
    [InlineData(2024, 4, 1, 5, 0, 0, "2024-04-01")]     // China 13:00 1 Apr; UTC 1 Apr; Los Angeles 22:00 31 Mar
    [InlineData(2024, 11, 30, 17, 0, 0, "2024-12-01")]  // SPEC §1.6: a UTC server at 17:00 on 30 Nov is already 1 Dec in China
    [InlineData(2024, 12, 31, 16, 0, 0, "2025-01-01")]  // the China new year starts at 16:00 UTC
    public void ChinaTimeToday_IsTheShanghaiDate_WhateverTheMachineZone(int year, int month, int day, int hour, int minute, int second, string expected)
    {
        AssertProcessIsInLosAngeles();
        var clock = new FakeClock(Instant.FromUtc(year, month, day, hour, minute, second));

        Assert.Equal(expected, ChinaTime.Today(clock).ToString("uuuu-MM-dd", null));
        Assert.Equal(expected, new DeadlineTracker(clock).Today.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void ChinaTimeToday_WhereChinaAndLosAngelesDatesDiffer_FollowsChina()
    {
        AssertProcessIsInLosAngeles();
        var ahead = Instant.FromUtc(2024, 3, 31, 16, 0, 0);
        var behind = Instant.FromUtc(2024, 4, 1, 5, 0, 0);

        Assert.NotEqual(LocalDate(ahead), ChinaTime.Today(new FakeClock(ahead)));
        Assert.NotEqual(UtcDate(ahead), ChinaTime.Today(new FakeClock(ahead)));
        Assert.NotEqual(LocalDate(behind), ChinaTime.Today(new FakeClock(behind)));
        Assert.Equal(ChinaTime.Today(new FakeClock(ahead)), ChinaTime.Today(new FakeClock(behind)));
    }

    [Fact]
    public void ChinaTimeStartOfYear_IsMidnightInShanghai()
    {
        Assert.Equal(Instant.FromUtc(2024, 12, 31, 16, 0), ChinaTime.StartOfYear(2025));
        Assert.Equal("Asia/Shanghai", ChinaTime.Zone.Id);
    }

    private static void AssertProcessIsInLosAngeles()
    {
        Assert.Equal(LosAngeles, TimeZoneInfo.Local.Id);
        Assert.Equal(LosAngeles, DateTimeZoneProviders.Tzdb.GetSystemDefault().Id);
    }

    /// <summary>The date the machine's own zone gives.</summary>
    private static LocalDate LocalDate(Instant instant) =>
        NodaTime.LocalDate.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(instant.ToDateTimeUtc(), TimeZoneInfo.Local));

    private static LocalDate UtcDate(Instant instant) => instant.InUtc().Date;
}

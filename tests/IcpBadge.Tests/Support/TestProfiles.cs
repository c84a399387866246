using IcpBadge.Configuration;
using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Testing;

namespace IcpBadge.Tests.Support;

/// <summary>Loads configurations the way the CLI and ASP.NET Core do: JSON through Microsoft.Extensions.Configuration.</summary>
internal static class TestProfiles
{
    public static SiteProfileResult FromJsonFile(string path)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(path).Build();
        var options = configuration.GetSection(IcpBadgeOptions.SectionName).Get<IcpBadgeOptions>() ?? new IcpBadgeOptions();
        return SiteProfile.Create(options, IcpBadgeOptions.SectionName, Path.GetDirectoryName(path));
    }

    public static SiteProfileResult FromJson(string json, string? baseDirectory = null)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var configuration = new ConfigurationBuilder().AddJsonStream(stream).Build();
        var options = configuration.GetSection(IcpBadgeOptions.SectionName).Get<IcpBadgeOptions>() ?? new IcpBadgeOptions();
        return SiteProfile.Create(options, IcpBadgeOptions.SectionName, baseDirectory ?? AppContext.BaseDirectory);
    }

    public static SiteProfile Valid(string json, string? baseDirectory = null)
    {
        var result = FromJson(json, baseDirectory);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Problems));
        return result.Profile;
    }

    /// <summary>A clock at noon China time on <paramref name="date"/>.</summary>
    public static FakeClock ChinaNoon(LocalDate date) =>
        new(date.At(new LocalTime(12, 0)).InZoneStrictly(ChinaTime.Zone).ToInstant());
}

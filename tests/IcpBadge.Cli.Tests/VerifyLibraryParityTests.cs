using System.Text;
using IcpBadge.Testing;
using IcpBadge.Verification;
using NodaTime.Testing;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// SPEC §10: <see cref="VerificationReport"/>'s writers produce exactly the bytes <c>icp-badge verify --format ...</c>
/// writes for the same targets and options (the command run in-process, the library called directly).
/// </summary>
public sealed class VerifyLibraryParityTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("text")]
    public async Task Report_WritesTheBytesOfTheCommand(string format)
    {
        using var site = TempSite.Create();
        await using var server = await HostileServer.StartAsync();
        var missing = server.Url("/missing").AbsoluteUri;
        var profile = ConfigFileLoader.Load(site.Config).Profile;
        string[] targets = [site.Site, server.Url("/").AbsoluteUri, missing];

        var command = await CliRunner.RunAtNowAsync(["verify", .. targets, "--config", site.Config, "--format", format]);
        await using var verifier = new SiteVerifier(clock: new FakeClock(CliRunner.Now));
        var report = await verifier.VerifyAsync(targets, new VerificationOptions { Profile = profile, AllowPrivateNetworks = true });

        Assert.Equal(1, command.ExitCode);
        Assert.Equal(command.Out, Written(report, format));
        Assert.Contains(report.Targets, t => t.Status == TargetStatus.Unreachable && t.Target == missing);
    }

    [Fact]
    public async Task Report_WritesTheBytesOfTheCommand_ForAllPagesAndAShard()
    {
        using var site = TempSite.Create();

        var command = await CliRunner.RunAtNowAsync("verify", site.Site, "--all-pages", "--shard", "1/2", "--format", "json");
        await using var verifier = new SiteVerifier(clock: new FakeClock(CliRunner.Now));
        var report = await verifier.VerifyAsync([site.Site], new VerificationOptions { AllPages = true, Shard = new VerificationShard(1, 2) });

        Assert.Equal(command.Out, Written(report, "json"));
    }

    private static string Written(VerificationReport report, string format)
    {
        if (format == "text")
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            report.WriteText(text, IcpBadge.Localization.Language.En);
            return text.ToString();
        }

        using var bytes = new MemoryStream();
        Action<Stream> write = format switch
        {
            "json" => report.WriteJson,
            "sarif" => report.WriteSarif,
            _ => report.WriteJUnit,
        };
        write(bytes);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}

using IcpBadge.Verification.Browser;

namespace IcpBadge.Verification.Tests.Browser;

/// <summary>
/// The sandbox decision as a unit: CI runs as root (so it always sees <c>--no-sandbox</c>), and the non-root paths are
/// proven here from the effective user id and <c>ICPBADGE_CHROMIUM_NO_SANDBOX</c>.
/// </summary>
public sealed class ChromiumSandboxTests
{
    [Theory]
    [InlineData(0, null, ChromiumSandboxMode.DisabledForRoot)]
    [InlineData(0, "1", ChromiumSandboxMode.DisabledForRoot)]
    [InlineData(0, "0", ChromiumSandboxMode.DisabledForRoot)]
    [InlineData(1000, null, ChromiumSandboxMode.Enabled)]
    [InlineData(1000, "", ChromiumSandboxMode.Enabled)]
    [InlineData(1000, "0", ChromiumSandboxMode.Enabled)]
    [InlineData(1000, "true", ChromiumSandboxMode.Enabled)]
    [InlineData(1000, "1", ChromiumSandboxMode.DisabledByEnvironment)]
    [InlineData(1000, " 1 ", ChromiumSandboxMode.DisabledByEnvironment)]
    [InlineData(null, null, ChromiumSandboxMode.Enabled)]
    [InlineData(null, "1", ChromiumSandboxMode.DisabledByEnvironment)]
    public void Decide_FromUserAndEnvironment(int? effectiveUserId, string? variable, ChromiumSandboxMode expected) =>
        Assert.Equal(expected, ChromiumSandbox.Decide(effectiveUserId, variable));

    [Fact]
    public void EnvironmentVariable_IsTheDocumentedName() =>
        Assert.Equal("ICPBADGE_CHROMIUM_NO_SANDBOX", ChromiumSandbox.EnvironmentVariable);
}

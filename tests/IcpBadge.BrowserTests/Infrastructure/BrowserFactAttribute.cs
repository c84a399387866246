namespace IcpBadge.BrowserTests.Infrastructure;

/// <summary>
/// A <see cref="FactAttribute"/> for tests that drive Chromium: skipped with the reason when the browser is missing,
/// unless <c>CI=true</c>, where the test runs and fails instead (CI must not pass by skipping the browser tests).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Chromium is missing and CI is not <c>true</c>.</summary>
    public BrowserFactAttribute()
    {
        if (!BrowserEnvironment.IsChromiumAvailable && !BrowserEnvironment.IsCi)
        {
            Skip = BrowserEnvironment.MissingChromiumMessage;
        }
    }
}

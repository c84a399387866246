namespace IcpBadge.Cli.Tests;

/// <summary>
/// A <see cref="FactAttribute"/> for tests that run the machine's Chromium (the convention of
/// tests/IcpBadge.BrowserTests): skipped with the reason when the browser is missing, unless <c>CI=true</c>, where
/// the test runs and fails instead. The browser is <c>CHROMIUM_PATH</c>, default <c>/usr/bin/chromium</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Chromium is missing and CI is not <c>true</c>.</summary>
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !IsCi)
        {
            Skip = $"Chromium was not found at '{ChromiumPath}'. Install it (apt-get install chromium) or set CHROMIUM_PATH. " +
                "Browser tests are skipped when CI is not 'true' and fail when CI=true.";
        }
    }

    /// <summary><c>CHROMIUM_PATH</c>, or <c>/usr/bin/chromium</c> when it is unset or empty.</summary>
    public static string ChromiumPath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
            return string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured.Trim();
        }
    }

    private static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}

namespace IcpBadge.BrowserTests.Infrastructure;

/// <summary>Where Chromium is, whether it can run, and whether browser tests are mandatory (CI).</summary>
/// <remarks>
/// Playwright's own browser download does not work here (build-notes §4), so the tests always launch the system
/// Chromium given by <c>CHROMIUM_PATH</c> (default <c>/usr/bin/chromium</c>) and never install a browser.
/// </remarks>
internal static class BrowserEnvironment
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>The flags from build-notes §4: no sandbox (containers), no GPU, and no traffic of the browser's own.</summary>
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    /// <summary><c>CHROMIUM_PATH</c>, or <c>/usr/bin/chromium</c> when it is unset or empty.</summary>
    public static string ChromiumPath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
            return string.IsNullOrWhiteSpace(configured) ? DefaultChromiumPath : configured.Trim();
        }
    }

    /// <summary>True when <c>CI=true</c>: then a missing browser fails the tests instead of skipping them.</summary>
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <see cref="ChromiumPath"/> is an existing, executable file.</summary>
    public static bool IsChromiumAvailable
    {
        get
        {
            var path = ChromiumPath;
            if (!File.Exists(path))
            {
                return false;
            }

            if (OperatingSystem.IsWindows())
            {
                return true;
            }

            const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            return (File.GetUnixFileMode(path) & AnyExecute) != 0;
        }
    }

    /// <summary>Why the browser tests cannot run; also the skip reason outside CI.</summary>
    public static string MissingChromiumMessage =>
        $"Chromium was not found (or is not executable) at '{ChromiumPath}'. Install it (apt-get install chromium) or set " +
        "CHROMIUM_PATH. Browser tests are skipped when CI is not 'true' and fail when CI=true.";
}

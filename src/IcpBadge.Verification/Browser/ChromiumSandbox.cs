using System.Globalization;

namespace IcpBadge.Verification.Browser;

/// <summary>Whether Chromium runs with its sandbox, and why not when it does not.</summary>
public enum ChromiumSandboxMode
{
    /// <summary>The sandbox is on (the default for a normal user).</summary>
    Enabled,

    /// <summary>The process runs as root, where Chromium refuses to start with its sandbox: <c>--no-sandbox</c>.</summary>
    DisabledForRoot,

    /// <summary><c>ICPBADGE_CHROMIUM_NO_SANDBOX=1</c> turned the sandbox off explicitly: <c>--no-sandbox</c>.</summary>
    DisabledByEnvironment,
}

/// <summary>
/// Decides the sandbox: on, unless the process is root (Chromium's own rule: it will not run sandboxed as root) or
/// <see cref="EnvironmentVariable"/> is <c>1</c> (for systems without user namespaces, where the sandbox cannot start).
/// </summary>
public static class ChromiumSandbox
{
    /// <summary>The environment variable that turns the sandbox off explicitly when set to <c>1</c>.</summary>
    public const string EnvironmentVariable = "ICPBADGE_CHROMIUM_NO_SANDBOX";

    /// <summary>The decision for an effective user id and the value of <see cref="EnvironmentVariable"/>.</summary>
    /// <param name="effectiveUserId">The process's effective user id, or <see langword="null"/> where there is none (Windows).</param>
    /// <param name="noSandboxVariable">The value of <see cref="EnvironmentVariable"/>, or <see langword="null"/> when unset.</param>
    /// <returns>How Chromium is started.</returns>
    public static ChromiumSandboxMode Decide(int? effectiveUserId, string? noSandboxVariable)
    {
        if (effectiveUserId == 0)
        {
            return ChromiumSandboxMode.DisabledForRoot;
        }

        return string.Equals(noSandboxVariable?.Trim(), "1", StringComparison.Ordinal)
            ? ChromiumSandboxMode.DisabledByEnvironment
            : ChromiumSandboxMode.Enabled;
    }

    /// <summary>The decision for this process: its effective user id and its environment.</summary>
    /// <returns>How Chromium is started.</returns>
    public static ChromiumSandboxMode ForCurrentProcess() =>
        Decide(CurrentEffectiveUserId(), Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The effective user id from <c>/proc/self/status</c> (Linux), or <see langword="null"/> elsewhere.</summary>
    private static int? CurrentEffectiveUserId()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("Uid:", StringComparison.Ordinal))
                {
                    // Real, effective, saved, file-system ids; the effective one decides.
                    var fields = line[4..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                    return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var euid) ? euid : null;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }

        return null;
    }
}

using System.Diagnostics;
using System.Text;
using IcpBadge.Localization;

namespace IcpBadge.Verification.Browser;

/// <summary>
/// One running headless Chromium: its process, its temporary profile folder and its DevTools connection. Disposing it
/// kills the whole process tree and deletes the profile.
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private const string ListeningPrefix = "DevTools listening on ";

    private static readonly string[] FixedFlags =
    [
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--remote-debugging-port=0",
    ];

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly Task _stderr;

    private ChromiumBrowser(Process process, DirectoryInfo profile, CdpConnection connection, Task stderr)
    {
        _process = process;
        _profile = profile;
        Connection = connection;
        _stderr = stderr;
    }

    /// <summary>The DevTools connection to the browser.</summary>
    public CdpConnection Connection { get; }

    /// <summary>The browser's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the browser is gone (exited or its connection closed).</summary>
    public bool IsGone => Connection.Closed.IsCompleted || _process.HasExited;

    /// <summary>Starts Chromium at <paramref name="browserPath"/> and connects to it.</summary>
    /// <exception cref="ChromiumRenderException">The browser did not start, or its sandbox could not start.</exception>
    public static async Task<ChromiumBrowser> LaunchAsync(string browserPath, ChromiumSandboxMode sandbox, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("icpbadge-chromium-");
        var start = new ProcessStartInfo(browserPath)
        {
            RedirectStandardError = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var flag in FixedFlags)
        {
            start.ArgumentList.Add(flag);
        }

        if (sandbox != ChromiumSandboxMode.Enabled)
        {
            start.ArgumentList.Add("--no-sandbox");
        }

        start.ArgumentList.Add("--user-data-dir=" + profile.FullName);
        start.ArgumentList.Add("about:blank");

        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            TryDelete(profile);
            throw new ChromiumRenderException(VerificationText.Format("Render.BrowserDidNotStart", browserPath, exception.Message), exception);
        }

        process.StandardInput.Close();
        var stdout = DrainAsync(process.StandardOutput);
        var early = new StringBuilder();
        try
        {
            var endpoint = await ReadEndpointAsync(process.StandardError, early, cancellationToken).ConfigureAwait(false);
            if (endpoint is null)
            {
                throw new ChromiumRenderException(StartFailure(browserPath, early.ToString(), sandbox));
            }

            var stderr = Task.WhenAll(DrainAsync(process.StandardError), stdout);
            var connection = new CdpConnection();
            try
            {
                await connection.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or IOException)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw new ChromiumRenderException(VerificationText.Format("Render.BrowserDidNotStart", browserPath, exception.Message), exception);
            }

            return new ChromiumBrowser(process, profile, connection, stderr);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            TryDelete(profile);
            throw;
        }
    }

    /// <summary>Kills the browser with every process it started, then deletes its profile folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync().ConfigureAwait(false);
        Kill(_process);
        try
        {
            await _stderr.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }

        _process.Dispose();
        TryDelete(_profile);
    }

    /// <summary>Why the browser stopped before it listened: the sandbox, or its own last words.</summary>
    private static LocalizedText StartFailure(string browserPath, string stderr, ChromiumSandboxMode sandbox)
    {
        if (sandbox == ChromiumSandboxMode.Enabled && stderr.Contains("sandbox", StringComparison.OrdinalIgnoreCase))
        {
            return VerificationText.Format("Render.SandboxUnavailable", ChromiumSandbox.EnvironmentVariable);
        }

        var lastLine = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? string.Empty;
        return VerificationText.Format("Render.BrowserExited", browserPath, lastLine);
    }

    /// <summary>Reads standard error until Chromium prints its DevTools address; <see langword="null"/> when it exits first.</summary>
    private static async Task<Uri?> ReadEndpointAsync(StreamReader stderr, StringBuilder early, CancellationToken cancellationToken)
    {
        while (await stderr.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
            if (at >= 0 && Uri.TryCreate(line[(at + ListeningPrefix.Length)..].Trim(), UriKind.Absolute, out var endpoint))
            {
                return endpoint;
            }

            if (early.Length < 64 * 1024)
            {
                early.AppendLine(line);
            }
        }

        return null;
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        var buffer = new char[4096];
        try
        {
            while (await reader.ReadAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            // The whole tree while it is still whole: renderers, zygote and GPU helpers die with the browser.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
        }
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                folder.Delete(recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A helper process may still be writing into the profile for a moment after the browser exits.
                Thread.Sleep(100);
            }
        }
    }
}

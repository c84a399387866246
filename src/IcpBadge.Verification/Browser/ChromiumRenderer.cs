using System.Diagnostics;
using System.Text;

namespace IcpBadge.Verification.Browser;

/// <summary>
/// Loads a page in the machine's headless Chromium (run as a child process, never downloaded or bundled) and returns
/// the DOM after scripts ran (<c>--dump-dom</c>), so footers built by JavaScript can be inspected like static markup.
/// Each run gets a fresh temporary profile folder that is deleted afterwards; a run that exceeds its time is killed
/// with its whole process tree, and output beyond the size cap is an error.
/// </summary>
public sealed class ChromiumRenderer
{
    /// <summary>The executables looked up on <c>PATH</c> when no browser is given, in order.</summary>
    public static IReadOnlyList<string> DefaultBrowserNames { get; } = ["chromium", "chromium-browser", "google-chrome"];

    private static readonly string[] FixedFlags =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    /// <summary>Creates a renderer for the browser executable at <paramref name="browserPath"/>.</summary>
    /// <param name="browserPath">The Chromium (or Chrome) executable.</param>
    public ChromiumRenderer(string browserPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(browserPath);
        BrowserPath = browserPath;
    }

    /// <summary>The browser executable.</summary>
    public string BrowserPath { get; }

    /// <summary>The longest a page may take, browser start-up included (default 30 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long scripts and timers may run in virtual time before the DOM is taken (default 3 s).</summary>
    public TimeSpan VirtualTimeBudget { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The largest rendered DOM accepted, in UTF-16 characters (default 5 M).</summary>
    public int MaxOutputChars { get; init; } = 5 * 1024 * 1024;

    /// <summary>
    /// Finds the browser: <paramref name="configured"/> when given (an existing file, or a name looked up on
    /// <c>PATH</c>), otherwise the first of <see cref="DefaultBrowserNames"/> on <c>PATH</c>.
    /// </summary>
    /// <param name="configured">The value of <c>--browser</c>, or <see langword="null"/>.</param>
    /// <returns>The full path, or <see langword="null"/> when no browser was found.</returns>
    public static string? FindBrowser(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (configured.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || configured.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
            {
                return File.Exists(configured) ? Path.GetFullPath(configured) : null;
            }

            return FindOnPath(configured);
        }

        foreach (var name in DefaultBrowserNames)
        {
            var found = FindOnPath(name);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Loads <paramref name="url"/> (http, https or file) and returns the serialized DOM after scripts ran.</summary>
    /// <param name="url">The page to load; files are passed as <c>file://</c> URLs.</param>
    /// <param name="cancellationToken">Stops the browser.</param>
    /// <returns>The rendered HTML.</returns>
    /// <exception cref="ChromiumRenderException">The browser could not start, failed, timed out, or printed too much.</exception>
    public async Task<string> RenderAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var profile = Directory.CreateTempSubdirectory("icpbadge-chromium-");
        try
        {
            var start = new ProcessStartInfo(BrowserPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var flag in FixedFlags)
            {
                start.ArgumentList.Add(flag);
            }

            start.ArgumentList.Add("--user-data-dir=" + profile.FullName);
            start.ArgumentList.Add("--dump-dom");
            start.ArgumentList.Add("--virtual-time-budget=" + ((long)VirtualTimeBudget.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(url.AbsoluteUri);

            using var process = new Process { StartInfo = start };
            try
            {
                process.Start();
            }
            catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                throw new ChromiumRenderException($"the browser {BrowserPath} could not be started: {exception.Message}", exception);
            }

            process.StandardInput.Close();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            var stderr = DrainAsync(process.StandardError, timeout.Token);
            try
            {
                var output = await ReadCappedAsync(process.StandardOutput, MaxOutputChars, timeout.Token).ConfigureAwait(false);
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                await stderr.ConfigureAwait(false);
                if (output is null)
                {
                    Kill(process);
                    throw new ChromiumRenderException($"the rendered page is larger than {MaxOutputChars} characters.");
                }

                if (process.ExitCode != 0 || output.Length == 0)
                {
                    throw new ChromiumRenderException($"the browser exited with code {process.ExitCode} without a page.");
                }

                return output;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Kill(process);
                throw new ChromiumRenderException($"the browser did not finish within {Timeout.TotalSeconds:0.#} s.");
            }
            catch
            {
                Kill(process);
                throw;
            }
        }
        finally
        {
            TryDelete(profile);
        }
    }

    private static async Task<string?> ReadCappedAsync(StreamReader reader, int cap, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (builder.Length + read > cap)
            {
                return null;
            }

            builder.Append(buffer, 0, read);
        }

        return builder.ToString();
    }

    private static async Task DrainAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var buffer = new char[4096];
        try
        {
            while (await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
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

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe"))
            {
                return candidate + ".exe";
            }
        }

        return null;
    }
}

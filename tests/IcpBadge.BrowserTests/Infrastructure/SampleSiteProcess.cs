using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IcpBadge.BrowserTests.Infrastructure;

/// <summary>
/// The built sample site running as a child process (<c>dotnet IcpBadge.SampleSite.dll --urls http://127.0.0.1:PORT</c>)
/// on a free loopback port; disposing it kills the whole process tree.
/// </summary>
internal sealed class SampleSiteProcess : IAsyncDisposable
{
    private const int MaxStartAttempts = 3;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private SampleSiteProcess(Process process, ConcurrentQueue<string> output, Uri baseUrl, string contentRoot)
    {
        _process = process;
        _output = output;
        BaseUrl = baseUrl;
        ContentRoot = contentRoot;
    }

    /// <summary>The site's root URL, always on 127.0.0.1, ending with a slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The folder the site runs from (its content root: appsettings.json, emblem/).</summary>
    public string ContentRoot { get; }

    /// <summary>Everything the site wrote to stdout and stderr so far.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the site and waits until <c>GET /healthz</c> answers.</summary>
    /// <exception cref="InvalidOperationException">The site exited or did not answer in time; the message has its output.</exception>
    public static async Task<SampleSiteProcess> StartAsync(TimeSpan timeout)
    {
        var dll = RepositoryPaths.FindSampleSiteAssembly();
        for (var attempt = 1; ; attempt++)
        {
            var site = Launch(dll, GetFreeLoopbackPort());
            try
            {
                await site.WaitUntilHealthyAsync(timeout);
                return site;
            }
            catch (InvalidOperationException) when (attempt < MaxStartAttempts && site.LostPortRace())
            {
                // Another process took the port between probing and binding: try another one.
                await site.DisposeAsync();
            }
            catch
            {
                await site.DisposeAsync();
                throw;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (InvalidOperationException)
        {
            // The process was never started or is already gone.
        }
        catch (OperationCanceledException)
        {
            // Killed but not reaped within 10 s; nothing more can be done here.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static SampleSiteProcess Launch(string dll, int port)
    {
        var directory = Path.GetDirectoryName(dll)!;
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var startInfo = new ProcessStartInfo(FindDotnetHost())
        {
            WorkingDirectory = directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            CreateNoWindow = true,
        };
        startInfo.ArgumentList.Add(dll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseUrl.GetLeftPart(UriPartial.Authority));
        startInfo.ArgumentList.Add("--contentRoot");
        startInfo.ArgumentList.Add(directory);

        // Production on purpose: the site calls UseStaticWebAssets(), so /_content/... must work without Development.
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
        {
            startInfo.Environment.Remove(inherited);
        }

        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output.Enqueue("[stderr] " + e.Data);
            }
        };

        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SampleSiteProcess(process, output, baseUrl, directory);
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(2) };
        string? lastError = null;
        while (stopwatch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                // Let the asynchronous readers drain what the process wrote before it died.
                await _process.WaitForExitAsync();
                throw Failure($"exited with code {_process.ExitCode} before answering /healthz");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK && body == "ok")
                {
                    return;
                }

                lastError = $"/healthz answered {(int)response.StatusCode}: {body}";
            }
            catch (HttpRequestException e)
            {
                lastError = e.Message;
            }
            catch (TaskCanceledException)
            {
                lastError = "/healthz timed out";
            }

            await Task.Delay(100);
        }

        throw Failure($"did not answer /healthz within {timeout.TotalSeconds:0} s (last error: {lastError})");
    }

    private bool LostPortRace() =>
        _process.HasExited && Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    private InvalidOperationException Failure(string what) =>
        new($"The sample site at {BaseUrl} ({_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)}, " +
            $"working directory {ContentRoot}) {what}.{Environment.NewLine}--- site output ---{Environment.NewLine}{Output}");

    private static int GetFreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>The <c>dotnet</c> host running the tests (so the same SDK/runtime), else <c>dotnet</c> on the PATH.</summary>
    private static string FindDotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return "dotnet";
    }
}

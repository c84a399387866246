using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace IcpBadge.PackageTests;

/// <summary>
/// A built consumer app started on a free loopback port (<c>--urls http://127.0.0.1:0</c>); the port is read back
/// from Kestrel's "Now listening on" line, so starting is waiting for that line, not for a timer. Disposing kills
/// the app and its children.
/// </summary>
internal sealed partial class RunningApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningApp(Process process) => this.process = process;

    /// <summary>The app's root address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything the app printed so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Runs <paramref name="assembly"/> with <c>dotnet</c> in <paramref name="contentRoot"/> and waits until it listens.</summary>
    public static async Task<RunningApp> StartAsync(
        string assembly, string contentRoot, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var info = CommandRunner.StartInfo("dotnet", [assembly, "--urls", "http://127.0.0.1:0"], contentRoot, environment);
        var app = new RunningApp(new Process { StartInfo = info, EnableRaisingEvents = true });
        app.process.OutputDataReceived += (_, e) => app.OnLine(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.OnLine(e.Data);
        app.process.Exited += (_, _) => app.listening.TrySetException(
            new InvalidOperationException($"the app exited before it listened:\n{app.Output}"));
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        try
        {
            app.Address = await app.listening.Task.WaitAsync(timeout);
            return app;
        }
        catch (TimeoutException)
        {
            await app.DisposeAsync();
            throw new TimeoutException($"the app did not print 'Now listening on' within {timeout.TotalSeconds:0} s:\n{app.Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups["url"].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}

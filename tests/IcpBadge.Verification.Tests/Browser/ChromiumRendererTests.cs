using System.Net;
using System.Net.Sockets;
using IcpBadge.Cli.Tests;
using IcpBadge.Testing;
using IcpBadge.Verification.Browser;

namespace IcpBadge.Verification.Tests.Browser;

/// <summary>
/// One browser per renderer, reused across pages; a crashed tab fails only its page; nothing of the browser survives
/// disposal or a cancelled page. Processes are counted as descendants of THIS renderer's browser, never by name across
/// the machine (other tests run Chromium at the same time).
/// </summary>
public sealed class ChromiumRendererTests : IDisposable
{
    private const string ScriptPage = """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body><footer id="f"></footer>
        <script>setTimeout(function () { document.getElementById('f').textContent = 'made-by-script-{0}'; }, 500);</script>
        </body></html>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-renderer-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [ChromiumFact]
    public async Task TwoHundredPages_OneBrowserLaunch_NothingLeftAfterDispose()
    {
        var pages = Enumerable.Range(0, 200).Select(WritePage).ToList();
        var browserIds = new HashSet<int>();
        var browserTree = new HashSet<int>();
        var renderer = new ChromiumRenderer(ChromiumFactAttribute.ChromiumPath);
        await using (renderer)
        {
            var results = new string[pages.Count];
            await Parallel.ForAsync(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
            {
                results[i] = await renderer.RenderAsync(new Uri(pages[i]), token);
                lock (browserIds)
                {
                    browserIds.Add(renderer.BrowserProcessId!.Value);
                }
            });

            for (var i = 0; i < pages.Count; i++)
            {
                Assert.Contains($"made-by-script-{i}<", results[i], StringComparison.Ordinal);
            }

            Assert.Equal(1, renderer.Launches);
            var browser = Assert.Single(browserIds);
            browserTree = [browser, .. OwnProcesses.Descendants(browser)];
            Assert.True(browserTree.Count > 1, "the browser runs helper processes (renderers, zygote)");
        }

        Assert.DoesNotContain(browserTree, IsAlive);
        Assert.Null(renderer.BrowserProcessId);
    }

    [ChromiumFact]
    public async Task CrashedTab_FailsThatPageOnly_TheBrowserGoesOn()
    {
        // A page that never finishes loading; once its renderer asks for /ping, the renderer is killed (a crash).
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var renderer = new ChromiumRenderer(ChromiumFactAttribute.ChromiumPath);
        var before = await renderer.RenderAsync(new Uri(WritePage(1)));

        // Chromium may open spare (preconnected) sockets before it sends anything, so requests are told apart by their
        // request line, never by the order of connections: the page is answered on the socket that asked for it, and
        // the renderer is killed once it has asked for /ping, not just connected.
        using var requests = new RequestWatcher(listener);
        var render = renderer.RenderAsync(new Uri($"http://127.0.0.1:{port}/page"));
        var page = await requests.WaitForAsync("/page");
        await page.GetStream().WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><img src=\"/ping\">partial"u8.ToArray());
        await requests.WaitForAsync("/ping");
        var killed = OwnProcesses.Descendants(renderer.BrowserProcessId!.Value).Where(IsRenderer).ToList();
        killed.ForEach(KillProcess);

        var crash = await Assert.ThrowsAsync<ChromiumRenderException>(() => render);

        // The kill also took the browser's spare renderer. Until the browser has reaped every killed renderer (it is
        // their parent, through its zygote), it may still hand the spare to the next tab, which would then never load.
        foreach (var pid in killed)
        {
            await WaitForExitAsync(pid);
        }

        var after = await renderer.RenderAsync(new Uri(WritePage(2)));
        Assert.True(crash.Message.Contains("crashed", StringComparison.Ordinal), crash.Message);
        Assert.Contains("made-by-script-1<", before, StringComparison.Ordinal);
        Assert.Contains("made-by-script-2<", after, StringComparison.Ordinal);
        Assert.Equal(1, renderer.Launches);
    }

    /// <summary>Accepts every connection to a listener and hands out each by the path of the first request it carries.</summary>
    private sealed class RequestWatcher : IDisposable
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource<TcpClient>> _requests = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentBag<TcpClient> _clients = [];
        private readonly CancellationTokenSource _stop = new();

        public RequestWatcher(TcpListener listener) => _ = AcceptAsync(listener);

        /// <summary>The connection whose first request asks for <paramref name="path"/>, once it has.</summary>
        public Task<TcpClient> WaitForAsync(string path) => Request(path).Task;

        public void Dispose()
        {
            _stop.Cancel();
            foreach (var client in _clients)
            {
                client.Dispose();
            }

            _stop.Dispose();
        }

        private TaskCompletionSource<TcpClient> Request(string path) =>
            _requests.GetOrAdd(path, _ => new TaskCompletionSource<TcpClient>(TaskCreationOptions.RunContinuationsAsynchronously));

        private async Task AcceptAsync(TcpListener listener)
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
                {
                    return;
                }

                _clients.Add(client);
                _ = ReadRequestLineAsync(client);
            }
        }

        private async Task ReadRequestLineAsync(TcpClient client)
        {
            var head = new System.Text.StringBuilder();
            var buffer = new byte[4096];
            try
            {
                while (!head.ToString().Contains("\r\n", StringComparison.Ordinal))
                {
                    var read = await client.GetStream().ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    head.Append(System.Text.Encoding.ASCII.GetString(buffer, 0, read));
                }
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException)
            {
                // A spare socket closed by the browser, or the test is over: no request on it.
                return;
            }

            // "GET /ping HTTP/1.1": the path is the second word of the request line.
            var words = head.ToString()[..head.ToString().IndexOf("\r\n", StringComparison.Ordinal)].Split(' ');
            if (words.Length >= 2)
            {
                Request(words[1]).TrySetResult(client);
            }
        }
    }

    [ChromiumFact]
    public async Task CancelledPage_Throws_AndDisposeLeavesNoProcess()
    {
        // A server on 127.0.0.1 that accepts and never answers: the page hangs until the test cancels it.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var renderer = new ChromiumRenderer(ChromiumFactAttribute.ChromiumPath);
        HashSet<int> browserTree;
        await using (renderer)
        {
            using var cancel = new CancellationTokenSource();
            var render = renderer.RenderAsync(new Uri($"http://127.0.0.1:{port}/hang"), cancel.Token);
            using var accepted = await listener.AcceptTcpClientAsync();
            var browser = renderer.BrowserProcessId!.Value;
            browserTree = [browser, .. OwnProcesses.Descendants(browser)];
            await cancel.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => render);
        }

        Assert.DoesNotContain(browserTree, IsAlive);
    }

    [Fact]
    public async Task MissingBrowser_IsARenderFailure_InBothLanguages()
    {
        await using var renderer = new ChromiumRenderer(Path.Combine(_folder, "no-such-browser"));

        var failure = await Assert.ThrowsAsync<ChromiumRenderException>(() => renderer.RenderAsync(new Uri(WritePage(0))));

        Assert.StartsWith("the browser ", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, renderer.Launches);
        await Assert.ThrowsAsync<ChromiumRenderException>(() => renderer.RenderAsync(new Uri(WritePage(1))));
        Assert.Equal(1, renderer.Launches);
    }

    [Fact]
    public async Task SandboxThatCannotStart_OneClearLine_NamingTheVariable_InBothLanguages()
    {
        // A stand-in for Chromium on a system without user namespaces: it prints Chromium's words and exits.
        var fake = FakeBrowser("echo '[0:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! Update your kernel or see https://chromium.googlesource.com/chromium/src/+/main/docs/linux/suid_sandbox_development.md' >&2; exit 1");
        await using var renderer = new ChromiumRenderer(fake) { Sandbox = ChromiumSandboxMode.Enabled };

        var failure = await Assert.ThrowsAsync<ChromiumRenderException>(() => renderer.StartAsync());

        Assert.NotNull(failure.Text);
        Assert.Contains("ICPBADGE_CHROMIUM_NO_SANDBOX=1", failure.Text.En, StringComparison.Ordinal);
        Assert.Contains("ICPBADGE_CHROMIUM_NO_SANDBOX=1", failure.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("沙箱", failure.Text.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Text.En);
    }

    [Fact]
    public async Task BrowserThatExits_WithoutSandboxTrouble_NamesItsLastWords()
    {
        var fake = FakeBrowser("echo 'something else broke' >&2; exit 3");
        await using var renderer = new ChromiumRenderer(fake) { Sandbox = ChromiumSandboxMode.DisabledForRoot };

        var failure = await Assert.ThrowsAsync<ChromiumRenderException>(() => renderer.StartAsync());

        Assert.Contains("something else broke", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ICPBADGE_CHROMIUM_NO_SANDBOX", failure.Message, StringComparison.Ordinal);
    }

    private string FakeBrowser(string script)
    {
        var path = Path.Combine(_folder, "fake-chromium");
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    private static bool IsRenderer(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("--type=renderer", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Waits until <paramref name="pid"/> is gone from the process table (exited and reaped by its parent).</summary>
    private static async Task WaitForExitAsync(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            await process.WaitForExitAsync();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    private static void KillProcess(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string WritePage(int index)
    {
        var path = Path.Combine(_folder, $"page-{index}.html");
        File.WriteAllText(path, ScriptPage.Replace("{0}", index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return path;
    }
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using IcpBadge.Screenshots;

// eng/make-images.sh calls this with one command per picture; see Usage below.
const string Usage = """
    usage:
      Screenshots shot URL OUT.png [--width CSS_PX] [--scale N] [--dark] [--selector CSS [--margin CSS_PX]]
          a full-page screenshot, or the box around the first element matching CSS, MARGIN px more on each side
      Screenshots terminal RAW HTML --command TEXT [--columns N]
          replays the bytes a program wrote to a terminal (RAW) and writes a terminal-looking page (HTML)
      Screenshots free-port [--prefer PORT]
          prints a free TCP port on 127.0.0.1: PORT when it is free, else any
    """;

try
{
    var options = CommandLine.Parse(args);
    switch (options.Command)
    {
        case "shot" when options.Positionals.Count == 2:
            await PageShot.TakeAsync(new ShotRequest(
                new Uri(options.Positionals[0]),
                options.Positionals[1],
                options.Int("width", 900),
                options.Double("scale", 1),
                options.Has("dark"),
                options.Value("selector"),
                options.Int("margin", 16)));
            return 0;
        case "terminal" when options.Positionals.Count == 2 && options.Value("command") is { } command:
            var screen = TerminalScreen.Replay(await File.ReadAllTextAsync(options.Positionals[0]));
            await File.WriteAllTextAsync(options.Positionals[1], TerminalPage.Html(command, screen, options.Int("columns", 100)));
            return 0;
        case "free-port" when options.Positionals.Count == 0:
            Console.WriteLine(FreePort(options.Int("prefer", 0)).ToString(CultureInfo.InvariantCulture));
            return 0;
        default:
            await Console.Error.WriteLineAsync(Usage);
            return 2;
    }
}
catch (Exception e) when (e is ArgumentException or IOException or Microsoft.Playwright.PlaywrightException or TimeoutException)
{
    await Console.Error.WriteLineAsync("Screenshots: " + e.Message);
    return 1;
}

static int FreePort(int preferred)
{
    foreach (var port in preferred > 0 ? [preferred, 0] : new[] { 0 })
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        catch (SocketException) when (port != 0)
        {
            // Taken: any free port will do.
        }
        finally
        {
            listener.Stop();
        }
    }

    throw new IOException("no free TCP port on 127.0.0.1.");
}
